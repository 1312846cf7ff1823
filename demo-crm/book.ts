/**
 * The demo book: the demo CRM's clients (clients.mjs) as an RM a few months into using Pacer would have them — placed
 * on the grid or not yet, a contact log of varied rhythm, follow-ups due today and overdue, new clients in their
 * first week and month, open deals this week, this month and next, deals won over the last six months, this month's
 * targets and the six months' before. Everything is relative to `today`, so every view has something to show on any
 * day. scripts/demo.mjs bundles this file into one of Pacer's pages and calls `seed`; lib/db/demo.ts writes the rows
 * marked as demo data, and the book removes them in one click.
 */
import { addDays, fromIsoDate, type IsoDate, toIsoDate } from '../lib/calendar/dates';
import { firstOfMonth, monthOf, shiftMonth } from '../lib/calendar/working-days';
import type { ContactChannel, ContactEntry } from '../lib/client/contact';
import type { ClientRecord, ProductCategory, ResistanceProperty } from '../lib/client/record';
import { PacerDB } from '../lib/db/database';
import { type DemoRows, loadDemoBook } from '../lib/db/demo';
import type { FamiliaritySignal } from '../lib/familiarity';
import type { ManualAchievement, Target } from '../lib/pacing/targets';
import type { Certainty, Deal, DealStage } from '../lib/pipeline';
import type { Sentiment, SentimentEvent } from '../lib/sentiment';
import type { ContactPurpose } from '../lib/trust-ladder';
import { CLIENTS, type Client } from './clients.mjs';

const WAN = 1_000_000; // fen in 1万 yuan
const DAY = 86_400_000;

/** Scores in a pattern over ten clients: four familiar, three known, three not yet. */
const SCORES = [8, 7, 6, 5, 4, 3, 2, 1, 0, 9] as const;
const SENTIMENTS: readonly (Sentiment | null)[] = [
  'positive',
  'neutral',
  'positive',
  'resistant',
  'neutral',
  null,
  'positive',
  'neutral',
  'resistant',
  'positive',
];
const MEMORY = ['喜欢普洱茶', '孩子在学钢琴', '每周打羽毛球', '女儿明年高考', '关注养老规划', '喜欢钓鱼', '刚换了新房', '父亲刚出院'];
const COMMUNICATION = ['季度检视已完成', '对收益波动比较敏感', '只在到期时来网点', '愿意听资产配置建议', '家里由太太理财', ''];
const FOLLOW_UP = ['下月约面谈做资产检视', '到期前一周电话提醒', '邀请参加养老讲座', '节日送茶叶', ''];
const NOTES = ['电话问候，近况不错', '到期提醒，考虑续作', '网点面谈，聊了孩子升学', '发了市场周报', '活动邀请，已报名'];
const PURPOSES: readonly ContactPurpose[] = ['routine', 'notice', 'infoExchange', 'productReport', 'eventInvite', 'holidayGreeting'];
const INDICATORS = ['investment', 'insurance', 'deposit'] as const;
/** This month's (and every month's) amount targets, in fen; counts in units. */
const TARGETS: Record<string, number> = {
  investment: 500 * WAN,
  insurance: 120 * WAN,
  deposit: 300 * WAN,
  'investment-deals': 8,
  'insurance-policies': 4,
  'new-accounts': 6,
};
/** How the six months before this one went, oldest first: attainment of each month's targets (last month's surplus
 * is carried into this one). */
const HISTORY = [0.92, 0.75, 1.15, 0.88, 0.64, 1.08];

function signalsFor(score: number, i: number): FamiliaritySignal[] {
  if (score >= 6) return i % 2 ? ['regularContact', 'manyProducts'] : ['holdsFewProducts', 'performingWell'];
  if (score >= 3) return i % 3 === 0 ? ['sittingOnLosses'] : ['basicServiceOnly'];
  return i % 2 ? ['dormant'] : ['eventLead'];
}

const at = (day: IsoDate, hour: number) => fromIsoDate(day).getTime() + hour * 3_600_000;

