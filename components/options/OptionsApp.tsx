import { OpenBookButton } from '@/components/book/OpenBookButton';
import { DatabaseNotice } from '@/components/shared/DatabaseNotice';
import { t } from '@/components/shared/i18n';
import { HelpSettings } from './HelpSettings';
import { LanguageSettings } from './LanguageSettings';
import { OptionsNav } from './OptionsNav';
import { OriginSettings } from './OriginSettings';
import { PacingSettings } from './PacingSettings';
import { PolicyProblems } from './PolicyProblems';
import { PresetSettings } from './PresetSettings';
import { ProfileSettings } from './ProfileSettings';
import { RhythmSettings } from './RhythmSettings';
import { RuleSettings } from './RuleSettings';

export function OptionsApp() {
  return (
    <main class="page" data-testid="options">
      <h1>{t('options.title')}</h1>
      <OptionsNav />
      <OpenBookButton />
      <DatabaseNotice />
      <PolicyProblems />
      <LanguageSettings />
      <ProfileSettings />
      <OriginSettings />
      <PacingSettings />
      <RhythmSettings />
      <RuleSettings />
      <PresetSettings />
      <HelpSettings />
    </main>
  );
}
