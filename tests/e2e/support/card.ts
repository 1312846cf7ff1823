/** The card's folded sections, opened the way an RM opens them: a click on the fold's title. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const isOpen = (panel: Page, testId: string) => panel.getByTestId(testId).evaluate((d) => (d as HTMLDetailsElement).open);

/** Open a fold unless it is open already (the card remembers open folds across clients). */
export async function unfold(panel: Page, testId: string): Promise<void> {
  if (!(await isOpen(panel, testId))) await panel.getByTestId(testId).locator('summary').click();
  await expect.poll(() => isOpen(panel, testId)).toBe(true);
}
