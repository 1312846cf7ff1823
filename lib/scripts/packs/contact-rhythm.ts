/** Pack: contact rhythm and climbing the trust ladder (METHOD §4, §5). */
import type { BuiltinScript } from '../types';

export default [
  {
    id: 'rhythm-new-first-hour',
    tags: { technique: 'contactRhythm', bands: ['low'], rungs: [1, 3] },
    title: { zh: '开户一小时内的电话', en: 'The call within an hour of opening' },
    body: {
      zh: '{name}您好，我是您的客户经理，刚看到您在我们这里开了户，先说声欢迎。以后账户上有任何问题，直接打这个电话找我就行。',
      en: 'Hello {name}, I am your relationship manager. I saw you have just opened an account with us, so first of all, welcome. For anything about your account, just call me on this number.',
    },
  },
  {
    id: 'rhythm-handover',
    tags: { technique: 'contactRhythm', bands: ['low'], rungs: [1, 2] },
    title: { zh: '新接手客户的第一通电话', en: 'First call after a handover' },
    body: {
      zh: '您好，我是新接手为{name}服务的客户经理。不是推荐产品，只是想认识一下，顺便确认一下联系方式是否还准确。',
      en: 'Hello {name}, I am the relationship manager who has just taken over your account. Not a sales call: I would simply like to introduce myself and check your contact details are still right.',
    },
  },
  {
    id: 'rhythm-dormant',
    tags: { technique: 'contactRhythm', bands: ['low'], rungs: [1, 3] },
    title: { zh: '唤醒睡眠客户', en: 'Waking a dormant account' },
    body: {
      zh: '您好，这里是银行网点。您的账户有一段时间没有使用了，想提醒您核对一下预留信息，避免以后办业务不方便。',
      en: 'Hello, this is your bank branch. Your account has not been used for a while, so we wanted to remind you to check the details on file and avoid trouble the next time you need it.',
    },
  },
  {
    id: 'rhythm-event-lead',
    tags: { technique: 'contactRhythm', bands: ['low'], sentiments: ['neutral', 'positive'] },
    title: { zh: '活动中认识的新客户', en: 'A contact met at an event' },
    body: {
      zh: '{name}您好，上周活动上我们聊过几句，您当时问到的那个问题，我整理了一份简单的说明，方便的话发给您看看？',
      en: 'Hello {name}, we spoke briefly at last week\u2019s event. I have written a short note on the question you asked; may I send it to you?',
    },
  },
  {
    id: 'rhythm-quarterly-review',
    tags: { technique: 'contactRhythm', bands: ['high'], rungs: [6, 12] },
    title: { zh: '季度资产检视', en: 'Quarterly review' },
    body: {
      zh: '又到季度末了，照例帮{name}把账户整体看一遍：哪些到期、哪些表现偏离预期、有没有需要调整的。约个时间还是电话里说？',
      en: 'Quarter-end again, so as usual I would like to go over your accounts, {name}: what is maturing, what strays from expectations, what may need adjusting. Shall we meet, or talk on the phone?',
    },
  },
  {
    id: 'trust-holiday-call',
    tags: { technique: 'trust', rungs: [3, 4] },
    title: { zh: '节日问候电话', en: 'Holiday greeting call' },
    body: {
      zh: '{name}您好，快过节了，给您打个电话问声好，祝您和家人节日愉快。最近一切都顺利吧？',
      en: 'Hello {name}, with the holiday coming up I just wanted to call and wish you and your family a happy holiday. Is everything going well?',
    },
  },
  {
    id: 'trust-family-occasion',
    tags: { technique: 'trust', bands: ['mid', 'high'], rungs: [5, 6] },
    title: { zh: '记得家人的纪念日', en: 'Remembering a family occasion' },
    body: {
      zh: '记得您说过孩子这个月考钢琴级，结果怎么样？替您高兴，也祝孩子越弹越好。',
      en: 'I remember you said your child had a piano exam this month. How did it go? I am glad for you, and best wishes for the playing.',
    },
  },
  {
    id: 'trust-salon-invite',
    tags: { technique: 'trust', bands: ['mid', 'high'], rungs: [6, 7] },
    title: { zh: '邀请参加沙龙', en: 'Invitation to a salon' },
    body: {
      zh: '我们下周六办一场关于家庭资产规划的小型沙龙，人不多，主讲是我们的资深顾问。想到{name}之前关心这个话题，特意留了位置。',
      en: 'Next Saturday we are holding a small salon on family financial planning, led by one of our senior advisers. I remembered your interest, {name}, and kept a seat for you.',
    },
  },
  {
    id: 'trust-product-report',
    tags: { technique: 'trust', bands: ['high'], rungs: [8, 9] },
    title: { zh: '主动汇报持仓表现', en: 'Reporting on what they bought' },
    body: {
      zh: '给{name}汇报一下：您上次买的产品，到目前为止表现是……和当初预期相比……后面我会继续盯着，有变化第一时间告诉您。',
      en: 'A quick update, {name}: the product you bought last time has so far… compared with what we expected… I will keep watching it and tell you at once if anything changes.',
    },
  },
  {
    id: 'trust-small-goal',
    tags: { technique: 'trust', bands: ['high'], rungs: [9, 10] },
    title: { zh: '阶段性小目标', en: 'A staged small goal' },
    body: {
      zh: '您年初定的那个小目标，现在已经完成了大约七成。我们看看剩下的部分怎么安排，年底前把它达成。',
      en: 'The small goal you set at the start of the year is about seventy per cent done. Let us plan the rest so it is reached before year-end.',
    },
  },
  {
    id: 'trust-referral',
    tags: { technique: 'trust', sentiments: ['positive'], bands: ['high'], rungs: [11, 12] },
    title: { zh: '请客户推荐朋友', en: 'Asking for an introduction' },
    body: {
      zh: '这几年承蒙{name}信任。您身边如果有朋友也在为孩子教育或者养老规划发愁，欢迎介绍给我，我一定像对您一样用心。',
      en: 'Thank you for your trust these past years, {name}. If friends of yours are working out their children\u2019s education or their retirement, I would be glad to help them with the same care.',
    },
  },
  {
    id: 'trust-memory-point',
    tags: { technique: 'trust', rungs: [4, 12] },
    title: { zh: '自然提起记忆点', en: 'Recalling a memory point' },
    body: {
      zh: '上次您说喜欢喝普洱，朋友刚好带了一些过来，下次您来网点我们边喝边聊。',
      en: 'Last time you mentioned you like pu-erh tea. A friend just brought me some; next time you come to the branch we can talk over a cup.',
    },
  },
] satisfies BuiltinScript[];
