/**
 * axe-core run inside one of Pacer's built pages in real Chromium. Extension pages forbid inline and injected
 * scripts (their CSP), so axe's source goes in through Playwright's evaluate: CDP evaluation is not subject to
 * the page's CSP, and the pages themselves ship nothing of axe.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  /** Each offending node's selector and axe's summary of what is wrong with it. */
  nodes: { target: string; summary: string }[];
}

export interface AxeReport {
  violations: Violation[];
  /** What axe could not decide (a contrast over a mixed background, say): not a failure, but worth a look. */
  incomplete: Violation[];
}

/** axe's verdict on the page as it is now, in a shape a failed assertion prints readably. */
export async function runAxe(page: Page): Promise<AxeReport> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } };
    const r = await axe.run(document, { resultTypes: ['violations', 'incomplete'] });
    // Only what the report needs crosses back: the full result holds DOM references and is large.
    const brief = (results: AxeResults['violations']) =>
      results.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
      }));
    return { violations: brief(r.violations), incomplete: brief(r.incomplete) };
  });
}

/** The violations that fail a page: axe's `serious` and `critical`. */
export const blocking = (violations: readonly Violation[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
