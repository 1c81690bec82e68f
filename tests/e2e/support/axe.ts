import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Waits for the page's finite animations and CSS transitions to end. After a theme switch a
 * button eases from one palette to the other over 120 ms; axe reading its colours half-way
 * would judge a mix no one ever sees at rest (CI once caught exactly that).
 */
async function settle(page: Page): Promise<void> {
  // A string, run in the page: this tsconfig has no DOM types.
  await page.evaluate(`Promise.all(
    document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
      .map((a) => a.finished.catch(() => undefined)),
  ).then(() => undefined)`);
}

/** Runs every axe rule (WCAG A/AA and best practices) on the page as it is now, once it is at rest. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  await settle(page);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const described = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(described, `axe on ${where}`).toEqual([]);
}
