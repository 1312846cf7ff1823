import { OpenBookButton } from '@/components/book/OpenBookButton';
import { DatabaseNotice } from '@/components/shared/DatabaseNotice';
import { t } from '@/components/shared/i18n';
import { lazyComponent } from '@/components/shared/lazy';
import '@/lib/i18n/late-options';
import { FieldCaptureSettings } from './FieldCaptureSettings';
import { HelpSettings } from './HelpSettings';
import { LanguageSettings } from './LanguageSettings';
import { OptionsNav } from './OptionsNav';
import { OriginSettings } from './OriginSettings';
import { PolicyProblems } from './PolicyProblems';
import { PresetSettings } from './PresetSettings';
import { ProfileSettings } from './ProfileSettings';
import { RhythmSettings } from './RhythmSettings';
import { RuleSettings } from './RuleSettings';
import { ShortcutSettings } from './ShortcutSettings';

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
      <FieldCaptureSettings />
      <ShortcutSettings />
      <PacingSettings />
      <RhythmSettings />
      <RuleSettings />
      <PresetSettings />
      <DataSections />
      <HelpSettings />
    </main>
  );
}

// The sections that work on the database load with Dexie after the page's first frame; they render once their data
// has loaded anyway, and OptionsNav brings the section the address names (#targets, #backup) into view once it is there.
const PacingSettings = lazyComponent(() => import('./PacingSettings').then((m) => m.PacingSettings));
const DataSections = lazyComponent(() => import('./DataSections').then((m) => m.DataSections));
