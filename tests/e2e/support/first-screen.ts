/**
 * The card's first screen at 360 × 720 (the side panel's width on a 1366 × 768 laptop, the commonest bank PC),
 * shared by the zh-CN and en files: which controls must be fully inside the viewport without scrolling, for a
 * known client (the glance) and a client seen for the first time (the quick set-up), and seeded clients to show.
 */
import type { Locator, Page } from 'playwright-core';
import { CLIENTS } from '../../../demo-crm/clients.mjs';
import { toIsoDate } from '../../../lib/calendar/dates';
import { expect, type Pacer } from './fixture';
import { putRows } from './idb';

export const VIEWPORT = { width: 360, height: 720 } as const;

/** A familiar, positive client with deals and a long name; a resistant one (its resistance fields show too). */
export const POSITIVE = CLIENTS[33]!;
export const RESISTANT = CLIENTS[34]!;
export const NEW_CLIENT = CLIENTS[35]!;

const BANDS = [
  ['low', 2],
  ['mid', 5],
  ['high', 8],
] as const;
const SENTIMENTS = ['resistant', 'neutral', 'positive'] as const;
/** One client in each of the nine cells (their strategy texts differ in length), resistant ones with what they resist. */
export const NINE = BANDS.flatMap(([band, score], b) =>
  SENTIMENTS.map((sentiment, s) => ({ client: CLIENTS[36 + b * 3 + s]!, band, score, sentiment })),
);

/** The first screen of a known client, by test id (each must be unique on the card). */
export const GLANCE_CONTROLS = [
  'client-id',
  'client-name',
  'client-via',
  'cell-name',
  'cell-action',
  'cell-avoid',
  'sentiment-positive',
  'sentiment-neutral',
  'sentiment-resistant',
  'ladder-current',
  'ladder-next',
  'top-script-copy',
  'script-next',
  'add-to-pipeline',
  'log-contact',
] as const;

/** The quick set-up of a new client: evidence, sentiment and rung, each one click. */
export const SETUP_CONTROLS = [
  'client-id',
  'client-via',
  'sentiment-positive',
  'sentiment-neutral',
  'sentiment-resistant',
  'signal-holdsFewProducts',
  'signal-regularContact',
  'signal-dormant',
  ...Array.from({ length: 12 }, (_, i) => `rung-${i + 1}`),
] as const;

export function control(panel: Page, id: string): Locator {
  if (id === 'top-script-copy') return panel.getByTestId('top-script').getByTestId('script-copy');
  return panel.getByTestId(id);
}

/** Ids of the controls not fully inside the viewport (with where they are), after no scrolling at all. */
export async function outside(panel: Page, ids: readonly string[]): Promise<string[]> {
  expect(await panel.evaluate(() => [window.scrollX, window.scrollY])).toEqual([0, 0]);
  const out: string[] = [];
  for (const id of ids) {
    const loc = control(panel, id);
    expect(await loc.count(), id).toBe(1);
    const box = await loc.boundingBox();
    if (!box) {
      out.push(`${id}: not shown`);
      continue;
    }
    const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= VIEWPORT.width && box.y + box.height <= VIEWPORT.height;
    if (!inside) out.push(`${id}: ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}`);
  }
  return out;
}

/**
 * Known clients as an RM's records leave them: familiar and positive with a deal; acquainted and resistant on safety;
 * and one in each of the nine cells.
 */
export async function seedKnownClients(panel: Page, origin: string): Promise<void> {
  const now = Date.now();
  const day = toIsoDate(new Date());
  const record = (clientNo: string, name: string, signals: string[], rung: number, resistance: object) => ({
    origin,
    clientId: clientNo,
    familiarity: { signals, override: null },
    resistance,
    rung,
    profile: {
      name,
      gender: 'female',
      age: 52,
      openedOn: '2015-03-02',
      holdsFunds: true,
      communication: '电话前先发微信',
      followUp: '季度回访',
    },
    memoryPoints: ['喜欢普洱茶'],
    createdAt: now - 86_400_000,
    updatedAt: now,
  });
  await putRows(
    panel,
    'clients',
    NINE.map((n) => ({
      ...record(n.client.clientNo, n.client.name, [], 4, {
        property: n.sentiment === 'resistant' ? 'liquidity' : null,
        category: n.sentiment === 'resistant' ? 'funds' : null,
      }),
      familiarity: { signals: [], override: n.score },
    })),
  );
  await putRows(
    panel,
    'sentimentEvents',
    NINE.map((n, i) => ({ seq: 7100 + i, origin, clientId: n.client.clientNo, sentiment: n.sentiment, source: 'panel', at: now - 60_000 })),
  );
  await putRows(panel, 'clients', [
    record(POSITIVE.clientNo, POSITIVE.name, ['holdsFewProducts', 'performingWell', 'regularContact'], 6, {
      property: null,
      category: null,
    }),
    record(RESISTANT.clientNo, RESISTANT.name, ['basicServiceOnly', 'sittingOnLosses'], 3, { property: 'safety', category: 'insurance' }),
  ]);
  await putRows(panel, 'sentimentEvents', [
    { seq: 7001, origin, clientId: POSITIVE.clientNo, sentiment: 'positive', source: 'panel', at: now - 60_000 },
    { seq: 7002, origin, clientId: RESISTANT.clientNo, sentiment: 'resistant', source: 'panel', at: now - 60_000 },
  ]);
  await putRows(panel, 'deals', [
    {
      id: 'first-screen-open',
      origin,
      clientId: POSITIVE.clientNo,
      indicator: 'investment',
      amount: 50_000_000,
      certainty: 'committed',
      stage: 'meeting',
      expectedDate: day,
      nextStep: '周四面谈',
      createdAt: now - 86_400_000,
      updatedAt: now,
      closedAt: null,
    },
  ]);
}

/** The card of `clientNo` in a 360 × 720 panel, once its data has rendered. */
export async function openCard(pacer: Pacer, clientNo: string, tag: string): Promise<{ crm: Page; panel: Page }> {
  const crm = await pacer.openCrm(`/crm/client?cust=${clientNo}&t=${tag}`);
  const panel = await pacer.openPanel(crm, VIEWPORT);
  await expect.poll(() => panel.getByTestId('client-card').getAttribute('data-ready')).toBe('true');
  expect(await panel.getByTestId('client-id').textContent()).toBe(clientNo);
  return { crm, panel };
}
