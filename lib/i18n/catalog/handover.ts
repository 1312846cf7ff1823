import { defineMessages } from '../define';

/** Handing clients over to a successor (options, #handover) and the previous RM's notes on the card. */
export default defineMessages({
  'handover.title': { zh: '客户交接', en: 'Hand clients over' },
  'handover.help': {
    zh: '把选中的客户连同记录导出给接手的客户经理。对方导入后，这些客户标记为“刚交接，还没联系过”，您的沟通记录作为“前任客户经理的记录”保留，进行中的商机转入对方的商机列表。',
    en: 'Export the chosen clients with their records for the RM who takes them over. Imported, they are marked “just handed over, never contacted”, your notes are kept as “the previous RM’s notes”, and open deals move to the new RM’s pipeline.',
  },
  'handover.scope': { zh: '交接哪些客户', en: 'Which clients' },
  'handover.scope.all': { zh: '全部客户', en: 'All clients' },
  'handover.scope.cell': { zh: '九宫格中的一格', en: 'One cell of the grid' },
  'handover.scope.ids': { zh: '指定客户号', en: 'These client numbers' },
  'handover.ids': { zh: '客户号（每行一个，或用逗号分隔）', en: 'Client numbers (one a line, or separated by commas)' },
  'handover.export': { zh: '导出交接文件', en: 'Export a handover file' },
  'handover.exported': { zh: '已导出 {file}：{n} 位客户。', en: 'Exported {file}: {n} clients.' },
  'handover.none': { zh: '没有符合条件的客户。', en: 'No client matches.' },
  'handover.import': { zh: '导入交接文件', en: 'Import a handover file' },
  'handover.preview': {
    zh: '来自 {from}（{branch}）的 {n} 位客户：新增 {added} 位，已有 {existing} 位（只补充空白信息），已导入过 {already} 位。',
    en: '{n} clients from {from} ({branch}): {added} new, {existing} already in your book (only empty fields filled), {already} imported before.',
  },
  'handover.confirm': { zh: '导入', en: 'Import' },
  'handover.done': {
    zh: '已导入：新增 {added} 位客户，补充 {existing} 位，{deals} 个进行中的商机。',
    en: 'Imported: {added} new clients, {existing} filled in, {deals} open deals.',
  },
  'handover.problem.notHandover': { zh: '这不是 Pacer 的客户交接文件。', en: 'This is not a Pacer handover file.' },
  'handover.problem.isBackup': {
    zh: '这是备份文件，不是交接文件：请在“备份与恢复”中恢复。',
    en: 'This is a backup, not a handover file: restore it under “Back up and restore”.',
  },
  'handover.problem.newer': {
    zh: '这个交接文件由更新版本的 Pacer 导出，请先升级 Pacer。',
    en: 'This handover file was exported by a newer Pacer: update Pacer first.',
  },
});
