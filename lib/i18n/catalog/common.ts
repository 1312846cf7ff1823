import { defineMessages } from '../define';

export default defineMessages({
  'app.name': { zh: 'Pacer 客户节奏', en: 'Pacer' },
  'common.save': { zh: '保存', en: 'Save' },
  'common.cancel': { zh: '取消', en: 'Cancel' },
  'common.delete': { zh: '删除', en: 'Delete' },
  'common.undo': { zh: '撤销', en: 'Undo' },
  'common.close': { zh: '关闭', en: 'Close' },
  'common.loading': { zh: '加载中…', en: 'Loading…' },
  'error.quota': {
    zh: '浏览器存储空间已满，本次修改未保存。请清理磁盘或导出数据后重试，已输入的内容仍保留在此。',
    en: 'Browser storage is full, so this change was not saved. Free some disk space or export your data, then try again; what you typed is still here.',
  },
  'error.storage': {
    zh: '本地数据库暂时无法写入，本次修改未保存，请重试。',
    en: 'The local database could not be written, so this change was not saved. Please try again.',
  },
  'error.background': {
    zh: 'Pacer 后台暂时没有响应，请稍后重试。',
    en: 'Pacer’s background service did not answer. Please try again in a moment.',
  },
});
