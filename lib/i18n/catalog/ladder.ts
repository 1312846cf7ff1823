import { defineMessages } from '../define';

/** The twelve rungs of the trust ladder, and for each the concrete step to the next one. */
export default defineMessages({
  'ladder.title': { zh: '信任阶梯', en: 'Trust ladder' },
  'ladder.current': { zh: '第 {rung} 级：{name}', en: 'Rung {rung}: {name}' },
  'ladder.unset': { zh: '还没有设定级别。', en: 'No rung set yet.' },
  'ladder.nextTitle': { zh: '迈向第 {rung} 级', en: 'Towards rung {rung}' },
  'ladder.top': { zh: '已在最高一级：继续维护，感谢每一次转介绍。', en: 'Top rung: keep it up and thank every referral.' },
  'ladder.logNext': { zh: '记录这次联系', en: 'Log this contact' },
  'ladder.offerUp': { zh: '这次联系达到了第 {rung} 级的标准，升一级？', en: 'This contact meets rung {rung}. Move up?' },
  'ladder.moveUp': { zh: '升到第 {rung} 级', en: 'Move to rung {rung}' },
  'ladder.setRung': { zh: '设为第 {rung} 级', en: 'Set rung {rung}' },
  'ladder.rung.1': { zh: '从不主动联系', en: 'Never gets in touch first' },
  'ladder.rung.2': { zh: '只在要求时通知', en: 'Only notices when required' },
  'ladder.rung.3': { zh: '主动交流基本信息', en: 'Exchanges basic information' },
  'ladder.rung.4': { zh: '节日问候电话', en: 'Holiday greeting calls' },
  'ladder.rung.5': { zh: '节日送小礼物', en: 'Holiday gifts' },
  'ladder.rung.6': { zh: '记得家庭纪念日', en: 'Family occasions remembered' },
  'ladder.rung.7': { zh: '邀请参加沙龙活动', en: 'Invited to salons and events' },
  'ladder.rung.8': { zh: '帮助提升理财能力', en: 'Helps them grow as an investor' },
  'ladder.rung.9': { zh: '跟踪所购产品并及时汇报', en: 'Follows their products and reports' },
  'ladder.rung.10': { zh: '帮助达成阶段小目标', en: 'Helps reach staged small goals' },
  'ladder.rung.11': { zh: '为客户创造更高价值', en: 'Creates higher value for them' },
  'ladder.rung.12': { zh: '帮助客户的朋友实现目标', en: 'Helps their friends reach their goals' },
  'ladder.next.1': {
    zh: '有需要通知的事项时，亲自打一次电话，而不是只发短信。',
    en: 'Next time there is something to notify, call in person rather than only texting.',
  },
  'ladder.next.2': {
    zh: '主动打个电话，交流一下近况和账户信息，不谈产品。',
    en: 'Call of your own accord to catch up and exchange account news, no product talk.',
  },
  'ladder.next.3': { zh: '下一个节日打一通问候电话。', en: 'Make a greeting call at the next holiday.' },
  'ladder.next.4': { zh: '下一个节日送一份合规的小礼物。', en: 'Send a small, compliant gift at the next holiday.' },
  'ladder.next.5': {
    zh: '记下一个家庭纪念日（生日、升学），到时送上祝福。',
    en: 'Note a family occasion (a birthday, a school start) and send wishes on the day.',
  },
  'ladder.next.6': { zh: '邀请客户参加下一场沙龙或客户活动。', en: 'Invite the client to the next salon or client event.' },
  'ladder.next.7': {
    zh: '分享一份适合他的理财知识，或约一次小课堂。',
    en: 'Share a piece of investing know-how that suits them, or set up a short session.',
  },
  'ladder.next.8': { zh: '主动汇报一次他所持产品的表现。', en: 'Report on how the products they hold are doing, unprompted.' },
  'ladder.next.9': {
    zh: '和客户定一个阶段性小目标，并约定检视时间。',
    en: 'Agree a staged small goal with the client and a date to review it.',
  },
  'ladder.next.10': {
    zh: '做一份全家资产规划，找出更高价值的安排。',
    en: 'Draw up a whole-family plan that finds a higher-value arrangement.',
  },
  'ladder.next.11': { zh: '请客户介绍一位有需要的朋友。', en: 'Ask the client to introduce a friend who could use your help.' },
});
