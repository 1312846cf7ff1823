/**
 * Quick placing by keyboard in real Chromium: three clients of the seeded book placed with single keys (what is
 * unknown of each is asked, nothing else), one answer undone and given again, every answer stored, and the measured
 * keystrokes per client shown.
 */
import type { Page } from 'playwright-core';
import { seedBook } from './support/book';
import { id, NOW, seededBook } from './support/book-fixtures';
import { describe, expect, test } from './support/fixture';
import { readStore } from './support/idb';

test.beforeAll(async ({ pacer }) => {
  await pacer.context.clock.setFixedTime(NOW);
});

const state = (page: Page) =>
  page
    .getByTestId('triage')
    .evaluate((e) => [e.querySelector('[data-testid="triage-client"]')?.getAttribute('data-client-id'), e.getAttribute('data-step')]);

describe('quick placing', () => {
  test('places three clients with one to three keys each, with undo; every answer is stored', async ({ pacer }) => {
    const page = await pacer.extensionWindow('book.html#triage');
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => page.getByTestId('book').getAttribute('data-state')).toBe('empty');
    await seedBook(page, seededBook(new URL(pacer.crmUrl).origin));
    await page.reload();
    await expect.poll(() => page.getByTestId('triage').getAttribute('data-ready')).toBe('true');
    // The client with no record: band, sentiment (tagged 170 days ago) and rung are asked.
    expect(await state(page)).toEqual([id(10), 'band']);
    expect(await page.getByTestId('triage-progress').textContent()).toBe('第 1 / 13 位');
    await pacer.screenshot(page, 'book-triage');
    await page.keyboard.press('3');
    await expect.poll(() => state(page)).toEqual([id(10), 'sentiment']);
    await page.keyboard.press('3');
    await expect.poll(() => state(page)).toEqual([id(10), 'rung']);
    await page.keyboard.press('7');
    // Known band, no sentiment, no rung: two questions; Enter leaves the rung unset.
    await expect.poll(() => state(page)).toEqual([id(12), 'sentiment']);
    await page.keyboard.press('2');
    await expect.poll(() => state(page)).toEqual([id(12), 'rung']);
    await page.keyboard.press('Enter');
    // A stale sentiment only: one key. Then undone, and answered again.
    await expect.poll(() => state(page)).toEqual([id(1), 'sentiment']);
    await page.keyboard.press('3');
    await expect.poll(() => state(page)).toEqual([id(2), 'sentiment']);
    await page.keyboard.press('Backspace');
    await expect.poll(() => state(page)).toEqual([id(1), 'sentiment']);
    await page.keyboard.press('1');
    await expect.poll(() => state(page)).toEqual([id(2), 'sentiment']);
    expect(await page.getByTestId('triage').getAttribute('data-keys-per-client')).toBe('2.0');
    expect(await page.getByTestId('triage-stats').textContent()).toBe('已定位 3 位，平均每位 2.0 次按键');

    // Each answer is written as the next question shows: the stores are read once the writes have landed.
    const client = async (clientId: string) =>
      (await readStore<{ clientId: string; rung: number | null; familiarity: { override: number | null } }>(page, 'clients')).find(
        (c) => c.clientId === clientId,
      );
    await expect.poll(() => client(id(10))).toMatchObject({ rung: 7, familiarity: { override: 7 } });
    await expect.poll(() => client(id(12))).toMatchObject({ rung: null, familiarity: { override: 5 } });
    const latest = async (clientId: string) =>
      (await readStore<{ clientId: string; sentiment: string; seq: number }>(page, 'sentimentEvents'))
        .filter((e) => e.clientId === clientId)
        .sort((a, b) => a.seq - b.seq)
        .map((e) => e.sentiment);
    await expect.poll(() => latest(id(10))).toEqual(['positive', 'positive']);
    await expect.poll(() => latest(id(12))).toEqual(['neutral']);
    await expect.poll(() => latest(id(1))).toEqual(['positive', 'resistant']);
    const cells = async () => {
      const all = Object.fromEntries(
        (await readStore<{ clientId: string; cell: string }>(page, 'clientSummaries')).map((s) => [s.clientId, s.cell]),
      );
      return [all[id(10)], all[id(12)], all[id(1)]];
    };
    await expect.poll(cells).toEqual(['high.positive', 'mid.neutral', 'high.resistant']);
    await page.close();
  });

  test('a key pressed the moment the next question shows answers that question', async ({ freshPacer: pacer }) => {
    await pacer.context.clock.setFixedTime(NOW);
    const page = await pacer.extensionWindow('book.html#triage');
    await expect.poll(() => page.getByTestId('book').getAttribute('data-state')).toBe('empty');
    await seedBook(page, seededBook(new URL(pacer.crmUrl).origin));
    await page.reload();
    await expect.poll(() => page.getByTestId('triage').getAttribute('data-ready')).toBe('true');
    expect(await state(page)).toEqual([id(10), 'band']);
    // A fast RM: each next key goes in as soon as the question on screen changes (within the same task), before the
    // view has had any other moment to itself.
    await page.evaluate(
      (keys) =>
        new Promise<void>((resolve) => {
          const triage = document.querySelector('[data-testid="triage"]')!;
          const press = (key: string) => dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
          let next = 1;
          new MutationObserver(() => {
            if (next < keys.length) press(keys[next++]!);
            else resolve();
          }).observe(triage, { attributes: true, attributeFilter: ['data-step'] });
          press(keys[0]!);
          // A key answering the wrong question leaves the view one step short: the assertions below say which.
          setTimeout(resolve, 3000);
        }),
      ['3', '3', '7'],
    );
    await expect.poll(() => state(page)).toEqual([id(12), 'sentiment']);
    // Band, then sentiment, then rung: each answer to its own question.
    await expect
      .poll(async () =>
        (await readStore<{ clientId: string; sentiment: string }>(page, 'sentimentEvents'))
          .filter((e) => e.clientId === id(10))
          .map((e) => e.sentiment),
      )
      .toEqual(['positive', 'positive']);
    const client = (
      await readStore<{ clientId: string; rung: number | null; familiarity: { override: number | null } }>(page, 'clients')
    ).find((c) => c.clientId === id(10));
    expect(client).toMatchObject({ rung: 7, familiarity: { override: 7 } });
    await page.close();
  });
});
