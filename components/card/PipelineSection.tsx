import { Fold } from '@/components/shared/Fold';
import { t } from '@/components/shared/i18n';
import type { Deal } from '@/lib/pipeline';
import { DealList } from './DealList';
import type { Pipeline } from './use-pipeline';

/** The one-click "add to pipeline", for the card's first screen. */
export function AddToPipeline(props: { pipeline: Pipeline }) {
  const p = props.pipeline;
  return (
    <button
      type="button"
      class="button button--primary"
      data-testid="add-to-pipeline"
      data-panel-action="addDeal"
      disabled={p.busy.value}
      onClick={() => void p.add()}
    >
      {t('panel.pipeline.add')}
    </button>
  );
}

/** What the one click did, under the first screen's buttons. */
export function PipelineFlash(props: { pipeline: Pipeline }) {
  const text = props.pipeline.flash.value;
  return text ? (
    <p class="flash" role="status" data-testid="pipeline-flash">
      {text}
    </p>
  ) : null;
}

/** The client's deals, adjusted inline; opened by itself when a deal is added or deleted (for its undo). */
export function PipelineSection(props: { pipeline: Pipeline; deals: readonly Deal[] }) {
  const p = props.pipeline;
  const list = props.deals;
  return (
    <Fold
      title={list.length ? `${t('card.section.pipeline')} · ${t('panel.pipeline.count', { n: list.length })}` : t('card.section.pipeline')}
      initiallyOpen={false}
      remember="pipeline"
      forceOpen={p.editing.value !== null || p.deleted.value !== null}
      testId="pipeline-section"
    >
      {p.deleted.value && (
        <div class="offer" role="status" data-testid="deal-undo-bar">
          <span>{t('deal.deleted')}</span>
          <button type="button" class="button button--small" data-testid="deal-undo" onClick={p.undoDelete}>
            {t('common.undo')}
          </button>
        </div>
      )}
      <DealList
        deals={list}
        editing={p.editing}
        onChange={p.change}
        onMeeting={p.changeMeeting}
        onOutcome={(deal, r) => void p.recordOutcome(deal, r)}
        onDelete={(d) => void p.remove(d)}
      />
    </Fold>
  );
}
