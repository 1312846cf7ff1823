/**
 * The demo book (scripts/demo.sh fills it): the demo CRM's clients with their work, marked as demo data. The book
 * says so on every view and removes it in one click; a client the RM recorded themselves stays.
 */

import { demoBookRows } from '../../demo-crm/book';
import { CLIENTS } from '../../demo-crm/clients.mjs';
import { seedBook } from './support/book';
import { id, NOW, seededBook, TODAY } from './support/book-fixtures';
import { describe, expect, test } from './support/fixture';
import { putRows, readStore } from './support/idb';

test.beforeAll(async ({ pacer }) => {
  await pacer.context.clock.setFixedTime(NOW);
});

const demo = <T extends object>(rows: readonly T[]) => rows.map((r) => ({ ...r, demo: true }));

describe('the demo book', () => {
  test('is marked as demo data on every view and removed in one click, leaving the RM’s own client', async ({ pacer }) => {
    const page = await pacer.extensionWindow('book.html');
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => page.getByTestId('book').getAttribute('data-state')).toBe('empty');
    const origin = new URL(pacer.crmUrl).origin;
    const rows = demoBookRows(CLIENTS, origin, TODAY, NOW.getTime());
    // One client of the RM's own (王建国 of the shared fixture) beside the demo's fifty.
    const own = seededBook(origin);
    await seedBook(page, {
      clients: [...demo(rows.clients), own.clients![0]!],
      sentimentEvents: [...demo(rows.sentimentEvents), own.sentimentEvents![0]!],
      contacts: demo(rows.contacts),
      deals: demo(rows.deals),
    });
    await putRows(page, 'targets', demo(rows.targets));
    await putRows(page, 'achievements', demo(rows.achievements));
    await putRows(page, 'bookMeta', [{ key: 'demo', loadedAt: NOW.getTime(), clients: CLIENTS.length }]);
    await page.reload();
    await expect.poll(() => page.getByTestId('book').getAttribute('data-state')).toBe('ready');
    expect(await page.getByTestId('book-total').textContent()).toBe('共 51 位客户');
    const banner = page.getByTestId('demo-banner');
    expect(await banner.textContent()).toContain('演示数据：这 50 位客户及其联系记录、商机、目标和业绩都是演示用的');
    for (const view of ['calls', 'pipeline', 'pacing', 'value']) {
      await page.getByTestId(`nav-${view}`).click();
      await expect.poll(() => banner.isVisible()).toBe(true);
    }
    await page.getByTestId('nav-board').click();

    await page.getByTestId('demo-remove').click();
    await expect.poll(() => page.getByTestId('book-total').textContent()).toBe('共 1 位客户');
    expect(await page.getByTestId('demo-banner').count()).toBe(0);
    expect((await readStore<{ clientId: string }>(page, 'clientSummaries')).map((s) => s.clientId)).toEqual([id(1)]);
    for (const store of ['deals', 'contacts', 'targets', 'achievements', 'bookMeta']) expect(await readStore(page, store)).toEqual([]);
    expect((await readStore<{ clientId: string }>(page, 'clients')).map((c) => c.clientId)).toEqual([id(1)]);
    await page.close();
  });
});
