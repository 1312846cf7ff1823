/**
 * Help where the RM is, in zh-CN: the bundled help pages open from the options and from the panel's "no client"
 * state (no path into the source tree); the options page's navigation and anchors, and the popup's "set this
 * month's targets" landing on the targets section.
 */
import { OPTIONS_SECTIONS } from '../../lib/options-sections';
import { describe, expect, test } from './support/fixture';
import { helpTitlesFromOptions, sectionAtTop } from './support/help';

describe('help pages and the options’ anchors', () => {
  test('the help pages open from the options in Chinese', async ({ pacer }) => {
    expect(await helpTitlesFromOptions(pacer, 'zh-CN')).toEqual({
      'site-rules': '读取客户号与站点规则',
      'managed-policy': '行内 IT：统一策略配置',
      pacing: '节奏规则：月计划与今日差距',
    });
  });

  test('the panel’s “no client” state links to the site-rules help page', async ({ pacer }) => {
    const crm = await pacer.openCrm('/crm/clients?t=help');
    const panel = await pacer.openPanel(crm);
    await expect.poll(() => panel.getByTestId('panel-state').getAttribute('data-state')).toBe('none');
    const [help] = await Promise.all([pacer.context.waitForEvent('page'), panel.getByTestId('help-site-rules').click()]);
    await expect.poll(() => help.getByTestId('help-title').textContent()).toBe('读取客户号与站点规则');
    expect(new URL(help.url()).hash).toBe('#site-rules');
    for (const p of [help, panel, crm]) await p.close();
  });

  test('the options page lists every section, and each link brings its section to the top', async ({ pacer }) => {
    const options = await pacer.extensionPage('options.html');
    const nav = options.getByTestId('options-nav');
    expect(await nav.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(OPTIONS_SECTIONS.map((s) => `#${s}`));
    for (const s of OPTIONS_SECTIONS) expect(await options.locator(`[id="${s}"]`).count(), s).toBe(1);
    expect(await sectionAtTop(options, 'calendar')).toBe(false);
    await options.getByTestId('options-nav-calendar').click();
    await expect.poll(() => sectionAtTop(options, 'calendar')).toBe(true);
    await options.getByTestId('options-nav-rules').click();
    await expect.poll(() => sectionAtTop(options, 'rules')).toBe(true);
    await options.close();
  });

  test('the popup’s “set this month’s targets” opens the options at the targets section', async ({ pacer }) => {
    const popup = await pacer.extensionWindow('popup.html');
    const [options] = await Promise.all([pacer.context.waitForEvent('page'), popup.getByTestId('set-targets').click()]);
    expect(new URL(options.url()).hash).toBe('#targets');
    // Scrolled to the section once it has rendered, its heading focused for the keyboard.
    await expect.poll(() => sectionAtTop(options, 'targets')).toBe(true);
    expect(await options.evaluate(() => document.activeElement?.closest('section')?.id)).toBe('targets');
    await popup.close();
    await options.close();
  });
});
