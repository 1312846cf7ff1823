/**
 * A few rows of every table, as the RM's work stores them: the migration tests open every schema version full of
 * them, and the backup tests round-trip them. A new table adds its rows here.
 */
import { emptyRecord } from '@/lib/client/record';
import { DEFAULT_PACING_CONFIG } from '@/lib/pacing/targets';
import { newDeal } from '@/lib/pipeline';

export const origin = 'http://127.0.0.1:8808';
export const client = (i: number) => `88${String(i).padStart(8, '0')}`;
export const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** A few rows of every table, as the RM's work stores them. */
export const ROWS: Record<string, readonly object[]> = {
  deals: range(40).map((i) => newDeal({ id: `d${i}`, origin, clientId: client(i % 8), today: '2026-11-23', now: 1_000 + i })),
  sentimentEvents: range(30).map((i) => ({
    seq: i + 1,
    origin,
    clientId: client(i % 6),
    sentiment: i % 2 ? 'positive' : 'resistant',
    source: 'panel',
    at: 2_000 + i,
  })),
  clients: range(12).map((i) => ({
    ...emptyRecord({ origin, clientId: client(i) }, 3_000 + i),
    memoryPoints: [`喜欢喝茶 ${i}`],
    rung: (i % 12) + 1,
  })),
  contacts: range(25).map((i) => ({
    seq: i + 1,
    origin,
    clientId: client(i % 5),
    date: `2026-11-${String((i % 28) + 1).padStart(2, '0')}`,
    channel: 'phone',
    purpose: 'routine',
    note: `第 ${i} 次`,
    nextFollowUp: i % 3 ? null : '2026-12-01',
    at: 4_000 + i,
  })),
  scriptEdits: range(4).map((i) => ({
    id: `own-${i}`,
    kind: 'own',
    title: `我的话术 ${i}`,
    body: '您好',
    tags: { technique: 'trust' },
    hidden: i === 3,
    updatedAt: 5_000 + i,
  })),
  scriptUsage: range(6).map((i) => ({ scriptId: `s${i}`, used: i, helped: i % 2, notHelped: 0, lastUsedAt: 6_000 + i })),
  targets: range(6).map((i) => ({
    month: `2026-${String(i + 7).padStart(2, '0')}`,
    indicator: 'investment',
    value: 229_000_000 + i,
    updatedAt: 7_000 + i,
  })),
  achievements: range(5).map((i) => ({
    id: `a${i}`,
    date: `2026-11-0${i + 1}`,
    indicator: 'investment',
    value: 100 + i,
    note: '',
    createdAt: 8_000 + i,
  })),
  dayOverrides: range(3).map((i) => ({ date: `2026-11-2${i}`, kind: i % 2 ? 'on' : 'off' })),
  pacingConfig: [{ ...DEFAULT_PACING_CONFIG, checkpoints: [50, 80, 100, 100], key: 'own' }],
};
