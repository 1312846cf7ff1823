/**
 * Each of Pacer's pages in each state an RM meets, opened and filled so that everything it can show is on
 * screen: the accessibility tests run axe on each, in both languages and both colour schemes. Seeded rows go
 * straight into IndexedDB, then the page is reloaded (a write that bypasses Dexie is not seen by live queries).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CLIENTS } from '../../../demo-crm/clients.mjs';
import { toIsoDate } from '../../../lib/calendar/dates';
import { ROOT } from '../../../scripts/lib/build.mjs';
import { type AxeReport, blocking, runAxe } from './axe';
import { unfold } from './card';
import { describe, expect, type Pacer, test } from './fixture';
import { putRows } from './idb';

export interface PageState {
  name: string;
  /** Opens the page in this state and waits until it has rendered it. */
  open(pacer: Pacer): Promise<Page>;
}

const known = CLIENTS[20]!;
const fresh = CLIENTS[21]!;
const WAN = 1_000_000;
const today = () => toIsoDate(new Date());
const month = () => today().slice(0, 7);

async function card(pacer: Pacer, clientNo: string): Promise<Page> {
  const crm = await pacer.openCrm(`/crm/client?cust=${clientNo}`);
  const panel = await pacer.openPanel(crm);
  await expect.poll(() => panel.getByTestId('client-card').getAttribute('data-ready')).toBe('true');
  return panel;
}

async function panelIn(page: Page, state: string): Promise<void> {
  await expect.poll(() => page.getByTestId('panel-state').getAttribute('data-state')).toBe(state);
}

/** Unfolds a folded section of the card, unless it is open already. */
function seededClient(origin: string, clientNo: string) {
  const now = Date.now();
  const day = today();
  const deal = (id: string, stage: string, extra: Record<string, unknown>) => ({
    id,
    origin,
    clientId: clientNo,
    indicator: 'investment',
    amount: 50 * WAN,
    certainty: 'committed',
    stage,
    expectedDate: day,
    nextStep: '周四面谈',
    createdAt: now - 86_400_000,
    updatedAt: now,
    closedAt: null,
    ...extra,
  });
  return {
    clients: [
      {
        origin,
        clientId: clientNo,
        familiarity: { signals: ['holdsFewProducts', 'regularContact'], override: null },
        resistance: { property: 'safety', category: 'insurance' },
        rung: 4,
        profile: {
          name: known.name,
          gender: 'female',
          age: 52,
          openedOn: '2015-03-02',
          holdsFunds: true,
          communication: '电话前先发微信',
          followUp: '季度回访',
        },
        memoryPoints: ['喜欢普洱茶', '孙子学钢琴'],
        createdAt: now - 86_400_000,
        updatedAt: now,
      },
    ],
    deals: [
      deal('a11y-open', 'meeting', {}),
      deal('a11y-won', 'won', { indicator: 'insurance', amount: 20 * WAN, closedAt: now, closedOn: day }),
      deal('a11y-lost', 'lost', { indicator: 'deposit', closedAt: now }),
    ],
    contacts: [
      {
        seq: 9001,
        origin,
        clientId: clientNo,
        date: day,
        channel: 'phone',
        purpose: 'routine',
        note: '聊了基金',
        nextFollowUp: day,
        at: now,
      },
      {
        seq: 9002,
        origin,
        clientId: clientNo,
        date: day,
        channel: 'visit',
        purpose: 'holidayGift',
        note: '',
        nextFollowUp: null,
        at: now - 1000,
      },
    ],
    sentimentEvents: [{ seq: 9001, origin, clientId: clientNo, sentiment: 'resistant', source: 'panel', at: now - 60_000 }],
  };
}

