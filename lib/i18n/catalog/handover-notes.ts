import { defineMessages } from '../define';

/** The previous RM's notes on a handed-over client's card (components/card/HandoverNotes.tsx, loaded with it). */
export default defineMessages({
  'handover.card.title': { zh: '前任客户经理的记录', en: 'The previous RM’s notes' },
  'handover.card.deals': { zh: '对方的已结束商机', en: 'Their closed deals' },
  'handover.card.from': { zh: '{date} 由 {from}（{branch}）交接', en: 'Handed over by {from} ({branch}) on {date}' },
  'handover.card.rung': {
    zh: '对方评估：信任阶梯第 {rung} 级，熟悉程度 {score} 分',
    en: 'Their view: trust rung {rung}, familiarity {score}',
  },
  'handover.card.contacts': { zh: '对方的联系记录（{n} 条）', en: 'Their contact log ({n} entries)' },
});
