import { defineMessages } from '../define';

/** Backup and restore, the reminder setting and persistent storage (the options page's #backup section; lib/i18n/late.ts). */
export default defineMessages({
  'backup.title': { zh: '备份与恢复', en: 'Back up and restore' },
  'backup.help': {
    zh: '一个文件包含 Pacer 为您保存的全部内容：客户记录、联系记录、商机、指标、话术、设置和识别规则。重装浏览器、换电脑之前请先备份。备份放在共享盘上时请设置口令加密。',
    en: 'One file with everything Pacer keeps for you: client records, contact log, deals, targets, scripts, settings and site rules. Back up before resetting the browser or moving to a new PC. Set a passphrase if the backup goes on a shared drive.',
  },
  'backup.passphrase': { zh: '加密口令（可选，至少 {min} 位）', en: 'Passphrase (optional, at least {min} characters)' },
  'backup.passphraseAgain': { zh: '再次输入口令', en: 'Passphrase again' },
  'backup.passphraseShort': { zh: '口令至少需要 {min} 位。', en: 'The passphrase needs at least {min} characters.' },
  'backup.passphraseMismatch': { zh: '两次输入的口令不一致。', en: 'The two passphrases differ.' },
  'backup.passphraseNote': {
    zh: '请牢记口令：忘记口令将无法恢复这个备份，Pacer 也无法找回。',
    en: 'Keep the passphrase safe: without it this backup cannot be restored, and Pacer cannot recover it.',
  },
  'backup.create': { zh: '导出备份', en: 'Export a backup' },
  'backup.creating': { zh: '正在导出…', en: 'Exporting…' },
  'backup.created': {
    zh: '已导出 {file}：{clients} 位客户，共 {rows} 行数据。',
    en: 'Exported {file}: {clients} clients, {rows} rows in all.',
  },
  'backup.newerDatabase': {
    zh: '本地数据由更新版本的 Pacer 保存，请用该版本导出备份。',
    en: 'Your data was saved by a newer Pacer: export the backup from that version.',
  },
  'backup.last': { zh: '上次备份：{when}', en: 'Last backup: {when}' },
  'backup.never': { zh: '从未备份', en: 'Never backed up' },

  'backup.restore.title': { zh: '从备份恢复', en: 'Restore from a backup' },
  'backup.restore.choose': { zh: '选择备份文件', en: 'Choose a backup file' },
  'backup.restore.reading': { zh: '正在检查文件…', en: 'Checking the file…' },
  'backup.restore.sealed': {
    zh: '这个备份已加密，请输入导出时设置的口令。',
    en: 'This backup is encrypted: enter the passphrase it was exported with.',
  },
  'backup.restore.unseal': { zh: '打开', en: 'Open' },
  'backup.restore.problems': { zh: '无法恢复这个文件，没有写入任何数据：', en: 'This file cannot be restored; nothing was written:' },
  'backup.restore.about': {
    zh: '备份时间 {date}，Pacer {version}，数据版本 {schema}',
    en: 'Backed up {date}, Pacer {version}, data version {schema}',
  },
  'backup.restore.migrated': {
    zh: '这个备份来自较早的 Pacer（数据版本 {from}），已转换为当前版本（{to}）。',
    en: 'This backup comes from an earlier Pacer (data version {from}); it has been converted to this version ({to}).',
  },
  'backup.restore.mode': { zh: '恢复方式', en: 'How to restore' },
  'backup.mode.replace': { zh: '替换：现有数据全部换成备份中的内容', en: 'Replace: everything here becomes what the backup holds' },
  'backup.mode.merge': {
    zh: '合并：只加入备份中新增的和更新过的内容，保留您现有的修改',
    en: 'Merge: add only what is new or newer in the backup, keeping your own changes',
  },
  'backup.preview.title': { zh: '恢复后的变化', en: 'What the restore changes' },
  'backup.preview.table': { zh: '数据', en: 'Data' },
  'backup.preview.current': { zh: '现有', en: 'Here now' },
  'backup.preview.incoming': { zh: '备份中', en: 'In the backup' },
  'backup.preview.added': { zh: '新增', en: 'Added' },
  'backup.preview.updated': { zh: '更新', en: 'Updated' },
  'backup.preview.kept': { zh: '保留现有', en: 'Yours kept' },
  'backup.preview.removed': { zh: '删除', en: 'Removed' },
  'backup.preview.settingsReplace': {
    zh: '设置和识别规则换成备份中的。',
    en: 'Settings and site rules become the backup’s.',
  },
  'backup.preview.settingsMerge': {
    zh: '保留现有设置；备份中您没有的识别规则会加入。',
    en: 'Your settings stay; site rules from the backup that you do not have are added.',
  },
  'backup.restore.confirm': { zh: '恢复', en: 'Restore' },
  'backup.restore.writing': { zh: '正在恢复…', en: 'Restoring…' },
  'backup.restore.done': {
    zh: '已恢复：新增 {added} 行，更新 {updated} 行。',
    en: 'Restored: {added} rows added, {updated} updated.',
  },
  'backup.restore.cancel': { zh: '取消', en: 'Cancel' },

  'backup.problem.empty': { zh: '文件是空的。', en: 'The file is empty.' },
  'backup.problem.tooLarge': { zh: '文件超过 {mb} MB，不是 Pacer 的备份。', en: 'The file is over {mb} MB: not a Pacer backup.' },
  'backup.problem.notJson': {
    zh: '文件无法读取：不是 Pacer 的备份，或者文件不完整（例如下载中断）。',
    en: 'The file cannot be read: it is not a Pacer backup, or it is incomplete (an interrupted download, say).',
  },
  'backup.problem.notBackup': { zh: '这不是 Pacer 的备份文件。', en: 'This is not a Pacer backup file.' },
  'backup.problem.isHandover': {
    zh: '这是客户交接文件，不是备份：请在“客户交接”中导入。',
    en: 'This is a handover file, not a backup: import it under “Hand clients over”.',
  },
  'backup.problem.newer': {
    zh: '这个备份由更新版本的 Pacer 导出（格式/数据版本 {version}，当前版本只能读取 {latest}）。请先升级 Pacer 再恢复。',
    en: 'This backup was exported by a newer Pacer (format/data version {version}; this version reads up to {latest}). Update Pacer, then restore it.',
  },
  'backup.problem.shape': {
    zh: '文件结构不是 Pacer 备份应有的样子（{path}），可能已被修改或损坏。',
    en: 'The file is not laid out as a Pacer backup is ({path}): it may have been edited or damaged.',
  },
  'backup.problem.wrongPassphrase': {
    zh: '口令不正确，或者文件在导出后被修改过。',
    en: 'The passphrase is wrong, or the file was changed after it was exported.',
  },
  'backup.problem.fileChecksum': {
    zh: '文件的校验值不符：导出后被修改过或不完整。',
    en: 'The file’s checksum does not match: it was changed after it was exported, or is incomplete.',
  },
  'backup.problem.checksum': {
    zh: '“{table}”的校验值不符：这部分内容在导出后被修改过。',
    en: '“{table}” does not match its checksum: it was changed after the export.',
  },
  'backup.problem.count': {
    zh: '“{table}”应有 {expected} 行，实际只有 {actual} 行：文件不完整或被修改过。',
    en: '“{table}” should hold {expected} rows but holds {actual}: the file is incomplete or was edited.',
  },
  'backup.problem.missingTable': {
    zh: '文件中缺少“{table}”：这个数据版本的备份应当包含它。',
    en: '“{table}” is missing: a backup of this data version includes it.',
  },
  'backup.problem.unknownTable': {
    zh: '文件中有当前 Pacer 不认识的数据“{table}”，无法恢复。',
    en: 'The file holds “{table}”, which this Pacer does not know: it cannot be restored.',
  },
  'backup.problem.badKey': {
    zh: '“{table}”第 {n} 行没有有效的编号，无法保存。',
    en: '“{table}” row {n} has no valid key, so it cannot be stored.',
  },
  'backup.problem.duplicateKey': {
    zh: '“{table}”第 {n} 行与第 {first} 行编号相同。',
    en: '“{table}” row {n} has the same key as row {first}.',
  },
  'backup.warning.unreadableRows': {
    zh: '“{table}”中有 {n} 行当前版本无法读取：替换时原样恢复，合并时不加入。',
    en: '“{table}” has {n} rows this version cannot read: a replace restores them as they are, a merge leaves them out.',
  },

  'data.table.clients': { zh: '客户记录', en: 'Client records' },
  'data.table.contacts': { zh: '联系记录', en: 'Contact log' },
  'data.table.deals': { zh: '商机', en: 'Deals' },
  'data.table.sentimentEvents': { zh: '情绪标记', en: 'Sentiment tags' },
  'data.table.scriptEdits': { zh: '话术', en: 'Scripts' },
  'data.table.scriptUsage': { zh: '话术效果', en: 'Script outcomes' },
  'data.table.targets': { zh: '月度指标', en: 'Monthly targets' },
  'data.table.achievements': { zh: '手工录入业绩', en: 'Business entered by hand' },
  'data.table.dayOverrides': { zh: '自定义工作日', en: 'Own working days' },
  'data.table.pacingConfig': { zh: '节奏设置', en: 'Pacing settings' },
  'data.table.settings': { zh: '设置和识别规则', en: 'Settings and site rules' },
  'data.andMore': { zh: '……另有 {n} 个问题', en: '…and {n} more problems' },

  'options.data.persisted': {
    zh: '浏览器已同意长期保存 Pacer 的数据：清理存储空间时不会自动删除。',
    en: 'The browser keeps Pacer’s data for good: it is not cleared to free space.',
  },
  'options.data.notPersisted': {
    zh: '浏览器没有同意长期保存：磁盘空间不足时，Pacer 的数据可能被浏览器清除。请定期备份。',
    en: 'The browser did not agree to keep Pacer’s data for good: short of disk space, it may clear it. Back up regularly.',
  },
  'options.data.persistUnknown': {
    zh: '无法确认浏览器是否长期保存数据，请定期备份。',
    en: 'Whether the browser keeps the data for good is unknown: back up regularly.',
  },
  'options.data.usage': { zh: '已使用 {used}', en: '{used} in use' },
  'options.data.reminderTitle': { zh: '备份提醒', en: 'Backup reminder' },
  'options.data.reminder': { zh: '多少天没有备份时提醒（0 为不提醒）', en: 'Remind me after this many days without a backup (0: never)' },
  'options.data.reminderInvalid': { zh: '请输入 {min}–{max} 之间的整数', en: 'Enter a whole number from {min} to {max}' },
  'options.data.reminderByPolicy': {
    zh: '备份提醒由行内 IT 设置：{value}',
    en: 'The backup reminder is set by your bank’s IT: {value}',
  },
  'options.data.reminderOff': { zh: '不提醒', en: 'off' },
  'options.data.reminderDays': { zh: '{days} 天', en: '{days} days' },
  'options.data.saved': { zh: '已保存', en: 'Saved' },
});
