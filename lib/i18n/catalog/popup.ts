import { defineMessages } from '../define';

export default defineMessages({
  'popup.openPanel': { zh: '打开侧边栏', en: 'Open side panel' },
  'popup.openSettings': { zh: '设置', en: 'Settings' },
  'popup.pacing.title': { zh: '今日节奏', en: 'Today’s pacing' },
  'popup.pacing.soon': {
    zh: '设定本月指标后，这里显示今天与计划的差距。',
    en: 'Once this month’s targets are set, today’s gap to the plan shows here.',
  },
});
