/**
 * Scripts injected into a CRM tab only when the RM asks: teach mode and rule testing. Each gets its input
 * through a global in the extension's isolated world, set by a tiny function injected just before.
 */
import { browser } from 'wxt/browser';
import type { SiteRule } from '@/lib/client-id/rule-types';

async function runFile(tabId: number, file: '/teach.js' | '/rule-test.js'): Promise<unknown> {
  const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  return first?.result;
}

/** Resolves when the RM clicked something on the page (a proposal) or cancelled. */
export async function startTeach(tabId: number, banner: string): Promise<unknown> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (text: string) => {
      globalThis.pacerTeach = { banner: text };
    },
    args: [banner],
  });
  return runFile(tabId, '/teach.js');
}

export async function stopTeach(tabId: number): Promise<void> {
  await browser.scripting
    .executeScript({ target: { tabId }, func: () => globalThis.pacerTeachStop?.() })
    .catch(() => undefined);
}

export async function testRuleInTab(tabId: number, rule: SiteRule): Promise<unknown> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (r: SiteRule) => {
      globalThis.pacerRuleTest = r;
    },
    args: [rule],
  });
  return runFile(tabId, '/rule-test.js');
}
