/**
 * Years of an RM's work, written into an extension page's database by the book bench (bundled by esbuild and run
 * in the page): 10,000 client records, 100,000 contact-log entries, a sentiment per client, 5,000 deals and this
 * month's targets; then the book's summaries built by the very function the schema upgrade runs (rebuildBook).
 */
import { addDays, toIsoDate } from '../../lib/calendar/dates';
import { bookScope, rebuildBook } from '../../lib/db/book';
import { PacerDB } from '../../lib/db/database';

const SIGNALS = [
  'holdsFewProducts',
  'performingWell',
  'regularContact',
  'sittingOnLosses',
  'basicServiceOnly',
  'dormant',
  'consultsMe',
] as const;
const SENTIMENTS = ['resistant', 'neutral', 'positive'] as const;

export async function seed(opts: { origin: string; clients: number; contacts: number; deals: number }): Promise<number> {
  const db = new PacerDB();
  await db.open();
  const today = toIsoDate(new Date());
  const now = Date.now();
  const id = (i: number) => `77${String(i).padStart(8, '0')}`;
  const clients = Array.from({ length: opts.clients }, (_, i) => ({
    origin: opts.origin,
    clientId: id(i),
    // Bands by i % 10 and sentiment by ⌊i / 10⌋ % 3: every cell of the grid has clients.
    familiarity: { signals: [SIGNALS[i % 7]!, SIGNALS[(i + 3) % 7]!], override: i % 10 },
    resistance: { property: (['liquidity', 'return', 'safety'] as const)[i % 3]!, category: 'insurance' as const },
    rung: 1 + (i % 12),
    profile: {
      name: `客户${i}`,
      gender: i % 2 ? ('male' as const) : ('female' as const),
      age: 25 + (i % 50),
      openedOn: addDays(today, -((i * 37) % 3650)),
      holdsFunds: i % 4 !== 0,
      assets: i % 2 ? 100_000 * (i % 500) : null,
      birthDate: null,
      assetsOn: null,
      products: '',
      communication: '季度检视已完成，关注养老规划',
      followUp: '下月约面谈',
    },
    memoryPoints: ['喜欢喝茶', `孩子${i % 18}岁`],
    handover: null,
    createdAt: now - i,
    updatedAt: now - i,
  }));
  for (let start = 0; start < clients.length; start += 2_000) await db.clients.bulkPut(clients.slice(start, start + 2_000));
  // One client in ten has no sentiment yet (unplaced).
  await db.sentimentEvents.bulkAdd(
    clients
      .filter((_, i) => i % 10 !== 9)
      .map((c, i) => ({ origin: c.origin, clientId: c.clientId, sentiment: SENTIMENTS[i % 3]!, source: 'panel' as const, at: now - i })),
  );
  for (let start = 0; start < opts.contacts; start += 10_000) {
    await db.contacts.bulkAdd(
      Array.from({ length: Math.min(10_000, opts.contacts - start) }, (_, k) => {
        const i = start + k;
        // Spread over two years; one contact in twenty plans a follow-up one to three weeks later.
        const date = addDays(today, -((i * 7919) % 730) - 1);
        return {
          origin: opts.origin,
          clientId: id(i % opts.clients),
          date,
          channel: i % 5 ? ('phone' as const) : ('visit' as const),
          purpose: 'routine' as const,
          note: `第 ${i} 次联系`,
          nextFollowUp: ((i % opts.clients) + Math.floor(i / opts.clients)) % 20 === 0 ? addDays(date, 7 + (i % 15)) : null,
          at: now - i,
        };
      }),
    );
  }
  // Two years of deals, one every 3.5 hours: the last six weeks' still open, the older ones won or lost.
  const HOUR = 3_600_000;
  await db.deals.bulkAdd(
    Array.from({ length: opts.deals }, (_, i) => {
      const created = now - i * 3.5 * HOUR;
      const open = now - created < 45 * 24 * HOUR;
      return {
        id: `bench-${i}`,
        origin: opts.origin,
        clientId: id((i * 13) % opts.clients),
        indicator: (['investment', 'insurance', 'deposit'] as const)[i % 3]!,
        amount: 100_000 * (1 + (i % 90)),
        certainty: (['committed', 'thinking', 'consult'] as const)[i % 3]!,
        stage: open ? (['invited', 'meeting', 'met'] as const)[i % 3]! : i % 5 < 3 ? ('won' as const) : ('lost' as const),
        expectedDate: addDays(toIsoDate(new Date(created)), 14),
        nextStep: '',
        createdAt: created,
        updatedAt: created,
        closedAt: open ? null : created,
      };
    }),
  );
  await db.targets.bulkPut(
    ['investment', 'insurance', 'deposit'].map((indicator) => ({
      month: today.slice(0, 7),
      indicator,
      value: 500_000_000,
      updatedAt: now,
    })),
  );
  const built = await db.transaction('rw', bookScope(db), () =>
    rebuildBook({
      clients: db.clients,
      sentimentEvents: db.sentimentEvents,
      contacts: db.contacts,
      deals: db.deals,
      clientSummaries: db.clientSummaries,
      bookCells: db.bookCells,
    }),
  );
  db.close();
  return built;
}
