/**
 * Zero-config client-ID reading on hard screens of our own (demo-crm/fixtures/), in real Chromium with the
 * built extension: the exact ID, or "no client", as the bound side panel shows it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from './support/fixture';

const state = (panel: Page) => panel.getByTestId('panel-state').getAttribute('data-state');
const shownId = (panel: Page) => panel.getByTestId('client-id').textContent();

describe('zero-config: the one client on screen', () => {
  test.for<[what: string, path: string, id: string, label: string]>([
    [
      'a client screen full of distractors (accounts, ID cards, phones, same-shape numbers)',
      '/fixtures/distractors.html',
      '8800012345',
      '客户号',
    ],
    ['a GBK-encoded page with full-width digits', '/fixtures/client.gbk.html', '8800223344', '客户号'],
    ['a Big5-encoded page (traditional labels, Taiwan ID-card distractor)', '/fixtures/client.big5.html', 'H123456789', '客戶編號'],
    ['a read-only input next to a label', '/fixtures/readonly-input.html', '8800556677', '客户号'],
    ['open shadow DOM three levels deep', '/fixtures/shadow.html', 'C20240917', 'Client ID'],
    [
      'a label split over two elements in one shadow tree, its value in another, a copy button beside it',
      '/fixtures/shadow-split.html',
      '8800098765',
      '客户号',
    ],
    ['a slow screen that renders the client 700 ms after load', '/fixtures/late.html', '8800044556', '客户号'],
    ['a URL whose number is an internal row ID, not the client number', '/fixtures/row-id.html?id=4411', '8800061234', '客户编号'],
    ['a frameset with the ID only in a nested iframe', '/fixtures/frames/', '8800070001', '客户号'],
    [
      'a long screen (2,000 elements, searched by its text): SVG metadata, a template, 320 related clients before a split label',
      '/fixtures/long-screen.html',
      '8800012345',
      '客户号',
    ],
    ['that long screen rendering its client card 400 ms after load', '/fixtures/long-screen.html?late=1', '8800012345', '客户号'],
  ])('%s', async ([, path, id, label], { pacer }) => {
    const crm = await pacer.openCrm(path);
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => shownId(panel)).toBe(id);
    expect(await panel.getByTestId('client-via').textContent()).toContain(label);
    await panel.close();
    await crm.close();
  });

  test.for<[what: string, path: string]>([
    ['a client list', '/fixtures/list.html'],
    ['a dashboard with a birthday list', '/fixtures/dashboard.html'],
    ['a screen with only account, ID-card and phone numbers', '/fixtures/distractors-only.html'],
    ['a screen whose label the heuristic does not know', '/fixtures/custom.html'],
    ['a long screen listing two clients under the client-number label', '/fixtures/long-screen.html?list=1'],
  ])('%s is "no client"', async ([, path], { pacer }) => {
    const crm = await pacer.openCrm(path);
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => state(panel)).toBe('none');
    expect(await panel.getByTestId('client-id').count()).toBe(0);
    await panel.close();
    await crm.close();
  });

  test('follows a frame deep inside the frameset loading another client', async ({ pacer }) => {
    const crm = await pacer.openCrm('/fixtures/frames/');
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => shownId(panel)).toBe('8800070001');
    await crm.frame({ name: 'top' })!.getByText('下一位客户').click();
    await expect.poll(() => shownId(panel)).toBe('8800070002');
    await panel.close();
    await crm.close();
  });
});
