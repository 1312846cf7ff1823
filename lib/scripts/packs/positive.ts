/** Pack: positive clients. Often experienced and comparing: stay objective and let them decide (METHOD §3b, §5). */
import type { BuiltinScript } from '../types';

export default [
  {
    id: 'pos-objective-compare',
    tags: { technique: 'comparison', sentiments: ['positive'] },
    title: { zh: '客观对比，不贬低同业', en: 'Compare fairly, never run others down' },
    body: {
      zh: '您可能也在看别家的方案，这很正常。我把几家同类产品的期限、费用和历史波动列成一张表，您自己比较，觉得哪家合适就选哪家。',
      en: 'You may be looking at other banks too, which is sensible. I will put comparable products in one table, term, fees and past swings, and you choose whichever suits you best.',
    },
  },
  {
    id: 'pos-annuity',
    tags: { technique: 'spin', spin: 'needPayoff', sentiments: ['positive'], products: ['insurance'] },
    title: { zh: '主动问年金', en: 'They asked about annuities' },
    body: {
      zh: '您想看年金，我先确认两点：希望从几岁开始领取？每月领多少能让您觉得踏实？有了这两个数，我再给您算两三种方案。',
      en: 'Before I show annuities, two questions: from what age would you like payments to start, and what monthly amount would feel comfortable? With those two figures I will work out two or three options.',
    },
  },
  {
    id: 'pos-overseas-view',
    tags: { technique: 'comparison', sentiments: ['positive'], products: ['funds', 'insurance'], bands: ['mid', 'high'] },
    title: { zh: '有自己观点的客户', en: 'A client with firm market views' },
    body: {
      zh: '您看好海外市场，这个判断我尊重。同时想问一句：如果判断落空，您能接受的最坏情况是什么？我们可以在进攻的部分旁边配一点防守。',
      en: 'You are bullish on overseas markets and I respect that view. One question: if it goes the other way, what is the worst outcome you could live with? We can pair the attacking part with some defence.',
    },
  },
  {
    id: 'pos-two-products',
    tags: { technique: 'comparison', sentiments: ['positive'], bands: ['mid', 'high'] },
    title: { zh: '二选一，比多选一容易', en: 'Two options beat ten' },
    body: {
      zh: '我把选项收窄到两个：A 更灵活，B 期限长一些但预期更平稳。{name}更看重哪一点？',
      en: 'I have narrowed it to two: A is more flexible, B runs longer with a smoother expected path. Which matters more to you, {name}?',
    },
  },
  {
    id: 'pos-percentages',
    tags: { technique: 'comparison', sentiments: ['positive', 'neutral'] },
    title: { zh: '把金额换成比例', en: 'Turn amounts into percentages' },
    body: {
      zh: '我们不妨把金额换成比例来看：这笔钱大概占您全部可投资资产的几成？按这个比例，它如果有波动，对您整体的影响有多大？您觉得放多大比例在这类产品上比较安心？',
      en: 'Let us look at the amount as a share instead: roughly what part of everything you can invest is this money? At that share, how much would a swing in it move the whole? What share of your money would you be comfortable keeping in this kind of product?',
    },
  },
  {
    id: 'pos-gap-analysis',
    tags: { technique: 'comparison', sentiments: ['positive', 'neutral'], bands: ['high'] },
    title: { zh: '缺口分析', en: 'Gap analysis' },
    body: {
      zh: '按您说的目标，十年后需要的金额和现在的规划之间大约还差一截。我们看看这个缺口用哪几种方式补，哪一种您最舒服。',
      en: 'Against the goal you described, there is still a gap between what you will need in ten years and where the current plan gets you. Let us look at a few ways to close it and which feels most comfortable.',
    },
  },
  {
    id: 'pos-insurance-unprompted',
    tags: { technique: 'spin', spin: 'situation', sentiments: ['positive', 'neutral'], products: ['insurance'] },
    title: { zh: '客户主动问保险：先问缘由', en: 'They raised insurance: ask what prompted it' },
    body: {
      zh: '您今天主动问起保险，我先多问一句：是最近身边发生了什么事，让您想到这个吗？方便的话说说，我好帮您看得更准；不合适的，我也会直说。',
      en: 'You brought up insurance yourself today, so may I ask first: did something happen recently that made you think of it? If you are happy to say, it helps me look at the right things, and I will tell you plainly if something does not fit.',
    },
  },
] satisfies BuiltinScript[];
