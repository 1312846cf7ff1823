import { DatabaseNotice } from '@/components/shared/DatabaseNotice';
import { t } from '@/components/shared/i18n';
import { BackupSettings } from './BackupSettings';
import { ExportSettings } from './ExportSettings';
import { HandoverSettings } from './HandoverSettings';
import { ImportSettings } from './ImportSettings';
import { LanguageSettings } from './LanguageSettings';
import { OriginSettings } from './OriginSettings';
import { PacingSettings } from './PacingSettings';
import { PolicyProblems } from './PolicyProblems';
import { ProfileSettings } from './ProfileSettings';
import { RhythmSettings } from './RhythmSettings';
import { RuleSettings } from './RuleSettings';

export function OptionsApp() {
  return (
    <main class="page" data-testid="options">
      <h1>{t('options.title')}</h1>
      <DatabaseNotice />
      <PolicyProblems />
      <LanguageSettings />
      <ProfileSettings />
      <OriginSettings />
      <PacingSettings />
      <RhythmSettings />
      <RuleSettings />
      <ImportSettings />
      <ExportSettings />
      <HandoverSettings />
      <BackupSettings />
    </main>
  );
}
