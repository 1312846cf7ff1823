import { defineMessages } from '../define';

export default defineMessages({
  'panel.popOut': { zh: '在独立窗口中打开', en: 'Open in its own window' },
  'panel.boundTo': { zh: '固定跟随：{tab}', en: 'Pinned to: {tab}' },
  'panel.state.noTab.title': { zh: '这里不是 CRM 页面', en: 'This is not a CRM page' },
  'panel.state.noTab.body': {
    zh: '打开已授权的 CRM 客户页面，Pacer 会自动读取客户号。需要添加 CRM 地址时，请到“设置”中授权。',
    en: 'Open a client screen of an authorised CRM and Pacer reads the client number by itself. To add a CRM address, authorise it in Settings.',
  },
  'panel.state.loading.title': { zh: '正在读取客户号…', en: 'Reading the client number…' },
  'panel.state.none.title': { zh: '此页面上没有客户', en: 'No client on this screen' },
  'panel.state.none.body': {
    zh: '当前页面没有找到唯一的客户号（例如客户列表或首页）。打开某位客户的详情页即可。',
    en: 'No single client number was found on this screen (a client list or a dashboard, for example). Open one client’s detail screen.',
  },
  'panel.state.tabClosed.title': { zh: '跟随的标签页已关闭', en: 'The pinned tab was closed' },
  'panel.openSettings': { zh: '打开设置', en: 'Open settings' },
  'panel.client.label': { zh: '客户号', en: 'Client no.' },
  'panel.client.via': { zh: '识别依据：{via}', en: 'Found by: {via}' },
  'panel.pipeline.title': { zh: '潜在成交（Pipeline）', en: 'Pipeline' },
  'panel.pipeline.add': { zh: '加入 Pipeline', en: 'Add to pipeline' },
  'panel.pipeline.added': { zh: '已加入 Pipeline', en: 'Added to the pipeline' },
  'panel.pipeline.empty': { zh: '该客户还没有潜在成交。', en: 'No deals for this client yet.' },
  'panel.pipeline.count': { zh: '{n} 笔', en: '{n} deals' },
  'panel.pipeline.expected': { zh: '预计 {date}', en: 'Expected {date}' },
});
