/** Pack: neutral clients, open to learning. SPIN questions and simple portfolio ideas (METHOD §3b, §5). */
import type { BuiltinScript } from '../types';

export default [
  {
    id: 'neu-spin-situation',
    tags: { technique: 'spin', spin: 'situation', sentiments: ['neutral', 'positive'] },
    title: { zh: 'SPIN · 现状', en: 'SPIN · Situation' },
    body: {
      zh: '想先了解一下{name}现在的安排：闲钱主要放在哪几类地方？大概多久会看一次？',
      en: 'First I would like to understand your set-up, {name}: where does your spare money mostly sit today, and how often do you look at it?',
    },
  },
  {
    id: 'neu-spin-problem',
    tags: { technique: 'spin', spin: 'problem', sentiments: ['neutral'] },
    title: { zh: 'SPIN · 问题', en: 'SPIN · Problem' },
    body: {
      zh: '这样安排下来，有没有哪一点让您不太满意？比如收益、取用的方便程度，或者打理起来太费心？',
      en: 'With things arranged that way, is there anything you are not quite happy with: the return, how easily you can get at the money, or the effort it takes to manage?',
    },
  },
  {
    id: 'neu-spin-implication',
    tags: { technique: 'spin', spin: 'implication', sentiments: ['neutral'] },
    title: { zh: 'SPIN · 影响', en: 'SPIN · Implication' },
    body: {
      zh: '如果这笔钱未来三五年一直这样放着，按现在的利率和物价算，对您的养老或孩子的计划会有什么影响？',
      en: 'If this money stays as it is for the next three to five years, at today\u2019s rates and prices, what would that mean for your retirement or your children\u2019s plans?',
    },
  },
  {
    id: 'neu-spin-need-payoff',
    tags: { technique: 'spin', spin: 'needPayoff', sentiments: ['neutral', 'positive'] },
    title: { zh: 'SPIN · 需求回报', en: 'SPIN · Need-payoff' },
    body: {
      zh: '如果有一种安排，既给您留足随时要用的钱，剩下的部分又能按计划慢慢增长，这对您来说有帮助吗？',
      en: 'If there were an arrangement that kept enough cash at hand and let the rest grow steadily to a plan, would that be useful to you?',
    },
  },
  {
    id: 'neu-medium-term',
    tags: { technique: 'comparison', sentiments: ['neutral'], products: ['funds', 'wealth', 'insurance'] },
    title: { zh: '“中期不用，但别太久”', en: '"Not needed soon, but not for ages"' },
    body: {
      zh: '您说这笔钱中期用不上、又不想锁太久，那三到五年期限的产品可能比较合适。我准备两三种不同类型的给您对比，您看哪种思路更顺眼。',
      en: 'You said the money is not needed soon but should not be tied up for ages, so a three-to-five-year product may suit. I will prepare two or three different types to compare, and you see which approach feels right.',
    },
  },
  {
    id: 'neu-ex-stock-trader',
    tags: { technique: 'spin', spin: 'situation', sentiments: ['neutral'], products: ['funds'] },
    title: { zh: '“以前炒过股，你讲讲”', en: '"I used to trade stocks, tell me"' },
    body: {
      zh: '您有炒股的经验，那对涨跌的感受比一般人清楚。以前做股票时，最让您满意和最让您头疼的分别是什么？我按这个给您讲讲基金组合的思路。',
      en: 'With your stock-trading past you know how ups and downs feel better than most. What did you like most about trading, and what bothered you most? I will explain fund portfolios from there.',
    },
  },
  {
    id: 'neu-liquidity-reserve',
    tags: { technique: 'comparison', sentiments: ['neutral'], bands: ['low', 'mid'] },
    title: { zh: '先留备用金', en: 'A cash reserve first' },
    body: {
      zh: '在谈任何产品之前，建议先留出三到六个月的生活开销作为备用金，放在随时能取的地方。剩下的闲钱，我们再一起规划。',
      en: 'Before any product, I suggest setting aside three to six months of living costs where you can reach them at any time. Then we plan the rest of the spare money together.',
    },
  },
  {
    id: 'neu-portfolio-intro',
    tags: { technique: 'comparison', sentiments: ['neutral'], bands: ['mid', 'high'] },
    title: { zh: '用“篮子”讲组合', en: 'Portfolios as baskets' },
    body: {
      zh: '可以把钱想成三个篮子：要用的钱、求稳的钱、求增长的钱。{name}觉得目前这三个篮子各放了多少比较舒服？',
      en: 'Think of your money as three baskets: money to spend, money to keep steady, money to grow. How would you like to split it between the three today, {name}?',
    },
  },
  {
    id: 'neu-small-loss-ok',
    tags: { technique: 'spin', spin: 'needPayoff', sentiments: ['neutral'], products: ['wealth', 'funds'] },
    title: { zh: '“亏一点点也能接受”', en: '"A small loss is fine"' },
    body: {
      zh: '您说亏一点点也能接受，那有一类产品可以了解一下：结构性产品或者混合类产品，大部分资金放在波动小的部分，小部分去争取更高的收益，收益和风险都在两者之间。先确认一下：您说的“一点点”，大概是本金的百分之几？这笔钱多久之内不会用到？',
      en: 'You said a small loss would be fine, so there is a kind of product worth a look: structured or mixed products, with most of the money in a part that barely moves and a small part reaching for more, so both the return and the risk sit in between. First, two questions: what share of the money is "a small loss" for you, and for how long will you not need it?',
    },
  },
] satisfies BuiltinScript[];