export function demoBookRows(clients: readonly Client[], origin: string, today: IsoDate, now: number): DemoRows {
  const records: ClientRecord[] = [];
  const sentimentEvents: SentimentEvent[] = [];
  const contacts: ContactEntry[] = [];
  const deals: Deal[] = [];
  clients.forEach((c, i) => {
    const clientId = c.clientNo;
    // Two clients with nothing ticked yet: on the board's "not placed yet" whatever their sentiment.
    const unscored = i === 11 || i === 37;
    const score = unscored ? null : SCORES[i % 10]!;
    const sentiment = SENTIMENTS[(i + Math.floor(i / 10) * 3) % 10] ?? null;
    // Three new clients: opened today, two days ago, twelve days ago (the first week's and month's rhythm).
    const openedOn = i === 2 ? today : i === 13 ? addDays(today, -2) : i === 24 ? addDays(today, -12) : c.openDate;
    const property: ResistanceProperty | null = sentiment === 'resistant' ? (['liquidity', 'return', 'safety'] as const)[i % 3]! : null;
    const category: ProductCategory | null = property ? (['insurance', 'funds', 'wealth'] as const)[i % 3]! : null;
    records.push({
      origin,
      clientId,
      familiarity: { signals: score === null ? [] : signalsFor(score, i), override: score },
      resistance: { property, category },
      rung: score === null ? null : Math.min(12, 1 + score + (i % 3)),
      profile: {
        name: c.name,
        gender: c.gender === '男' ? 'male' : 'female',
        age: c.age,
        birthDate: c.birth,
        openedOn,
        holdsFunds: c.holdings.some((h) => h.name.includes('基金')),
        // One client in five with assets not recorded: the board says how many of a cell's are known.
        assets: i % 5 === 3 ? null : Math.round(c.aum * 100),
        assetsOn: i % 5 === 3 ? null : addDays(today, -(i % 20)),
        products: [...new Set(c.holdings.map((h) => h.name))].join('、'),
        communication: COMMUNICATION[i % COMMUNICATION.length]!,
        followUp: FOLLOW_UP[i % FOLLOW_UP.length]!,
      },
      handover: null,
      memoryPoints:
        i % 3 === 0 ? [MEMORY[i % MEMORY.length]!] : i % 3 === 1 ? [MEMORY[i % MEMORY.length]!, MEMORY[(i + 3) % MEMORY.length]!] : [],
      createdAt: now - (90 - i) * DAY,
      updatedAt: now - (30 - (i % 30)) * DAY,
    });
    if (sentiment) sentimentEvents.push({ origin, clientId, sentiment, source: 'panel', at: now - (20 + i * 3) * DAY });

    // The log: from none to a call every three weeks (the value groups' cost), newest up to fifty days ago.
    const n = i === 2 ? 0 : i === 13 ? 1 : i === 24 ? 3 : ([0, 1, 2, 3, 5, 8, 14, 18] as const)[(i * 5) % 8]!;
    const every = n >= 12 ? 21 : 40;
    const newest = i === 13 ? 2 : i === 24 ? 1 : 1 + ((i * 7) % 50);
    for (let k = 0; k < n; k++) {
      const date = addDays(today, -(newest + k * every));
      const channel: ContactChannel = k % 3 === 1 ? 'visit' : k % 5 === 4 ? 'message' : 'phone';
      // The newest contact's plan: due today, overdue by one to nine days, in one to two weeks, or none.
      const next = k > 0 ? null : [today, addDays(today, -(1 + (i % 9))), addDays(today, 7 + (i % 8)), null][i % 4]!;
      contacts.push({
        origin,
        clientId,
        date,
        channel,
        purpose: PURPOSES[(i + k) % PURPOSES.length]!,
        note: NOTES[(i + k) % NOTES.length]!,
        nextFollowUp: next !== null && next <= date ? null : next,
        at: at(date, 10) + k,
      });
    }
  });

  // Open deals for one client in three: in the next days, later, or already past; those of four clients with no
  // follow-up due are expected today (two), in two days and four days ago, so the call list has deals to call about
  // on any day of the month; three are expected next month (what weeks 3–4 build the reservation from).
  const OFFSETS = [1, 2, 3, 9, 14, 24, 35, -4];
  const DUE: Record<number, number> = { 2: 0, 6: -4, 10: 0, 14: 2 };
  const NEXT_MONTH: Record<number, number> = { 3: 4, 12: 11, 16: 18 };
  const nextMonthStart = firstOfMonth(shiftMonth(monthOf(today), 1));
  const expected = (k: number) =>
    NEXT_MONTH[k] !== undefined ? addDays(nextMonthStart, NEXT_MONTH[k]) : addDays(today, DUE[k] ?? OFFSETS[k % OFFSETS.length]!);
  const STAGES: readonly DealStage[] = ['invited', 'meeting', 'met'];
  const CERTAINTIES: readonly Certainty[] = ['committed', 'thinking', 'consult'];
  let id = 0;
  const deal = (c: Client, d: Omit<Deal, 'id' | 'origin' | 'clientId' | 'nextStep' | 'createdAt' | 'updatedAt'> & { created: number }) => {
    const { created, ...rest } = d;
    deals.push({
      id: `demo-deal-${++id}`,
      origin,
      clientId: c.clientNo,
      nextStep: rest.closedAt === null ? '约面谈确认金额' : '',
      createdAt: created,
      updatedAt: rest.closedAt ?? created,
      ...rest,
    });
  };
  clients.forEach((c, i) => {
    if (i % 3 !== 0 || SENTIMENTS[(i + Math.floor(i / 10) * 3) % 10] === 'resistant') return;
    const k = i / 3;
    deal(c, {
      indicator: INDICATORS[k % 3]!,
      amount: (10 + ((k * 37) % 19) * 10) * WAN,
      certainty: CERTAINTIES[k % 3]!,
      stage: STAGES[k % 3]!,
      expectedDate: expected(k),
      closedAt: null,
      created: now - (10 + k) * DAY,
    });
  });

  // Won deals: the six months before this one at their attainment, and this month's so far (behind the plan).
  const familiar = clients.filter((_, i) => SCORES[i % 10]! >= 6);
  const won = (day: IsoDate, indicator: string, amount: number, j: number) =>
    deal(familiar[j % familiar.length]!, {
      indicator,
      amount,
      certainty: 'committed',
      stage: 'won',
      expectedDate: day,
      closedAt: at(day, 15),
      closedOn: day,
      created: at(day, 15) - 14 * DAY,
    });
  const month = monthOf(today);
  const months = HISTORY.map((_, k) => shiftMonth(month, k - HISTORY.length));
  let j = 0;
  months.forEach((m, k) => {
    for (const indicator of INDICATORS) {
      const total = Math.round((TARGETS[indicator]! * HISTORY[k]!) / WAN) * WAN;
      const thirds = [Math.round(total / 3 / WAN) * WAN, Math.round(total / 3 / WAN) * WAN];
      const parts = [...thirds, total - thirds[0]! - thirds[1]!];
      for (const [p, amount] of parts.entries()) won(addDays(firstOfMonth(m), 4 + p * 9), indicator, amount, j++);
    }
  });
  const first = firstOfMonth(month);
  for (const [p, offset] of [2, 6].entries()) {
    const day = addDays(first, offset);
    if (day >= today) break;
    won(day, 'investment', (p ? 60 : 90) * WAN, j++);
    won(day, INDICATORS[1 + p]!, (p ? 50 : 20) * WAN, j++);
  }
  // A lost deal this month: the board's last column has one.
  deal(clients[4]!, {
    indicator: 'insurance',
    amount: 30 * WAN,
    certainty: 'thinking',
    stage: 'lost',
    expectedDate: first,
    closedAt: Math.min(now, Math.max(at(first, 9), now - DAY)),
    created: now - 20 * DAY,
  });

  const targets: Target[] = [...months, month].flatMap((m) =>
    Object.entries(TARGETS).map(([indicator, value]) => ({ month: m, indicator, value, updatedAt: now })),
  );
  // New accounts are entered by hand (no deal counts them).
  const achievements: ManualAchievement[] = [...months, month].flatMap((m, k) => {
    const count = k < HISTORY.length ? Math.round(TARGETS['new-accounts']! * HISTORY[k]!) : 2;
    return Array.from({ length: count }, (_, a) => ({
      id: `demo-ach-${m}-${a}`,
      date: addDays(firstOfMonth(m), 1 + a * 3),
      indicator: 'new-accounts',
      value: 1,
      note: '网点新开户',
      createdAt: now,
    })).filter((x) => x.date < today);
  });
  return { clients: records, sentimentEvents, contacts, deals, targets, achievements };
}

/** Run inside one of Pacer's pages (scripts/demo.mjs): writes the demo book into its database, for the page's today. */
export async function seed(opts: { origin: string }): Promise<number> {
  const db = new PacerDB();
  await db.open();
  try {
    const now = Date.now();
    return await loadDemoBook(db, demoBookRows(CLIENTS, opts.origin, toIsoDate(new Date(now)), now), now);
  } finally {
    db.close();
  }
}
