/** Pack: resistant clients. Never ask "why" in the moment; measure the openness instead (METHOD §3b). */
import type { ProductCategory } from '../../client/record';
import type { BuiltinScript } from '../types';

/** What each category is called in the question; 'other' has no name a client would recognise. */
const SCALE_CATEGORIES: readonly [Exclude<ProductCategory, 'other'>, string, string][] = [
  ['insurance', '保险', 'insurance'],
  ['funds', '基金', 'funds'],
  ['wealth', '银行理财', 'bank wealth-management products'],
  ['deposits', '定期存款', 'term deposits'],
];

/**
 * The scale question (METHOD §3b), one per product category: instead of asking "why" about the refusal, ask
 * how open the client would be if only that kind of product existed. Any resistance, whatever it is about.
 */
function scaleQuestions(): BuiltinScript[] {
  return SCALE_CATEGORIES.map(([category, zh, en]) => ({
    id: `res-scale-${category}`,
    tags: { technique: 'scale', sentiments: ['resistant'], properties: ['liquidity', 'return', 'safety'], products: [category] },
    title: { zh: `刻度提问：${zh}`, en: `Scale question: ${en}` },
    body: {
      zh: `不聊具体产品，只想请教{name}一个小问题：假如能选的只有${zh}这一类，从 0 到 10 分，您愿意考虑的程度大概是几分？`,
      en: `No product talk, just one small question, {name}: if ${en} were the only kind of asset on offer, how open would you be to that, from 0 to 10?`,
    },
  }));
}

export default [
  ...scaleQuestions(),
  {
    id: 'res-scale-follow',
    tags: { technique: 'scale', sentiments: ['resistant'] },
    title: { zh: '刻度提问后的追问', en: 'After the scale answer' },
    body: {
      zh: '您给的分数不是 0，那这几分是从哪里来的？什么样的情况会让它再高一点点？',
      en: 'Your answer was not zero. Where do those points come from? What would have to be true for the number to move up a little?',
    },
  },
  {
    id: 'res-zero-door-open',
    tags: { technique: 'scale', sentiments: ['resistant'] },
    title: { zh: '零分也留一扇门', en: 'A zero still leaves a door open' },
    body: {
      zh: '明白，{name}现在完全不考虑，这很正常。我不推荐任何东西，只是以后市场有大变化时给您发个简短提醒，可以吗？',
      en: 'Understood, {name}, it is a firm no for now, and that is fine. I will not pitch anything; may I just send you a short note when something big changes in the markets?',
    },
  },
  {
    id: 'res-safety-blowup',
    tags: { technique: 'sandwich', sentiments: ['resistant'], properties: ['safety'], products: ['funds', 'wealth'] },
    title: { zh: '经历过暴雷的客户', en: 'A client burned by a product default' },
    body: {
      zh: '那次的事换作谁都会心有余悸。今天不谈产品，我只想把您现在每笔资产的风险等级列一张清单，哪些波动大、哪些波动小，您心里有数就好。',
      en: 'Anyone would be wary after that. No products today: I would just like to list the risk level of each thing you hold, which ones move a lot and which barely move, so you have the full picture.',
    },
  },
  {
    id: 'res-safety-volatility',
    tags: { technique: 'objectionRoot', sentiments: ['resistant'], properties: ['safety'] },
    title: { zh: '把“安全”说具体', en: 'Make "safe" concrete' },
    body: {
      zh: '{name}说的“稳妥”，如果换成数字，一年里最多能接受账面暂时少多少？1%、3% 还是 5%？这样我才不会给您看不合适的东西。',
      en: 'When you say "safe", {name}, what does that mean in numbers: how much of a temporary dip in a year could you sit through, 1 %, 3 % or 5 %? That keeps me from showing you anything unsuitable.',
    },
  },
  {
    id: 'res-insurance-bad-experience',
    tags: {
      technique: 'objectionRoot',
      sentiments: ['resistant'],
      properties: ['safety', 'return'],
      products: ['insurance'],
      bands: ['mid', 'high'],
    },
    title: { zh: '“保险都是骗人的”', en: '"Insurance is a scam"' },
    body: {
      zh: '不少客户跟您有过一样的感受，多半是当初没人把条款讲清楚。您愿意的话，把以前那份保单拿来，我陪您逐条看一遍，看完买不买都没关系。',
      en: 'Many clients feel the same, usually because nobody explained the terms properly at the time. If you like, bring the old policy and we go through it line by line together; whether you ever buy anything is a separate matter.',
    },
  },
  {
    id: 'res-liquidity-cash',
    tags: { technique: 'spin', spin: 'situation', sentiments: ['resistant'], properties: ['liquidity'] },
    title: { zh: '“钱随时要用”', en: '"I may need the money any day"' },
    body: {
      zh: '随时能用确实最重要。方便说说接下来一年里大概有哪几笔用钱的安排吗？我们先把这部分留足，剩下的再看要不要动。',
      en: 'Having cash at hand matters most, agreed. Could you sketch the spending you expect over the next year? We set that aside in full first, and only then see whether anything else should work harder.',
    },
  },
  {
    id: 'res-liquidity-short-term',
    tags: { technique: 'comparison', sentiments: ['resistant'], properties: ['liquidity'], products: ['deposits', 'wealth'] },
    title: { zh: '“只做短期”', en: '"Short-term only"' },
    body: {
      zh: '只做短期没问题。我们可以把资金分成三份：随时取的、三个月到期的、一年到期的，这样既不影响用钱，收益也不会全部停在最低一档。',
      en: 'Short-term only is fine. We can split the money three ways: on call, due in three months, due in a year. You never lack cash, and not all of it sits at the lowest rate.',
    },
  },
  {
    id: 'res-return-risk-adjusted',
    tags: { technique: 'comparison', sentiments: ['resistant'], properties: ['return'], products: ['funds', 'wealth'] },
    title: { zh: '收益要和波动一起看', en: 'Return next to its swings' },
    body: {
      zh: '{name}觉得收益太低，我理解。我们不妨把两个产品的年化收益和最大回撤并排放在一起：收益高一点但中途跌得深，和收益略低但走得平稳，您更愿意拿哪一个？',
      en: 'The return looks too low to you, {name}, I understand. Let us put two products side by side, yearly return next to worst drop: a bit more return with deep dips, or a little less with a smooth ride. Which would you rather hold?',
    },
  },
  {
    id: 'res-return-high-only',
    tags: { technique: 'objectionRoot', sentiments: ['resistant'], properties: ['return'], bands: ['mid', 'high'] },
    title: { zh: '“收益低的不看”', en: '"Nothing with a low return"' },
    body: {
      zh: '想要更高收益很合理。想请教一下，您心里的目标数字是多少？是为了某个具体的用途，还是想跑赢通胀？目标清楚了，我们再看需要承担多大的波动。',
      en: 'Wanting more return is reasonable. What figure do you have in mind, and is it for something specific or to stay ahead of inflation? Once the goal is clear we can look at how much swing it would take.',
    },
  },
] satisfies BuiltinScript[];
