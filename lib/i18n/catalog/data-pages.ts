import { defineMessages } from '../define';

/** The little of issue 14 pages other than the options' data sections show: the popup's backup reminder, the
 * previous RM's notes on the card. */
export default defineMessages({
  'options.nav.import': { zh: '导入客户名单', en: 'Import clients' },
  'options.nav.export': { zh: '导出 CSV', en: 'CSV export' },
  'options.nav.handover': { zh: '客户交接', en: 'Handover' },
  'options.nav.backup': { zh: '备份与恢复', en: 'Backup' },
  'reminder.never': { zh: '还没有备份过您的客户数据', en: 'Your client data has never been backed up' },
  'reminder.backUp': { zh: '立即备份', en: 'Back up now' },
  'handover.unknownRm': { zh: '前任客户经理', en: 'the previous RM' },
  'handover.card.title': { zh: '前任客户经理的记录', en: 'The previous RM’s notes' },
  'handover.card.deals': { zh: '对方的已结束商机', en: 'Their closed deals' },
  'reminder.stale': { zh: '已 {days} 天没有备份', en: 'No backup for {days} days' },
  'handover.card.from': { zh: '{date} 由 {from}（{branch}）交接', en: 'Handed over by {from} ({branch}) on {date}' },
  'handover.card.rung': {
    zh: '对方评估：信任阶梯第 {rung} 级，熟悉程度 {score} 分',
    en: 'Their view: trust rung {rung}, familiarity {score}',
  },
  'handover.card.contacts': { zh: '对方的联系记录（{n} 条）', en: 'Their contact log ({n} entries)' },
});
