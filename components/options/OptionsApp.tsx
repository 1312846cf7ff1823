import { signal } from '@preact/signals';
import type { FunctionComponent } from 'preact';
import { useEffect } from 'preact/hooks';
import { DatabaseNotice } from '@/components/shared/DatabaseNotice';
import { t } from '@/components/shared/i18n';
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
      <LazyDataSections />
    </main>
  );
}

const dataSections = signal<FunctionComponent | null>(null);

/** The data sections, once their chunk has loaded; then the section the address names (`#backup`) is shown. */
function LazyDataSections() {
  useEffect(() => {
    void import('./DataSections').then((m) => {
      dataSections.value = m.DataSections;
      requestAnimationFrame(() => {
        const id = decodeURIComponent(location.hash.slice(1));
        if (id) document.getElementById(id)?.scrollIntoView();
      });
    });
  }, []);
  const Sections = dataSections.value;
  return Sections ? <Sections /> : null;
}