export const PAGE_STATES: readonly PageState[] = [
  {
    name: 'side panel: a known client, every section open',
    async open(pacer) {
      const panel = await card(pacer, known.clientNo);
      for (const [store, rows] of Object.entries(seededClient(pacer.crmUrl, known.clientNo))) await putRows(panel, store, rows);
      await panel.reload();
      await expect.poll(() => panel.getByTestId('client-card').getAttribute('data-new')).toBe('false');
      const folds = ['familiarity-section', 'scripts-section', 'pipeline-section', 'profile-section', 'memory-section', 'contacts-section'];
      for (const fold of folds) await unfold(panel, fold);
      await expect.poll(() => panel.getByTestId('deal').count()).toBe(3);
      await expect.poll(() => panel.getByTestId('contact').count()).toBe(2);
      // The inline editors: a deal's (with its "won" form) and a new script's.
      await panel.locator('[data-deal-id="a11y-open"] [data-testid="deal-edit"]').click();
      await panel.getByTestId('deal-mark-won').click();
      await panel.getByTestId('script-add').click();
      await expect.poll(() => panel.getByTestId('won-form').count()).toBe(1);
      await expect.poll(() => panel.getByTestId('script-editor').count()).toBe(1);
      return panel;
    },
  },
  {
    name: 'side panel: a new client',
    async open(pacer) {
      const panel = await card(pacer, fresh.clientNo);
      await expect.poll(() => panel.getByTestId('client-card').getAttribute('data-new')).toBe('true');
      return panel;
    },
  },
  {
    name: 'side panel: a CRM screen without a client',
    async open(pacer) {
      const crm = await pacer.openCrm('/crm/clients');
      const panel = await pacer.openPanel(crm);
      await panelIn(panel, 'none');
      await expect.poll(() => panel.getByTestId('manual-open').count()).toBe(1);
      return panel;
    },
  },
  {
    name: 'side panel: not a CRM page',
    async open(pacer) {
      const other = await pacer.extensionPage('options.html');
      const tabId = await other.evaluate(async () => (await chrome.tabs.getCurrent())?.id ?? -1);
      const panel = await pacer.context.newPage();
      await panel.setViewportSize({ width: 360, height: 760 });
      await panel.goto(`chrome-extension://${pacer.extensionId}/sidepanel.html?tab=${tabId}`);
      await panelIn(panel, 'no-tab');
      await expect.poll(() => panel.getByTestId('manual-open').count()).toBe(1);
      return panel;
    },
  },
  {
    name: 'popup: no targets',
    async open(pacer) {
      const popup = await openPopup(pacer);
      await expect.poll(() => popup.getByTestId('pacing-empty').count()).toBe(1);
      return popup;
    },
  },
  {
    name: 'popup: targets and won deals',
    async open(pacer) {
      const options = await pacer.extensionPage('options.html');
      await expect.poll(() => options.getByTestId('target-row').count()).toBeGreaterThan(0);
      const now = Date.now();
      await putRows(options, 'targets', [
        { month: month(), indicator: 'investment', value: 300 * WAN, updatedAt: now },
        { month: month(), indicator: 'insurance-policies', value: 10, updatedAt: now },
      ]);
      await putRows(options, 'deals', [
        {
          id: 'a11y-popup-won',
          origin: pacer.crmUrl,
          clientId: known.clientNo,
          indicator: 'investment',
          amount: 80 * WAN,
          certainty: 'committed',
          stage: 'won',
          expectedDate: today(),
          nextStep: '',
          createdAt: now,
          updatedAt: now,
          closedAt: now,
          closedOn: today(),
        },
      ]);
      await options.close();
      const popup = await openPopup(pacer);
      await expect.poll(() => popup.getByTestId('pacing-indicator').count()).toBe(2);
      return popup;
    },
  },
  {
    name: 'options page',
    async open(pacer) {
      const options = await pacer.extensionPage('options.html');
      await expect.poll(() => options.getByTestId('target-row').count()).toBeGreaterThan(0);
      const now = Date.now();
      await putRows(options, 'achievements', [
        { id: 'a11y-achievement', date: today(), indicator: 'new-accounts', value: 2, note: '转介绍', createdAt: now },
      ]);
      await putRows(options, 'dayOverrides', [{ date: today(), kind: 'off' }]);
      await options.reload();
      await expect.poll(() => options.getByTestId('achievement').count()).toBe(1);
      await expect.poll(() => options.getByTestId('day-override').count()).toBe(1);
      await options.getByTestId('rule-new').click();
      await expect.poll(() => options.getByTestId('rule-editor').count()).toBe(1);
      return options;
    },
  },
];

async function openPopup(pacer: Pacer): Promise<Page> {
  const popup = await pacer.extensionPage('popup.html');
  await popup.setViewportSize({ width: 360, height: 760 });
  await expect.poll(() => popup.getByTestId('popup').getAttribute('data-figures')).toBe('database');
  return popup;
}

const SCHEMES = ['light', 'dark'] as const;

/**
 * The accessibility checks of every page state in both colour schemes, for the locale of the calling file: no
 * `serious` or `critical` axe violation. Everything axe reported, whatever its impact, and what it could not
 * decide, is also written to artifacts/accessibility/axe-<locale>.json, the report to read when one appears.
 */
export function checkEveryPageState(): void {
  const report: Record<string, AxeReport> = {};
  let locale = '';
  describe('axe on every page state, light and dark', () => {
    test.for(PAGE_STATES)('$name', async (state, { pacer, locale: fileLocale }) => {
      locale = fileLocale;
      const before = new Set(pacer.context.pages());
      const page = await state.open(pacer);
      // The document's language follows the UI's, so screen readers pronounce it right (axe only checks it is valid).
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(fileLocale.startsWith('en') ? 'en' : 'zh-CN');
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        const result = await runAxe(page);
        report[`${state.name}, ${scheme}`] = result;
        expect.soft(blocking(result.violations), scheme).toEqual([]);
      }
      // The state's CRM tab and helper pages too: the next state's tabs must be the only ones at their address.
      for (const p of pacer.context.pages()) if (!before.has(p)) await p.close();
    });
  });
  test.afterAll(async () => {
    const dir = join(ROOT, 'artifacts', 'accessibility');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `axe-${locale}.json`), JSON.stringify(report, null, 2));
  });
}
