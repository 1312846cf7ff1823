/** Pack: clients sitting on losses or shaken by the market. The sandwich: empathy, facts, plan (METHOD §5). */
import type { BuiltinScript } from '../types';

export default [
  {
    id: 'loss-sandwich',
    tags: { technique: 'sandwich', sentiments: ['resistant', 'neutral'], bands: ['mid'], products: ['funds', 'wealth'] },
    title: { zh: '三明治：共情 · 事实 · 方案', en: 'Sandwich: empathy · facts · plan' },
    body: {
      zh: '看到账户浮亏，心里不舒服是肯定的，我也一直在关注。目前的情况是……（事实）。接下来我建议分两步走……（方案），您看这样可以吗？',
      en: 'Seeing a paper loss is unsettling, and I have been watching it too. Here is where things stand… (facts). From here I suggest two steps… (plan). How does that sound?',
    },
  },
  {
    id: 'loss-market-drop',
    tags: { technique: 'sandwich', bands: ['mid', 'high'], rungs: [3, 12] },
    title: { zh: '大跌后的主动问候', en: 'A call after a market drop' },
    body: {
      zh: '这两天市场跌得比较多，特意打个电话给{name}。您持有的那部分我看过了，整体情况是……需要的话我们约个时间当面过一遍。',
      en: 'Markets fell sharply these past days, so I wanted to call you, {name}. I have looked at what you hold; overall… If useful, we can meet and go through it together.',
    },
  },
  {
    id: 'loss-avoided-client',
    tags: { technique: 'trust', bands: ['mid'], rungs: [1, 4] },
    title: { zh: '重新联系一直回避的亏损客户', en: 'Reaching out after avoiding a loss' },
    body: {
      zh: '{name}，这段时间联系得少了，是我做得不够。那只产品的表现确实不理想，今天打电话不为别的，就是想把现在的情况和您说清楚。',
      en: 'Hello {name}, I have not been in touch enough lately, and that is on me. That product has not done well; I am calling only to explain clearly where it stands now.',
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
