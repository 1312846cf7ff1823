/**
 * The seeded book the book's end-to-end tests share: fourteen clients spread over the grid, on a fixed day
 * (Wednesday 2026-11-18, week 3 of November 2026: weeks 11/2–6, 9–13, 16–20, 23–30). Each client is there for a
 * rule: who is due, who is new, who must never get a sales call, who was never placed, whose record is damaged.
 */
import { emptyRecord } from '../../../lib/client/record';
import type { FamiliaritySignal } from '../../../lib/familiarity';
import type { BookRows } from './book';

export const TODAY = '2026-11-18';
export const NOW = new Date(`${TODAY}T09:30:00`);
export const WAN = 1_000_000; // fen in 1万 yuan

const at = (d: string) => new Date(`${d}T10:00:00`).getTime();
export const id = (n: number) => `88000001${String(n).padStart(2, '0')}`;

interface Seed {
  n: number;
  name?: string;
  gender?: 'female' | 'male';
  age?: number;
  override?: number;
  signals?: FamiliaritySignal[];
  sentiment?: 'resistant' | 'neutral' | 'positive';
  rung?: number;
  assets?: number;
  openedOn?: string;
  holdsFunds?: boolean;
  property?: 'liquidity' | 'return' | 'safety';
  memory?: string[];
  communication?: string;
  contacts?: { date: string; next?: string; channel?: string }[];
  deals?: { id: string; indicator: string; amount: number; certainty: string; stage: string; expected: string }[];
  noRecord?: boolean;
  damaged?: boolean;
}

const SEEDS: Seed[] = [
  {
    n: 1,
    name: '王建国',
    gender: 'male',
    age: 58,
    override: 8,
    sentiment: 'positive',
    rung: 9,
    assets: 500 * WAN,
    openedOn: '2012-03-02',
    holdsFunds: true,
    memory: ['喜欢普洱茶'],
    communication: '季度检视已完成',
    contacts: [{ date: '2026-10-10', next: '2026-11-18' }],
    deals: [{ id: 'd1', indicator: 'investment', amount: 100 * WAN, certainty: 'committed', stage: 'meeting', expected: '2026-11-20' }],
  },
  {
    n: 2,
    name: '李秀英',
    gender: 'female',
    age: 45,
    override: 7,
    sentiment: 'positive',
    rung: 6,
    assets: 200 * WAN,
    contacts: [{ date: '2026-08-20' }],
  },
  {
    n: 3,
    name: '张伟',
    gender: 'male',
    age: 39,
    override: 6,
    sentiment: 'neutral',
    rung: 4,
    contacts: [{ date: '2026-11-02', next: '2026-11-12' }],
    deals: [{ id: 'd3', indicator: 'investment', amount: 30 * WAN, certainty: 'consult', stage: 'invited', expected: '2026-11-10' }],
  },
  {
    n: 4,
    name: '刘芳',
    gender: 'female',
    age: 62,
    override: 7,
    sentiment: 'resistant',
    property: 'safety',
    rung: 5,
    contacts: [{ date: '2026-07-01' }],
  },
  {
    n: 5,
    name: '陈静',
    gender: 'female',
    age: 33,
    override: 4,
    sentiment: 'positive',
    rung: 3,
    deals: [{ id: 'd5', indicator: 'insurance', amount: 20 * WAN, certainty: 'thinking', stage: 'invited', expected: '2026-11-19' }],
  },
  {
    n: 6,
    name: '杨磊',
    gender: 'male',
    age: 50,
    override: 4,
    sentiment: 'neutral',
    rung: 2,
    assets: 80 * WAN,
    deals: [{ id: 'd6', indicator: 'deposit', amount: 50 * WAN, certainty: 'thinking', stage: 'invited', expected: '2026-12-10' }],
  },
  { n: 7, name: '黄敏', gender: 'female', age: 47, signals: ['sittingOnLosses'], sentiment: 'positive', rung: 3 },
  {
    n: 8,
    name: '赵强',
    gender: 'male',
    age: 29,
    override: 1,
    sentiment: 'positive',
    openedOn: '2026-11-17',
    contacts: [{ date: '2026-11-17', channel: 'phone' }],
  },
  {
    n: 9,
    name: '吴娜',
    gender: 'female',
    age: 41,
    override: 2,
    sentiment: 'neutral',
    openedOn: '2026-11-02',
    contacts: [{ date: '2026-11-04', channel: 'visit' }],
  },
  { n: 10, noRecord: true, sentiment: 'positive' },
  { n: 11, damaged: true, sentiment: 'neutral' },
  { n: 12, name: '徐丽', gender: 'female', age: 36, override: 5, memory: ['孩子在学钢琴'] },
  {
    n: 13,
    name: '孙涛',
    gender: 'male',
    age: 52,
    override: 9,
    sentiment: 'positive',
    rung: 10,
    contacts: [{ date: TODAY, next: '2026-12-15' }],
  },
  {
    n: 14,
    name: '马超',
    gender: 'male',
    age: 44,
    override: 8,
    sentiment: 'positive',
    rung: 8,
    assets: 100 * WAN,
    contacts: [{ date: '2026-11-09' }],
    deals: [{ id: 'd14', indicator: 'investment', amount: 60 * WAN, certainty: 'committed', stage: 'met', expected: '2026-12-08' }],
  },
];

export function seededBook(origin: string): BookRows {
  const clients: object[] = [];
  const sentimentEvents: object[] = [];
  const contacts: object[] = [];
  const deals: object[] = [];
  for (const s of SEEDS) {
    const clientId = id(s.n);
    if (s.damaged) clients.push({ origin, clientId, rung: 'not a rung', profile: { name: '周杰' }, createdAt: 1, updatedAt: 1 });
    else if (!s.noRecord) {
      const r = emptyRecord({ origin, clientId }, at('2026-01-05'));
      clients.push({
        ...r,
        familiarity: { signals: s.signals ?? [], override: s.override ?? null },
        resistance: { property: s.property ?? null, category: null },
        rung: s.rung ?? null,
        profile: {
          ...r.profile,
          name: s.name ?? '',
          gender: s.gender ?? null,
          age: s.age ?? null,
          openedOn: s.openedOn ?? null,
          holdsFunds: s.holdsFunds ?? null,
          assets: s.assets ?? null,
          communication: s.communication ?? '',
        },
        memoryPoints: s.memory ?? [],
      });
    }
    if (s.sentiment) sentimentEvents.push({ origin, clientId, sentiment: s.sentiment, source: 'panel', at: at('2026-06-01') + s.n });
    for (const [k, c] of (s.contacts ?? []).entries())
      contacts.push({
        origin,
        clientId,
        date: c.date,
        channel: c.channel ?? 'phone',
        purpose: 'routine',
        note: '',
        nextFollowUp: c.next ?? null,
        at: at(c.date) + k,
      });
    for (const d of s.deals ?? [])
      deals.push({
        id: d.id,
        origin,
        clientId,
        indicator: d.indicator,
        amount: d.amount,
        certainty: d.certainty,
        stage: d.stage,
        expectedDate: d.expected,
        nextStep: '',
        createdAt: at('2026-11-01'),
        updatedAt: at('2026-11-01'),
        closedAt: null,
      });
  }
  return { clients, sentimentEvents, contacts, deals };
}

/** This month's investment target: with nothing achieved yet the RM is behind today's plan. */
export const TARGETS = [{ month: '2026-11', indicator: 'investment', value: 229 * WAN, updatedAt: 1 }];
