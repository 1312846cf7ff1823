import { signal } from '@preact/signals';
import type { FunctionComponent } from 'preact';
import { useEffect } from 'preact/hooks';
import { OpenBookButton } from '@/components/book/OpenBookButton';
import { DatabaseNotice } from '@/components/shared/DatabaseNotice';
import { t } from '@/components/shared/i18n';
import { FieldCaptureSettings } from './FieldCaptureSettings';
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
      <FieldCaptureSettings />
      <PacingSettings />
      <RhythmSettings />
      <RuleSettings />
      <PresetSettings />
      <LazyDataSections />
      <HelpSettings />
    </main>
  );
}

const dataSections = signal<FunctionComponent | null>(null);

/** The data sections, once their chunk has loaded. */
function LazyDataSections() {
  useEffect(() => {
    // OptionsNav brings the section the address names into view once it is there.
    void import('./DataSections').then((m) => (dataSections.value = m.DataSections));
  }, []);
  const Sections = dataSections.value;
  return Sections ? <Sections /> : null;
}
