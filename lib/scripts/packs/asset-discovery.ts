/** Pack: discovering assets and income indirectly — the balance on screen is often a third of the real picture (METHOD §5). */
import type { BuiltinScript } from '../types';

export default [
  {
    id: 'disc-total-assets',
    tags: { technique: 'assetDiscovery', bands: ['mid', 'high'], rungs: [3, 12] },
    title: { zh: '看整体资产，不只看本行', en: 'The whole picture, not just our bank' },
    body: {
      zh: '为了给{name}的建议更准确，方便的话也说说在其他机构的大致配置吗？不用具体数字，只要大概的比例，我们一起看看整体是不是均衡。',
      en: 'To make my suggestions more accurate, {name}, could you roughly describe what you hold elsewhere? No exact figures, just proportions, so we can see whether the whole is balanced.',
    },
  },
  {
    id: 'disc-other-bank-service',
    tags: { technique: 'assetDiscovery', sentiments: ['neutral', 'positive'], bands: ['mid', 'high'] },
    title: { zh: '别家哪里做得好', en: 'What other banks do well' },
    body: {
      zh: '您在别的银行也有往来，他们哪些服务让您觉得特别好用？我想学一学，看看我们这边能不能做得更好。',
      en: 'You also bank elsewhere. Which of their services do you find especially good? I would like to learn from it and see what we could do better.',
    },
  },
  {
    id: 'disc-child-education',
    tags: { technique: 'assetDiscovery', bands: ['mid', 'high'], products: ['insurance', 'funds'] },
    title: { zh: '从孩子的教育说起', en: 'Starting from a child\u2019s education' },
    body: {
      zh: '如果孩子以后有出国读书的打算，按现在的费用大概要准备多少？离出发还有几年？我们可以倒推一下每年需要存多少。',
      en: 'If your child may study abroad one day: at today\u2019s costs, roughly how much would that take, and how many years away is it? We can work back to what to set aside each year.',
    },
  },
  {
    id: 'disc-loan-income',
    tags: { technique: 'assetDiscovery', bands: ['mid', 'high'] },
    title: { zh: '贷款背后的收支', en: 'What a loan tells about income' },
    body: {
      zh: '您这次申请的贷款，月供安排下来，每个月的收入和支出大概是怎样的？按这样的收支，其实每月还能拿出一部分做长期规划。',
      en: 'With the repayments on this loan, what do your monthly income and spending look like? With figures like that, part of each month could go into a long-term plan.',
    },
  },
  {
    id: 'disc-payroll-regular',
    tags: { technique: 'assetDiscovery', sentiments: ['neutral', 'positive'], products: ['funds', 'insurance'] },
    title: { zh: '代发工资客户：定投', en: 'Payroll client: a regular plan' },
    body: {
      zh: '您的工资每月都进这张卡，可以考虑发薪后自动转一小部分做定投，金额随时能调，也能暂停，不影响日常开销。',
      en: 'Your salary lands on this card every month. You could have a small part moved into a regular investment plan after each payday; the amount can be changed or paused at any time, and daily spending is untouched.',
    },
  },
  {
    id: 'disc-business-owner',
    tags: { technique: 'assetDiscovery', bands: ['mid', 'high'], rungs: [4, 12] },
    title: { zh: '经营者：家庭与企业分开', en: 'Business owners: family and firm apart' },
    body: {
      zh: '您生意上的资金进出比较多，家里的钱有没有单独划出来一部分？把家庭资产和经营资金分开，遇到波动时心里会更踏实。',
      en: 'A lot of money moves through your business. Has part of the family\u2019s money been set apart from it? Keeping household assets separate from business funds makes rough patches easier to face.',
    },
  },
  {
    id: 'disc-maturity',
    tags: { technique: 'assetDiscovery', products: ['deposits', 'wealth'] },
    title: { zh: '到期资金的去向', en: 'Where maturing money goes' },
    body: {
      zh: '您有一笔产品快到期了，这笔钱到期后有用途了吗？如果暂时不用，我提前帮您准备几种续作的选择。',
      en: 'One of your products matures soon. Is that money earmarked for anything? If not, I can prepare a few options for it in advance.',
    },
  },
] satisfies BuiltinScript[];
