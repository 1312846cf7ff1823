/**
 * The card's first screen at 360 × 720, in zh-CN, light and dark: for a known client every control the RM needs
 * between two calls (the client, the cell with its next action and what to avoid, the sentiment buttons, the rung
 * and its next step, the best script, add to pipeline, log a contact) is fully inside the viewport without
 * scrolling, read from the elements' bounding boxes; for a new client the quick set-up is. Then the panel's single
 * keys, pressed as an RM presses them, with their effects read back: the script on the clipboard, the deal and the
 * contact in IndexedDB. Screenshots of three clients' first screens.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  GLANCE_CONTROLS,
  NEW_CLIENT,
  NINE,
  openCard,
  outside,
  POSITIVE,
  RESISTANT,
  SETUP_CONTROLS,
  seedKnownClients,
} from './support/first-screen';
import { describe, expect, type Pacer, test } from './support/fixture';
import { readStore } from './support/idb';
import { SCREENSHOT_DIR } from './support/pacer';

async function seeded(pacer: Pacer): Promise<void> {
  const { crm, panel } = await openCard(pacer, NEW_CLIENT.clientNo, 'seed');
  await seedKnownClients(panel, pacer.crmUrl);
  await panel.close();
  await crm.close();
}

/** What the RM sees without scrolling: the viewport, not the whole page. */
const shot = (panel: Page, name: string) => panel.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });

describe('the first screen at 360 × 720', () => {
  test('a known client: every first-screen control is inside the viewport, light and dark, the rest folded', async ({ pacer }) => {
    await seeded(pacer);
    for (const [client, name] of [
      [POSITIVE, 'positive'],
      [RESISTANT, 'resistant'],
    ] as const) {
      const { crm, panel } = await openCard(pacer, client.clientNo, name);
      expect(await panel.getByTestId('client-card').getAttribute('data-first-screen')).toBe('glance');
      expect(await panel.getByTestId('client-name').textContent()).toBe(client.name);
      await shot(panel, `first-screen-${name}-zh-CN`);
      for (const scheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme: scheme });
        expect(await outside(panel, GLANCE_CONTROLS), `${name}, ${scheme}`).toEqual([]);
      }
      // The rest folds below, closed until the RM opens it.
      const folds = ['familiarity-section', 'scripts-section', 'pipeline-section', 'profile-section', 'memory-section', 'contacts-section'];
      for (const f of folds) expect(await panel.getByTestId(f).getAttribute('open'), f).toBeNull();
      await panel.emulateMedia({ colorScheme: 'light' });
      await panel.close();
      await crm.close();
    }
    // Every cell's strategy is of its own length: each of the nine fits.
    for (const n of NINE) {
      const { crm, panel } = await openCard(pacer, n.client.clientNo, `cell-${n.band}-${n.sentiment}`);
      await expect.poll(() => panel.getByTestId('grid').getAttribute('data-cell')).toBe(`${n.band}-${n.sentiment}`);
      for (const scheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme: scheme });
        expect(await outside(panel, GLANCE_CONTROLS), `${n.band}-${n.sentiment}, ${scheme}`).toEqual([]);
      }
      await panel.close();
      await crm.close();
    }
    // The resistant client's first screen also holds what they resist, and the cell says so.
    const { crm, panel } = await openCard(pacer, RESISTANT.clientNo, 'resistant-again');
    expect(await panel.getByTestId('cell-name').textContent()).toBe('认识 · 抗拒');
    expect(await panel.getByTestId('resistance-property').inputValue()).toBe('safety');
    await panel.close();
    await crm.close();
  });

  test('a new client: the quick set-up (evidence, sentiment, rung) is the first screen, light and dark', async ({ pacer }) => {
    const { crm, panel } = await openCard(pacer, NEW_CLIENT.clientNo, 'new');
    expect(await panel.getByTestId('client-card').getAttribute('data-first-screen')).toBe('setup');
    await shot(panel, 'first-screen-new-zh-CN');
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      expect(await outside(panel, SETUP_CONTROLS), scheme).toEqual([]);
    }
    await panel.emulateMedia({ colorScheme: 'light' });
    // Set up in a few clicks, all on the first screen; the layout stays while the RM works.
    await panel.getByTestId('signal-regularContact').check();
    await panel.getByTestId('sentiment-neutral').click();
    await panel.getByTestId('rung-3').click();
    await expect.poll(() => panel.getByTestId('ladder').getAttribute('data-rung')).toBe('3');
    expect(await panel.getByTestId('client-card').getAttribute('data-first-screen')).toBe('setup');
    const [record] = (await readStore<{ clientId: string; rung: number; familiarity: { signals: string[] } }>(panel, 'clients')).filter(
      (r) => r.clientId === NEW_CLIENT.clientNo,
    );
    expect(record).toMatchObject({ rung: 3, familiarity: { signals: ['regularContact'] } });
    await panel.close();
    await crm.close();
  });
});

