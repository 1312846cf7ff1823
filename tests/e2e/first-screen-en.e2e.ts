/**
 * The card's first screen at 360 × 720 in English (longer labels than Chinese), light and dark, for a known and a
 * new client; and the help pages from the options in English. A file of its own: the browser's locale is set when
 * it starts (zh-CN: first-screen.e2e.ts, help-and-anchors.e2e.ts).
 */

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
import { describe, expect, test } from './support/fixture';
import { helpTitlesFromOptions } from './support/help';

test.override({ locale: 'en-US' });

describe('the first screen in English', () => {
  test('a new client’s set-up and a known client’s first screen fit 360 × 720 in every cell, light and dark', async ({ pacer }) => {
    const first = await openCard(pacer, NEW_CLIENT.clientNo, 'en-seed');
    await seedKnownClients(first.panel, pacer.crmUrl);
    expect(await first.panel.getByTestId('client-card').getAttribute('data-first-screen')).toBe('setup');
    for (const scheme of ['light', 'dark'] as const) {
      await first.panel.emulateMedia({ colorScheme: scheme });
      expect(await outside(first.panel, SETUP_CONTROLS), `new, ${scheme}`).toEqual([]);
    }
    await first.panel.close();
    await first.crm.close();
    for (const client of [POSITIVE, RESISTANT]) {
      const { crm, panel } = await openCard(pacer, client.clientNo, 'en');
      expect(await panel.getByTestId('add-to-pipeline').textContent()).toBe('Add to pipeline');
      await pacer.screenshot(panel, `first-screen-${client === POSITIVE ? 'positive' : 'resistant'}-en`);
      for (const scheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme: scheme });
        expect(await outside(panel, GLANCE_CONTROLS), `${client.clientNo}, ${scheme}`).toEqual([]);
      }
      await panel.close();
      await crm.close();
    }
    for (const n of NINE) {
      const { crm, panel } = await openCard(pacer, n.client.clientNo, `en-${n.band}-${n.sentiment}`);
      await expect.poll(() => panel.getByTestId('grid').getAttribute('data-cell')).toBe(`${n.band}-${n.sentiment}`);
      await pacer.screenshot(panel, `first-screen-${n.band}-${n.sentiment}-en`);
      for (const scheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme: scheme });
        expect(await outside(panel, GLANCE_CONTROLS), `${n.band}-${n.sentiment}, ${scheme}`).toEqual([]);
      }
      await panel.close();
      await crm.close();
    }
  });

  test('the help pages open from the options in English', async ({ pacer }) => {
    expect(await helpTitlesFromOptions(pacer, 'en')).toEqual({
      'site-rules': 'Reading the client number: site rules',
      'managed-policy': 'For IT: managed policy',
      pacing: 'Pacing: the month’s plan and today’s gap',
    });
  });
});
