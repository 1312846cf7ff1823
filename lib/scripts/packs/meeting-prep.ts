/** Pack: preparing and confirming meetings (METHOD §2). */
import type { BuiltinScript } from '../types';

export default [
  {
    id: 'meet-invite',
    outbound: true,
    tags: { technique: 'meetingPrep', sentiments: ['neutral', 'positive'], rungs: [3, 12] },
    title: { zh: '电话邀约面谈', en: 'Inviting a meeting by phone' },
    body: {
      zh: '{name}您好，我是{branch}的客户经理{rm}。想约您抽半小时来网点坐坐，把您的整体配置一起看一遍。周二下午或周四上午，哪个时间方便？',
      en: 'Hello {name}, this is {rm}, a relationship manager at {branch}. I would like to invite you for half an hour at the branch to go over your whole allocation together. Would Tuesday afternoon or Thursday morning suit you better?',
    },
  },
  {
    id: 'meet-confirm',
    outbound: true,
    tags: { technique: 'meetingPrep' },
    title: { zh: '面谈前一天确认', en: 'Confirming the day before' },
    body: {
      zh: '{name}您好，我是{branch}的{rm}，提醒一下明天我们约在网点见面。请带上身份证和银行卡；在其他机构的大致配置，方便的话也可以带来，我们当面一起看，看得更全面。',
      en: 'Hello {name}, this is {rm} from {branch}, with a reminder that we meet at the branch tomorrow. Please bring your ID card and bank card; if convenient, bring an outline of what you hold elsewhere too, and we will look at the full picture together in person.',
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
  {
    id: 'meet-opening',
    tags: { technique: 'meetingPrep' },
    title: { zh: '面谈开场：问候与介绍', en: 'Opening a meeting: greeting and introduction' },
    body: {
      zh: '{name}您好，欢迎！我是{branch}的客户经理{rm}，谢谢您今天抽时间过来。先喝杯茶，我简单说一下今天的安排；您有任何想法，随时打断我。',
      en: 'Hello {name}, welcome! I am {rm}, a relationship manager at {branch}; thank you for making the time today. Have some tea first, and I will briefly explain what I have planned; do stop me at any point.',
    },
  },
  {
    id: 'meet-closing',
    tags: { technique: 'meetingPrep' },
    title: { zh: '面谈收尾：提醒、下次联系、道别', en: 'Closing a meeting: reminders, next contact, goodbye' },
    body: {
      zh: '今天就先聊到这里，谢谢您。提醒您几点：今天办理的业务，短信通知请以银行官方号码发来的为准；产品确认之后我会给您打电话告知；有任何疑问，随时来网点找我。下次我们大概什么时候再联系比较方便？路上慢走。',
      en: 'Let us stop here for today; thank you. A few reminders: any text message about today’s business comes only from the bank’s official number; once the product is confirmed I will call to let you know; and for any question, come to the branch and ask for me. When would suit you for our next contact? Have a safe trip home.',
    },
  },
] satisfies BuiltinScript[];
