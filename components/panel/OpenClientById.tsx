import { useSignal } from '@preact/signals';
import { ClientCard } from '@/components/card/ClientCard';
import { BoundInput } from '@/components/shared/BoundInput';
import { t } from '@/components/shared/i18n';
import { SelectField } from '@/components/shared/Select';
import { useLiveQuery } from '@/components/shared/use-live-query';
import { ClientIdSchema, type ClientRef } from '@/lib/client/key';
import { data } from '@/platform/database';

/**
 * When no client is detected: type a client number and open their card by hand. `origin` is the CRM on
 * screen if there is one; otherwise the RM picks among the CRMs Pacer already holds records for.
 */
export function OpenClientById(props: { origin: string | null }) {
  const input = useSignal('');
  const invalid = useSignal(false);
  const picked = useSignal<string | null>(props.origin);
  const opened = useSignal<ClientRef | null>(null);
  const origins = useLiveQuery(async () => (props.origin ? [props.origin] : data.knownOrigins()), [props.origin]);

  const list = origins.value.value;
  const origin = picked.value ?? list?.[0] ?? null;

  if (opened.value) {
    const c = opened.value;
    return (
      <div class="manual-open__card">
        <button type="button" class="link-button small" data-testid="manual-back" onClick={() => (opened.value = null)}>
          {t('manual.back')}
        </button>
        <ClientCard key={`${c.origin}|${c.clientId}`} client={c} via={t('manual.via')} />
      </div>
    );
  }

  function open(e: Event) {
    e.preventDefault();
    const id = input.value.trim();
    const ok = ClientIdSchema.safeParse(id).success;
    invalid.value = !ok;
    if (ok && origin) opened.value = { origin, clientId: id };
  }

  return (
    <form class="manual-open" data-testid="manual-open" onSubmit={open}>
      <h3>{t('manual.title')}</h3>
      {list && list.length === 0 ? (
        <p class="muted small">{t('manual.noOrigin')}</p>
      ) : (
        <>
          {!props.origin && list && list.length > 1 && (
            <SelectField
              label={t('manual.origin')}
              value={origin ?? ''}
              choices={list.map((o) => ({ value: o, label: o }))}
              onChange={(o) => (picked.value = o)}
            />
          )}
          <div class="row">
            <BoundInput
              bind={input}
              testId="manual-id"
              placeholder={t('manual.placeholder')}
              aria-label={t('manual.placeholder')}
              aria-invalid={invalid.value}
              maxLength={64}
            />
            <button type="submit" class="button" data-testid="manual-submit" disabled={!origin}>
              {t('manual.open')}
            </button>
          </div>
          {invalid.value && <p class="script__flag">{t('manual.invalid')}</p>}
        </>
      )}
    </form>
  );
}
