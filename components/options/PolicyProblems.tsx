import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '@/components/shared/i18n';
import type { PolicyProblem } from '@/lib/client-id/rules';
import { readManagedRules, watchManagedPolicy } from '@/platform/policy';

/** One problem, in the RM's language (entries counted from 1, as IT counts them in the policy file). */
function problemText(p: PolicyProblem): string {
  switch (p.kind) {
    case 'notAList':
      return t(`policy.${p.key}.notAList`);
    case 'invalidOrigin':
      return t(`policy.${p.key}.invalidOrigin`, { n: p.index + 1, value: p.value });
    case 'noValidOrigin':
      return t('policy.crmOrigins.noValidOrigin');
    case 'invalidRule':
      return t('policy.clientIdRules.invalidRule', { n: p.index + 1, field: p.field || '—' });
    case 'duplicateRule':
      return t('policy.clientIdRules.duplicateRule', { n: p.index + 1, id: p.id });
    case 'notABoolean':
      return t('policy.fieldCaptureAllowed.notABoolean');
  }
}

/** What is wrong with the bank's policy (its CRM addresses and site rules), and what Pacer does about it. */
export function PolicyProblems() {
  const problems = useSignal<readonly PolicyProblem[]>([]);
  useEffect(() => {
    const load = () => void readManagedRules().then((m) => (problems.value = m.problems));
    load();
    return watchManagedPolicy(load);
  }, []);
  if (!problems.value.length) return null;
  return (
    <section class="card" data-testid="policy-problems" role="alert">
      <h2>{t('policy.title')}</h2>
      <p class="muted">{t('policy.help')}</p>
      <ul class="errors">
        {problems.value.map((p, i) => (
          <li key={i} data-testid="policy-problem">
            {problemText(p)}
          </li>
        ))}
      </ul>
    </section>
  );
}
