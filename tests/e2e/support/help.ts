/** Opening a bundled help page from the options, as the RM or IT does: a click that opens a new tab. */
import type { Page } from 'playwright-core';
import { HELP_PAGES } from '../../../lib/help-pages';
import { expect, type Pacer } from './fixture';

/** Each help page's title, opened from the options' help section; the new tab's address and language checked. */
export async function helpTitlesFromOptions(pacer: Pacer, lang: string): Promise<Record<string, string>> {
  const options = await pacer.extensionPage('options.html');
  await expect.poll(() => options.getByTestId('help-settings').count()).toBe(1);
  const titles: Record<string, string> = {};
  for (const page of HELP_PAGES) {
    const [help] = await Promise.all([pacer.context.waitForEvent('page'), options.getByTestId(`open-help-${page}`).click()]);
    await help.waitForLoadState();
    expect(help.url()).toBe(`chrome-extension://${pacer.extensionId}/help.html#${page}`);
    await expect.poll(() => help.getByTestId('help').getAttribute('data-page')).toBe(page);
    expect(await help.evaluate(() => document.documentElement.lang)).toBe(lang);
    titles[page] = (await help.getByTestId('help-title').textContent()) ?? '';
    // Every section has a heading and text: the page is not an empty shell.
    expect(await help.locator('main section h2').count()).toBeGreaterThan(2);
    await help.close();
  }
  await options.close();
  return titles;
}

/**
 * Whether section `id` has been brought to the top: where the page's scroll padding and the section's scroll margin
 * put it (below any sticky bar), or as high as it can go when the page ends before it reaches the top.
 */
export async function sectionAtTop(page: Page, id: string): Promise<boolean> {
  return page.evaluate((id) => {
    const section = document.getElementById(id)!;
    const top = section.getBoundingClientRect().top;
    const px = (v: string) => Number.parseFloat(v) || 0;
    const want = px(getComputedStyle(document.documentElement).scrollPaddingTop) + px(getComputedStyle(section).scrollMarginTop);
    const atEnd = Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight;
    return Math.abs(top - want) <= 4 || (atEnd && top > want && top < window.innerHeight);
  }, id);
}