describe('the panel’s keys', () => {
  test('c copies the top script, n offers the next, p adds a deal, l logs a contact, j moves on, ? lists them', async ({ pacer }) => {
    await seeded(pacer);
    // The clipboard is the system's: read back on the CRM page (an extension origin cannot be granted clipboard-read here).
    await pacer.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: pacer.crmUrl });
    const { crm, panel } = await openCard(pacer, POSITIVE.clientNo, 'keys');
    const clipboard = async () => {
      await crm.bringToFront();
      const text = await crm.evaluate(() => navigator.clipboard.readText());
      await panel.bringToFront();
      return text;
    };
    const top = panel.getByTestId('top-script');
    const firstId = await top.getByTestId('script').getAttribute('data-script-id');
    const firstText = await top.getByTestId('script-body').textContent();

    await panel.keyboard.press('c');
    await expect.poll(clipboard).toBe(firstText);
    await expect
      .poll(
        async () => (await readStore<{ scriptId: string; used: number }>(panel, 'scriptUsage')).find((u) => u.scriptId === firstId)?.used,
      )
      .toBe(1);

    await panel.keyboard.press('n');
    await expect.poll(() => top.getAttribute('data-rank')).toBe('2');
    expect(await top.getByTestId('script').getAttribute('data-script-id')).not.toBe(firstId);

    await panel.keyboard.press('?');
    const help = panel.getByTestId('key-help');
    await expect.poll(() => help.count()).toBe(1);
    expect(await help.locator('kbd').allTextContents()).toEqual(['C', 'N', 'P', 'L', 'J', 'K', '?']);
    expect(await help.locator('dd').first().textContent()).toBe('复制最合适的话术');
    // While the list is open, the keys do nothing but close it.
    await panel.keyboard.press('p');
    await panel.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
    const mine = async () =>
      (await readStore<{ clientId: string; id: string }>(panel, 'deals')).filter((d) => d.clientId === POSITIVE.clientNo);
    expect(await mine()).toHaveLength(1);

    await panel.keyboard.press('p');
    await expect.poll(async () => (await mine()).length).toBe(2);
    expect(await panel.getByTestId('pipeline-section').getAttribute('open')).not.toBeNull();

    // Back on the card (a click outside the deal's editor), l opens the contact form at its first field.
    await panel.getByTestId('client-id').click();
    await panel.keyboard.press('l');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('contact-channel');
    await panel.getByTestId('contact-note').fill('电话确认周四面谈');
    await panel.getByTestId('contact-note').press('Enter');
    await expect
      .poll(async () =>
        (await readStore<{ clientId: string; note: string }>(panel, 'contacts')).filter((c) => c.clientId === POSITIVE.clientNo),
      )
      .toEqual([expect.objectContaining({ note: '电话确认周四面谈' })]);

    // j and k step through the card's sections.
    await panel.getByTestId('client-id').click();
    await panel.keyboard.press('j');
    const focusedSection = () =>
      panel.evaluate(() => {
        const sections = [...document.querySelectorAll('[data-section]')];
        return sections.findIndex((s) => s.contains(document.activeElement));
      });
    expect(await focusedSection()).toBe(0);
    await panel.keyboard.press('j');
    await panel.keyboard.press('j');
    expect(await focusedSection()).toBe(2);
    await panel.keyboard.press('k');
    expect(await focusedSection()).toBe(1);
    await panel.close();
    await crm.close();
  });
});
