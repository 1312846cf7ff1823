import { useSignal } from '@preact/signals';
import { BoundInput } from '@/components/shared/BoundInput';
import { t } from '@/components/shared/i18n';

/** Non-financial preferences to recall naturally in the next conversation. */
export function MemoryPoints(props: { points: readonly string[]; onAdd: (text: string) => void; onRemove: (text: string) => void }) {
  const draft = useSignal('');
  function add(e: Event) {
    e.preventDefault();
    const text = draft.value.trim();
    if (!text || props.points.includes(text)) return;
    props.onAdd(text);
    draft.value = '';
  }
  return (
    <div class="memory" data-testid="memory">
      {props.points.length ? (
        <ul class="tags">
          {props.points.map((p) => (
            <li key={p} class="tag" data-testid="memory-point">
              <span>{p}</span>
              <button
                type="button"
                class="icon-button small"
                aria-label={t('memory.remove', { text: p })}
                onClick={() => props.onRemove(p)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted small">{t('memory.none')}</p>
      )}
      <form class="row" onSubmit={add}>
        <BoundInput
          bind={draft}
          testId="memory-input"
          maxLength={200}
          placeholder={t('memory.placeholder')}
          aria-label={t('card.section.memory')}
        />
        <button type="submit" class="button button--small" data-testid="memory-add">
          {t('memory.add')}
        </button>
      </form>
    </div>
  );
}
