import { defineMessages } from '../define';

/** The little of issue 14 pages other than the options' data sections show: the popup's backup reminder, the
 * options' navigation to the data sections. */
export default defineMessages({
  'options.nav.import': { zh: '导入客户名单', en: 'Import clients' },
  'options.nav.export': { zh: '导出 CSV', en: 'CSV export' },
  'options.nav.handover': { zh: '客户交接', en: 'Handover' },
  'options.nav.backup': { zh: '备份与恢复', en: 'Backup' },
  'reminder.never': { zh: '还没有备份过您的客户数据', en: 'Your client data has never been backed up' },
  'reminder.backUp': { zh: '立即备份', en: 'Back up now' },
  'handover.unknownRm': { zh: '前任客户经理', en: 'the previous RM' },
  'reminder.stale': { zh: '已 {days} 天没有备份', en: 'No backup for {days} days' },
});
