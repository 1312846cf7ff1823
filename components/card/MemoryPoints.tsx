import { useSignal } from '@preact/signals';
import { BoundInput } from '@/components/shared/BoundInput';
import { t } from '@/components/shared/i18n';
import { MAX_MEMORY_POINTS, MEMORY_POINT_LENGTH } from '@/lib/client/record';

/**
 * Non-financial preferences to recall naturally in the next conversation. What the RM typed stays in the field
 * until it is stored: a full list or a failed write loses nothing.
 */
export function MemoryPoints(props: {
  points: readonly string[];
  onAdd: (text: string) => Promise<boolean>;
  onRemove: (text: string) => void;
}) {
  const draft = useSignal('');
  const full = props.points.length >= MAX_MEMORY_POINTS;
  async function add(e: Event) {
    e.preventDefault();
    const text = draft.value.trim();
    if (!text || full || props.points.includes(text)) return;
    if (await props.onAdd(text)) draft.value = '';
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
          maxLength={MEMORY_POINT_LENGTH}
          placeholder={t('memory.placeholder')}
          aria-label={t('card.section.memory')}
        />
        <button type="submit" class="button button--small" data-testid="memory-add" disabled={full}>
          {t('memory.add')}
        </button>
      </form>
      {full && (
        <p class="muted small" role="status" data-testid="memory-full">
          {t('memory.full', { max: MAX_MEMORY_POINTS })}
        </p>
      )}
    </div>
  );
}
