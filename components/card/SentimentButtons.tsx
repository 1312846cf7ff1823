import { t } from '@/components/shared/i18n';
import { SENTIMENTS, type Sentiment } from '@/lib/sentiment';

/** The three sentiment buttons; the current one is pressed. */
export function SentimentButtons(props: { current: Sentiment | null; onTag: (s: Sentiment) => void }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a segmented control; a <fieldset> would need its legend and box undone
    <div class="segmented" role="group" aria-label={t('card.sentiment.label')}>
      {SENTIMENTS.map((s) => (
        <button
          key={s}
          type="button"
          class={`segmented__item segmented__item--${s}`}
          aria-pressed={props.current === s}
          data-testid={`sentiment-${s}`}
          onClick={() => props.onTag(s)}
        >
          {t(`sentiment.${s}`)}
        </button>
      ))}
    </div>
  );
}
