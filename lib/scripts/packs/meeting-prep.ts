/** Pack: preparing and confirming meetings (METHOD §2). */
import type { BuiltinScript } from '../types';

export default [
  {
    id: 'meet-invite',
    tags: { technique: 'meetingPrep', sentiments: ['neutral', 'positive'], rungs: [3, 12] },
    title: { zh: '电话邀约面谈', en: 'Inviting a meeting by phone' },
    body: {
      zh: '想约{name}抽半小时来网点坐坐，把您的整体配置一起看一遍。周二下午或周四上午，哪个时间方便？',
      en: 'I would like to invite you, {name}, for half an hour at the branch to go over your whole allocation together. Would Tuesday afternoon or Thursday morning suit you better?',
    },
  },
  {
    id: 'meet-confirm',
    tags: { technique: 'meetingPrep' },
    title: { zh: '面谈前一天确认', en: 'Confirming the day before' },
    body: {
      zh: '提醒一下，明天我们约在网点见面。请带上身份证和银行卡，如果方便，也带上其他机构的持仓截图，我们看得更全面。',
      en: 'A reminder that we meet at the branch tomorrow. Please bring your ID card and bank card and, if convenient, screenshots of holdings elsewhere so we see the full picture.',
    },
  },
  {
    id: 'meet-team',
    tags: { technique: 'meetingPrep', sentiments: ['positive'], bands: ['mid', 'high'] },
    title: { zh: '引荐专业顾问', en: 'Bringing in a specialist' },
    body: {
      zh: '您关心的这个问题比较专业，我请了我们的投资顾问一起参加，他能把细节讲得更透。您看可以吗？',
      en: 'Your question is quite specialised, so I have asked our investment adviser to join us; he can explain the details more fully. Is that all right with you?',
    },
  },
  {
    id: 'meet-objective',
    tags: { technique: 'meetingPrep', sentiments: ['neutral', 'positive'] },
    title: { zh: '开场说明目的', en: 'Opening with the purpose' },
    body: {
      zh: '今天大概占用您四十分钟，主要想做三件事：了解您的想法、看一下现有配置、给出一两个建议。您还有什么想一起聊的吗？',
      en: 'Today will take about forty minutes, and I hope to do three things: hear your thinking, look at what you hold, and offer one or two suggestions. Is there anything else you would like to cover?',
    },
  },
] satisfies BuiltinScript[];
