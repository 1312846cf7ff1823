import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '@/components/shared/i18n';
import type { ClientRef } from '@/lib/client/key';
import { crmAddress, openInCrm, watchCrmAddresses } from '@/platform/crm-address';

/**
 * "Open in the CRM": shown only for a client whose rule (or preset) has an address template and read this client
 * (docs/site-rules.md). The address is the background's to make and open; the button names it in its title.
 */
export function OpenInCrm(props: { client: ClientRef }) {
  const { origin, clientId } = props.client;
  const address = useSignal<string | null>(null);
  const failed = useSignal(false);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void crmAddress({ origin, clientId }).then((url) => {
        if (live) address.value = url;
      });
    refresh();
    const stop = watchCrmAddresses(refresh);
    return () => {
      live = false;
      stop();
    };
  }, [origin, clientId]);
  if (!address.value) return null;
  return (
    <>
      <button
        type="button"
        class="link-button small client-card__open"
        data-testid="open-in-crm"
        data-address={address.value}
        title={t('card.openInCrm.title', { url: address.value })}
        onClick={() => {
          failed.value = false;
          void openInCrm({ origin, clientId }).then((ok) => (failed.value = !ok));
        }}
      >
        {t('card.openInCrm')}
      </button>
      {failed.value && (
        <span class="small client-card__open-failed" role="alert" data-testid="open-in-crm-failed">
          {t('card.openInCrm.failed')}
        </span>
      )}
    </>
  );
}
