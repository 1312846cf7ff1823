import { useEffect, useRef } from 'preact/hooks';
import { ClientCard } from '@/components/card/ClientCard';
import { t } from '@/components/shared/i18n';
import type { ClientRef } from '@/lib/client/key';

/** The side panel's own card, opened beside the book; Escape or the close button puts the RM back where they were. */
export function CardDrawer(props: { client: ClientRef; onClose: () => void }) {
  const panel = useRef<HTMLElement>(null);
  const { origin, clientId } = props.client;
  useEffect(() => {
    const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    panel.current?.focus();
    return () => back?.focus();
  }, [origin, clientId]);
  return (
    <aside
      class="book-drawer"
      ref={panel}
      tabIndex={-1}
      aria-label={t('book.card.label')}
      data-testid="book-card"
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onClose();
      }}
    >
      <div class="book-drawer__bar">
        <button type="button" class="button" data-testid="book-card-close" onClick={props.onClose}>
          {t('book.card.close')}
        </button>
      </div>
      <ClientCard key={`${origin}|${clientId}`} client={{ origin, clientId }} via={t('book.card.via')} />
    </aside>
  );
}
