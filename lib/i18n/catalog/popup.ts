import { defineMessages } from '../define';

export default defineMessages({
  'popup.openPanel': { zh: '打开侧边栏', en: 'Open side panel' },
  'popup.openSettings': { zh: '设置', en: 'Settings' },
});
