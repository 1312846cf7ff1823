import { defineMessages } from '../define';

/** The nine cells of familiarity × emotional state: a name, the next best action, and what to avoid. */
export default defineMessages({
  'grid.title': { zh: '九宫格定位', en: 'Grid cell' },
  'grid.band.low': { zh: '陌生（0–3）', en: 'Not known yet (0–3)' },
  'grid.band.mid': { zh: '认识（3–6）', en: 'Known, some contact (3–6)' },
  'grid.band.high': { zh: '熟悉（6–9）', en: 'Familiar (6–9)' },
  'grid.bandShort.low': { zh: '陌生', en: 'New' },
  'grid.bandShort.mid': { zh: '认识', en: 'Known' },
  'grid.bandShort.high': { zh: '熟悉', en: 'Familiar' },
  'grid.priority.thisWeek': { zh: '本周重点跟进', en: 'Work this week' },
  'grid.priority.thisMonth': { zh: '本月内推进', en: 'Move it on this month' },
  'grid.priority.nurture': { zh: '慢慢培养', en: 'Nurture' },
  'grid.priority.longNurture': { zh: '长期培养，不急成交', en: 'Long nurture, no sale in sight' },
  'grid.rank': { zh: '落后目标时的跟进顺序：第 {rank} / 9', en: 'Order when behind target: {rank} of 9' },
  'grid.action': { zh: '下一步', en: 'Next best action' },
  'grid.avoid': { zh: '避免', en: 'Avoid' },
  'grid.unknown': {
    zh: '先在下方勾选熟悉程度的依据并标记情绪，九宫格就能定位。',
    en: 'Tick the familiarity evidence below and tag the sentiment to place the client in the grid.',
  },

  'grid.high.positive.name': { zh: '熟悉 · 积极', en: 'Familiar · positive' },
  'grid.high.positive.action': {
    zh: '本周就约面谈，带两个可比方案让客户自己选；顺带问一句身边有没有朋友需要规划。',
    en: 'Book a meeting this week and bring two comparable options for the client to choose from; ask whether friends could use similar advice.',
  },
  'grid.high.positive.avoid': {
    zh: '自说自话地推销；客户有主见，替他做决定会适得其反。',
    en: 'Pitching over their head: they have their own views, deciding for them backfires.',
  },

  'grid.high.neutral.name': { zh: '熟悉 · 中立', en: 'Familiar · neutral' },
  'grid.high.neutral.action': {
    zh: '用 SPIN 问清闲钱的期限和用途，给出组合思路；适合本周电话邀约。',
    en: 'Use SPIN to learn the horizon and purpose of spare money, then sketch a portfolio idea; a good call to make this week.',
  },
  'grid.high.neutral.avoid': { zh: '一上来就报具体产品和收益数字。', en: 'Opening with a named product and return figures.' },

  'grid.high.resistant.name': { zh: '熟悉 · 抗拒', en: 'Familiar · resistant' },
  'grid.high.resistant.action': {
    zh: '关系还在，先用刻度提问弄清抗拒的是流动性、收益还是安全，只在那个点上给信息。',
    en: 'The relationship holds: ask a scale question to learn whether liquidity, return or safety is the issue, and address only that.',
  },
  'grid.high.resistant.avoid': { zh: '当场追问“为什么”，或拿关系压人。', en: 'Asking "why" on the spot, or leaning on the relationship.' },

  'grid.mid.positive.name': { zh: '认识 · 积极', en: 'Known · positive' },
  'grid.mid.positive.action': {
    zh: '趁热约见，做一次客观对比，同时补全持仓和他行资产信息。',
    en: 'Meet while interest is warm: give an objective comparison and fill in holdings and assets at other banks.',
  },
  'grid.mid.positive.avoid': {
    zh: '只谈产品不谈关系；客户可能在比较多家机构。',
    en: 'Talking only product: they may be comparing several institutions.',
  },

  'grid.mid.neutral.name': { zh: '认识 · 中立', en: 'Known · neutral' },
  'grid.mid.neutral.action': {
    zh: '多听少说，间接了解资产和收支；本月安排一次检视或活动邀请。',
    en: 'Listen more than you talk, learn assets and cash flow indirectly; arrange a review or an event invitation this month.',
  },
  'grid.mid.neutral.avoid': { zh: '每次联系都是为了卖东西。', en: 'Getting in touch only when there is something to sell.' },

  'grid.mid.resistant.name': { zh: '认识 · 抗拒', en: 'Known · resistant' },
  'grid.mid.resistant.action': {
    zh: '先修关系：有亏损就用“三明治”沟通，定期主动汇报，不提新产品。',
    en: 'Repair first: if they sit on losses use the sandwich, report regularly, and leave new products aside.',
  },
  'grid.mid.resistant.avoid': {
    zh: '因为尴尬而回避联系；沉默会让抗拒更深。',
    en: 'Avoiding them out of awkwardness: silence deepens the resistance.',
  },

  'grid.low.positive.name': { zh: '陌生 · 积极', en: 'New · positive' },
  'grid.low.positive.action': {
    zh: '一小时内回电、三天内见面，先建立信任再谈方案。',
    en: 'Call back within the hour and meet within three days; build trust before any proposal.',
  },
  'grid.low.positive.avoid': { zh: '第一次见面就推高风险产品。', en: 'Proposing high-risk products at the first meeting.' },

  'grid.low.neutral.name': { zh: '陌生 · 中立', en: 'New · neutral' },
  'grid.low.neutral.action': {
    zh: '先做基础服务和信息交换，核对联系方式，记下一个记忆点。',
    en: 'Start with basic service and exchange of information, check contact details, note one memory point.',
  },
  'grid.low.neutral.avoid': { zh: '按系统名单群发营销电话。', en: 'Cold-calling from a system list with a sales script.' },

  'grid.low.resistant.name': { zh: '陌生 · 抗拒', en: 'New · resistant' },
  'grid.low.resistant.action': {
    zh: '长期培养：只做节日问候和必要的通知，留下联系方式，等对方愿意时再谈。',
    en: 'Long nurture: holiday greetings and necessary notices only, leave your details, and talk when they are ready.',
  },
  'grid.low.resistant.avoid': { zh: '反复打电话推产品。', en: 'Calling again and again about products.' },
});
