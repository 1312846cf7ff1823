/**
 * Pack: contact rhythm and climbing the trust ladder (METHOD §4, §5). A new client: a call within the hour,
 * a visit within three days, a first month planned; a stable client: the quarterly review.
 */
import type { BuiltinScript } from '../types';

export default [
  {
    id: 'rhythm-new-first-hour',
    outbound: true,
    tags: { technique: 'contactRhythm', bands: ['low'], rungs: [1, 3] },
    title: { zh: '开户一小时内的电话', en: 'The call within an hour of opening' },
    body: {
      zh: '{name}您好，我是{branch}的客户经理{rm}。看到您今天在我们这里开了户，先说声欢迎。以后账户上有任何问题，打网点的电话找我，或者直接来网点都可以。',
      en: 'Hello {name}, this is {rm}, your relationship manager at {branch}. I saw you opened an account with us today, so first of all, welcome. For anything about your account, call the branch and ask for me, or simply come in.',
    },
  },
  {
    id: 'rhythm-new-three-day-visit',
    outbound: true,
    tags: { technique: 'contactRhythm', bands: ['low'], rungs: [1, 3] },
    title: { zh: '开户三天内约到访', en: 'A visit within three days of opening' },
    body: {
      zh: '{name}您好，我是{branch}的客户经理{rm}。您前几天在我们这里开了户，这几天用得还顺手吗？这周哪天方便到网点坐一坐？我把手机银行的常用功能，和存款、理财几类产品的区别给您讲一讲，十来分钟就够。',
      en: 'Hello {name}, this is {rm}, your relationship manager at {branch}. You opened an account with us a few days ago; is everything working well so far? Which day this week would suit you to drop by the branch? I would show you the mobile-banking features people use most and how our deposit and wealth products differ; ten minutes or so.',
    },
  },
  {
    id: 'rhythm-new-first-month',
    tags: { technique: 'contactRhythm', bands: ['low'], rungs: [1, 4] },
    title: { zh: '新客户的第一个月', en: 'A new client\u2019s first month' },
    body: {
      zh: '这个月我想按您的情况安排几次联系：第一周把账户和手机银行都设置好；第二、三周，根据您说的用钱安排，给您看一两种合适的存款或理财方式；月底再给您打个电话，问问还有什么需要。这样的节奏您觉得可以吗？嫌多的话随时告诉我。',
      en: 'This month I would like to keep in touch in a way that fits you: in the first week we get the account and mobile banking set up; in weeks two and three, based on how you expect to use the money, I show you one or two suitable deposit or wealth options; at month-end I call to ask what else you need. Does that pace suit you? Tell me any time if it is too much.',
    },
  },
  {
    id: 'rhythm-handover',
    outbound: true,
    tags: { technique: 'contactRhythm', bands: ['low'], rungs: [1, 2] },
    title: { zh: '新接手客户的第一通电话', en: 'First call after a handover' },
    body: {
      zh: '{name}您好，我是{branch}的客户经理{rm}，从这个月起由我为您服务。今天不推荐产品，只是想和您认识一下。以后有什么事，打网点的电话找我就行。',
      en: 'Hello {name}, this is {rm}, a relationship manager at {branch}; from this month I look after your account. Not a sales call: I simply wanted to introduce myself. For anything you need, call the branch and ask for me.',
    },
  },
  {
    id: 'rhythm-dormant',
    outbound: true,
    tags: { technique: 'contactRhythm', bands: ['low'], rungs: [1, 3] },
    title: { zh: '唤醒睡眠客户', en: 'Waking a dormant account' },
    body: {
      zh: '{name}您好，我是{branch}的客户经理{rm}。您在我们网点的账户有一段时间没有往来了，打个电话问候一下，今天不需要办理任何业务。提醒一句：银行不会通过电话或短信让您点链接、转账，或者提供密码和验证码。如果要更新资料，请带上身份证到网点柜台办理；想核实我的身份，也可以打网点的公开电话。',
      en: 'Hello {name}, this is {rm}, a relationship manager at {branch}. Your account with us has been quiet for a while, so I am calling just to say hello; nothing needs doing today. One reminder: the bank never asks you by phone or text to open a link, move money, or give a password or code. To update your details, bring your ID to the branch counter; to check who I am, call the branch on its public number.',
    },
  },
  {
    id: 'rhythm-event-lead',
    outbound: true,
    tags: { technique: 'contactRhythm', bands: ['low'], sentiments: ['neutral', 'positive'] },
    title: { zh: '活动中认识的新客户', en: 'A contact met at an event' },
    body: {
      zh: '{name}您好，我是{branch}的客户经理{rm}，上次活动上我们聊过几句。您当时问到的那个问题，我整理了一份简单的说明。下次您来网点时我当面给您讲，还是您看怎么方便？',
      en: 'Hello {name}, this is {rm} from {branch}; we spoke briefly at the event. I have prepared a short explanation of the question you asked. Shall I go through it with you next time you are at the branch, or what would suit you?',
    },
  },
  {
    id: 'rhythm-quarterly-review',
    outbound: true,
    tags: { technique: 'contactRhythm', bands: ['high'], rungs: [6, 12] },
    title: { zh: '季度资产检视', en: 'Quarterly review' },
    body: {
      zh: '{name}您好，我是{branch}的{rm}。又到季度末了，照例帮您把账户整体看一遍：哪些快到期、哪些和当初的预期有出入、有没有需要调整的。您看是约个时间来网点，还是在电话里简单说？',
      en: 'Hello {name}, this is {rm} from {branch}. Quarter-end again, so as usual I would like to go over your accounts with you: what is maturing, what differs from what we expected, what may need adjusting. Shall we meet at the branch, or talk it through briefly on the phone?',
    },
  },
  {
    id: 'trust-holiday-call',
    outbound: true,
    tags: { technique: 'trust', rungs: [3, 4] },
    title: { zh: '节日问候电话', en: 'Holiday greeting call' },
    body: {
      zh: '{name}您好，我是{branch}的{rm}。快过节了，给您打个电话问声好，祝您和家人节日愉快。最近一切都顺利吧？',
      en: 'Hello {name}, this is {rm} from {branch}. With the holiday coming up I just wanted to call and wish you and your family a happy holiday. Is everything going well?',
    },
  },
  {
    id: 'trust-family-occasion',
    tags: { technique: 'trust', bands: ['mid', 'high'], rungs: [5, 6] },
    title: { zh: '问起家人看重的日子', en: 'Asking about the family\u2019s own days' },
    body: {
      zh: '您家里有没有特别看重的日子，比如孩子的生日、结婚纪念日？我想记下来，到时候给您和家人送上一份祝福。',
      en: 'Are there days your family holds dear, a child\u2019s birthday, a wedding anniversary? I would like to note them, so I can send you and your family my good wishes when they come.',
    },
  },
  {
    id: 'trust-salon-invite',
    tags: { technique: 'trust', bands: ['mid', 'high'], rungs: [6, 7] },
    title: { zh: '邀请参加沙龙', en: 'Invitation to a salon' },
    body: {
      zh: '网点近期会办一场关于家庭资产规划的小型沙龙，人不多，由我们的资深顾问主讲。想到{name}可能会关心这个话题，先问问您有没有兴趣？时间定了我第一时间告诉您。',
      en: 'The branch is planning a small salon on family financial planning, led by one of our senior advisers. I thought it might interest you, {name}: would you like to come? I will tell you the date as soon as it is set.',
    },
  },
  {
    id: 'trust-product-report',
    tags: { technique: 'trust', bands: ['high'], rungs: [8, 9] },
    title: { zh: '主动汇报持仓表现', en: 'Reporting on what they bought' },
    body: {
      zh: '给{name}汇报一下您上次买的产品：我把买入以来的表现和当初的预期整理在了一张表里。您看是下次来网点时我当面讲，还是先在电话里说个大概？后面我会继续跟踪，有变化第一时间告诉您。',
      en: 'A quick word on the product you bought last time, {name}: I have put how it has done since you bought it next to what we expected, in one table. Shall I go through it next time you are at the branch, or give you the outline on the phone now? I will keep following it and tell you at once if anything changes.',
    },
  },
  {
    id: 'trust-small-goal',
    tags: { technique: 'trust', bands: ['high'], rungs: [9, 10] },
    title: { zh: '阶段性小目标', en: 'A staged small goal' },
    body: {
      zh: '您之前定的那个阶段目标，我把目前完成的情况整理了一下。我们约个时间一起看看：剩下的部分怎么安排，什么时候能达成。',
      en: 'I have worked out how far along the staged goal you set is. Let us find a time to look at it together: how to plan the rest, and when it can be reached.',
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
      zh: '记得上次您聊到{memory}，我一直记着。最近怎么样？',
      en: 'I remember from last time: {memory}. How have things been since?',
    },
  },
] satisfies BuiltinScript[];
