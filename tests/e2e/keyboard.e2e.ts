/**
 * The main flows by keyboard alone (Tab, Shift+Tab, Enter, Space, arrows; no click anywhere): tag a sentiment,
 * add a deal and set its amount, log a contact, set a target, import a rules file. Every Tab checks that focus
 * moved in reading order and that the control it reached shows a ring one can see (support/keyboard.ts); each
 * flow ends on what was stored.
 */
import type { Page } from 'playwright-core';
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { toIsoDate } from '../../lib/calendar/dates';
import { shiftMonth } from '../../lib/calendar/working-days';
import { describe, expect, type Pacer, test } from './support/fixture';
import { readStore } from './support/idb';
import { tabTo } from './support/keyboard';

const client = CLIENTS[30]!;
const WAN = 1_000_000;
const id = (testId: string) => `[data-testid="${testId}"]`;

async function panelFor(pacer: Pacer, clientNo: string): Promise<Page> {
  const crm = await pacer.openCrm(`/crm/client?cust=${clientNo}`);
  const panel = await pacer.openPanel(crm);
  await expect.poll(() => panel.getByTestId('client-card').getAttribute('data-ready')).toBe('true');
  return panel;
}

/** Tab to a control; tabTo checks the focus ring of every control on the way and of this one. */
const reach = (page: Page, selector: string, opts?: { back?: boolean }) => tabTo(page, selector, opts);

const mine = <T extends { clientId: string }>(rows: T[]) => rows.filter((r) => r.clientId === client.clientNo);

describe('the client card by keyboard', () => {
  let panel: Page;

  test('tags a sentiment with Space, and another with Shift+Tab and Enter', async ({ pacer }) => {
    panel = await panelFor(pacer, client.clientNo);
    await reach(panel, id('sentiment-positive'));
    await panel.keyboard.press('Space');
    await expect.poll(() => panel.getByTestId('sentiment-positive').getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(async () => mine(await readStore<{ clientId: string; sentiment: string; source: string }>(panel, 'sentimentEvents')))
      .toEqual([expect.objectContaining({ sentiment: 'positive', source: 'panel' })]);

    await reach(panel, id('sentiment-neutral'), { back: true });
    await panel.keyboard.press('Enter');
    await expect
      .poll(async () => mine(await readStore<{ clientId: string; sentiment: string }>(panel, 'sentimentEvents')).map((e) => e.sentiment))
      .toEqual(['positive', 'neutral']);
    // The button follows the stored tag through the card's live query: a moment after the write, as the RM sees it.
    await expect.poll(() => panel.getByTestId('sentiment-neutral').getAttribute('aria-pressed')).toBe('true');
  });

  test('adds a deal to the pipeline, picks its indicator with the arrows and types its amount', async () => {
    await reach(panel, id('add-to-pipeline'));
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.getByTestId('deal').count()).toBe(1);
    type Deal = { clientId: string; indicator: string; amount: number; stage: string };
    await expect.poll(async () => mine(await readStore<Deal>(panel, 'deals'))).toHaveLength(1);

    await reach(panel, id('deal-indicator'));
    // ArrowDown on a closed select picks the next choice.
    const next = await panel.getByTestId('deal-indicator').evaluate((el: HTMLSelectElement) => el.options[el.selectedIndex + 1]?.value);
    expect(next).toBeTruthy();
    await panel.keyboard.press('ArrowDown');
    await reach(panel, id('deal-amount'));
    await panel.keyboard.type('500000');
    await panel.keyboard.press('Enter');
    await expect
      .poll(async () => mine(await readStore<Deal>(panel, 'deals'))[0])
      .toMatchObject({ amount: 50_000_000, stage: 'invited', indicator: next });
    expect(await panel.getByTestId('deal-amount-label').textContent()).toBe('50万');
  });

  test('unfolds the contact log with Enter and logs a contact', async () => {
    await reach(panel, `${id('contacts-section')} > summary`);
    await panel.keyboard.press('Enter');
    // A fold builds its content once open, a moment after the toggle: Tab before that would skip the form.
    await expect.poll(() => panel.getByTestId('contact-channel').count()).toBe(1);
    await reach(panel, id('contact-channel'));
    await panel.keyboard.press('ArrowDown');
    await reach(panel, id('contact-purpose'));
    await panel.keyboard.press('ArrowDown');
    await reach(panel, id('contact-note'));
    await panel.keyboard.type('电话回访，约下周面谈');
    await reach(panel, id('contact-add'));
    await panel.keyboard.press('Enter');
    type Contact = { clientId: string; date: string; channel: string; purpose: string; note: string };
    await expect
      .poll(async () => mine(await readStore<Contact>(panel, 'contacts')))
      .toEqual([
        expect.objectContaining({ date: toIsoDate(new Date()), channel: 'visit', purpose: 'notice', note: '电话回访，约下周面谈' }),
      ]);
    await expect.poll(() => panel.getByTestId('contact').count()).toBe(1);

    // Back up the card: each control scrolled into view from below must land clear of the sticky top bar.
    await reach(panel, id('deal-amount'), { back: true });
    await reach(panel, id('sentiment-positive'), { back: true });
  });
});

describe('the options by keyboard', () => {
  test('sets this month’s and next month’s target', async ({ pacer }) => {
    const options = await pacer.extensionPage('options.html');
    await expect.poll(() => options.getByTestId('target-row').count()).toBe(6);
    const input = (indicator: string) => `[data-testid="target-row"][data-indicator="${indicator}"] ${id('target-input')}`;
    const thisMonth = toIsoDate(new Date()).slice(0, 7);
    type Target = { month: string; indicator: string; value: number };
    const stored = async () => (await readStore<Target>(options, 'targets')).map((t) => [t.month, t.indicator, t.value]).sort();

    await reach(options, input('investment'));
    await options.keyboard.type('229');
    await options.keyboard.press('Tab');
    await expect.poll(stored).toEqual([[thisMonth, 'investment', 229 * WAN]]);

    await reach(options, id('target-month'), { back: true });
    await options.keyboard.press('ArrowDown');
    await expect.poll(() => options.locator(input('investment')).inputValue()).toBe('');
    await reach(options, input('investment'));
    await options.keyboard.type('200');
    await options.keyboard.press('Tab');
    await expect.poll(stored).toEqual([
      [thisMonth, 'investment', 229 * WAN],
      [shiftMonth(thisMonth, 1), 'investment', 200 * WAN],
    ]);
    await options.close();
  });

  test('imports a site rules file: the import button is a tab stop that opens the file picker', async ({ pacer }) => {
    const options = await pacer.extensionPage('options.html');
    await expect.poll(() => options.getByTestId('rule-settings').count()).toBe(1);
    const rule = { id: 'kb-rule', name: '键盘导入', match: [`${pacer.crmUrl}/crm/*`], strategies: [{ kind: 'label', labels: ['客户号'] }] };
    // Listening first: Playwright starts intercepting the picker only once asked, asynchronously.
    const picker = options.waitForEvent('filechooser');
    await reach(options, id('rule-import-button'));
    await options.keyboard.press('Enter');
    await (await picker).setFiles({
      name: 'rules.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ version: 1, rules: [rule] })),
    });
    await expect.poll(() => options.getByTestId('rule-notice').textContent()).toBe('已导入 1 条规则。');
    expect(await options.evaluate(async () => (await chrome.storage.local.get('siteRules')).siteRules)).toEqual([
      expect.objectContaining({ id: 'kb-rule', name: '键盘导入' }),
    ]);
    await options.close();
  });
});
