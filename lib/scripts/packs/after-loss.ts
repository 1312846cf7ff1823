/** Pack: clients sitting on losses or shaken by the market. The sandwich: empathy, facts, plan (METHOD §5). */
import type { BuiltinScript } from '../types';

export default [
  {
    id: 'loss-sandwich',
    tags: { technique: 'sandwich', sentiments: ['resistant', 'neutral'], bands: ['mid'], products: ['funds', 'wealth'] },
    title: { zh: '三明治：共情 · 事实 · 方案', en: 'Sandwich: empathy · facts · plan' },
    body: {
      zh: '看到账户浮亏，心里不舒服是肯定的，换作是我也一样，这段时间我也一直在关注。我把这只产品从您买入到现在的变化，和同期市场的整体走势，整理在了一张表里，我们先一起看看实际情况。接下来有两种做法：一是按原计划继续持有，我每个月给您汇报一次；二是分几次调整，把一部分换到波动更小的产品。您更倾向哪一种，还是有自己的想法？',
      en: 'Seeing a paper loss is unsettling; I would feel the same, and I have been following it too. I have put in one table how this product has moved since you bought it and how the market as a whole did over the same time; let us first look at the facts together. From here there are two ways forward: keep to the plan, with a report from me every month, or adjust in a few steps, moving part of it into something that swings less. Which do you lean towards, or do you have another idea?',
    },
  },
  {
    id: 'loss-market-drop',
    outbound: true,
    tags: { technique: 'sandwich', bands: ['mid', 'high'], rungs: [3, 12] },
    title: { zh: '大跌后的主动问候', en: 'A call after a market drop' },
    body: {
      zh: '{name}您好，我是{branch}的{rm}。这两天市场跌得比较多，特意给您打个电话。您持有的产品我都看过了，想和您一起过一遍：哪些受影响大，哪些基本没动，当初配置时又留了哪些余地。您看是今天在电话里简单说，还是约个时间当面聊？今天不需要做任何决定。',
      en: 'Hello {name}, this is {rm} from {branch}. Markets fell sharply these past days, so I wanted to call you. I have looked at everything you hold and would like to go through it with you: what was hit hard, what barely moved, and what room we left when we set it up. Shall we talk it through briefly on the phone now, or meet? Nothing needs deciding today.',
    },
  },
  {
    id: 'loss-avoided-client',
    outbound: true,
    tags: { technique: 'trust', bands: ['mid'], rungs: [1, 4] },
    title: { zh: '重新联系一直回避的亏损客户', en: 'Reaching out after avoiding a loss' },
    body: {
      zh: '{name}您好，我是{branch}的{rm}。这段时间和您联系得少了，是我做得不够。那只产品的表现确实不理想，今天打电话不为别的，就是想把现在的情况和您说清楚，也听听您的想法。',
      en: 'Hello {name}, this is {rm} from {branch}. I have not been in touch enough lately, and that is on me. That product has not done well; I am calling only to explain clearly where it stands now and to hear what you think.',
    },
  },
  {
    id: 'loss-anxious-hold-or-sell',
    tags: { technique: 'sandwich', sentiments: ['resistant', 'neutral'], products: ['funds'] },
    title: { zh: '“要不要割肉？”', en: '"Should I cut my losses?"' },
    body: {
      zh: '您担心继续跌，这很正常。先不急着做决定：这笔钱您最早什么时候要用？如果一两年内用不到，我们可以按原计划再看；如果很快要用，我们一起定一个分批调整的方案。',
      en: 'Worrying it will fall further is natural. No rush to decide: when is the earliest you will need this money? If not for a year or two, we can stay with the plan; if soon, let us agree a step-by-step adjustment together.',
    },
  },
  {
    id: 'loss-review-lessons',
    tags: { technique: 'trust', sentiments: ['neutral', 'positive'], bands: ['mid', 'high'], rungs: [6, 12] },
    title: { zh: '一起复盘，而不是甩锅', en: 'Review it together, no blame' },
    body: {
      zh: '我们一起回头看看当初买的理由，哪些判断对了、哪些没想到。下一次配置时，把这次的经验用上。',
      en: 'Let us look back together at why we bought it, which calls were right and what we did not foresee, and use the lesson in your next allocation.',
    },
  },
] satisfies BuiltinScript[];
