import { defineMessages } from '../define';

export default defineMessages({
  'app.name': { zh: 'Pacer 客户节奏', en: 'Pacer' },
  'common.save': { zh: '保存', en: 'Save' },
  'common.cancel': { zh: '取消', en: 'Cancel' },
  'common.delete': { zh: '删除', en: 'Delete' },
  'common.undo': { zh: '撤销', en: 'Undo' },
  'common.close': { zh: '关闭', en: 'Close' },
  'common.loading': { zh: '加载中…', en: 'Loading…' },
  'common.partNotLoaded': {
    zh: '此部分未能加载（Pacer 可能刚刚更新）。请重新打开本页，已保存的数据不受影响。',
    en: 'This part could not be loaded (Pacer may just have been updated). Reopen this page; nothing saved is affected.',
  },
  'common.actions': { zh: '操作', en: 'Actions' },
  'error.quota': {
    zh: '浏览器存储空间已满，本次修改未保存。请清理磁盘或导出数据后重试，已输入的内容仍保留在此。',
    en: 'Browser storage is full, so this change was not saved. Free some disk space or export your data, then try again; what you typed is still here.',
  },
  'error.storage': {
    zh: '本地数据库暂时无法写入，本次修改未保存，请重试。',
    en: 'The local database could not be written, so this change was not saved. Please try again.',
  },
  'error.damagedRow': {
    zh: '这条已存记录已损坏，为免覆盖原有内容，本次修改未保存。原记录保持不变；如需修复，请联系行内 IT 支持。',
    en: 'This stored record is damaged, so this change was not saved rather than written over it. The record is kept as it is; your bank’s IT support can help repair it.',
  },
  'error.newerDatabase': {
    zh: '本地数据由更新版本的 Pacer 保存，当前只能查看，修改不会保存。请将 Pacer 升级到最新版本后再编辑。',
    en: 'Your data was saved by a newer version of Pacer, so it is open read-only and changes are not saved. Update Pacer to edit it again.',
  },
  'error.databaseUnavailable': {
    zh: '无法打开 Pacer 的本地数据库。请关闭其他 Pacer 窗口后重新打开本页；若仍不行，请重启浏览器并检查磁盘空间。已保存的数据不受影响。',
    en: 'Pacer’s local database could not be opened. Close other Pacer windows and reopen this page; if that does not help, restart the browser and check the free disk space. Nothing saved is affected.',
  },
  'error.background': {
    zh: 'Pacer 后台暂时没有响应，请稍后重试。',
    en: 'Pacer’s background service did not answer. Please try again in a moment.',
  },
});
