import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { goTo } from './journey';
import type { PageGlobal } from './page-global';

export const ARTIFACTS = 'tests/e2e/artifacts/';

/** Noon, `days` before `now`, on this machine's clock (the browser shares its time zone). */
export function noonDaysAgo(now: number, days: number): number {
  const date = new Date(now - days * 86_400_000);
  date.setHours(12, 0, 0, 0);
  return date.getTime();
}

export const dayOf = (utc: number): string => {
  const date = new Date(utc);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

/**
 * Starts and completes an exercise session at the page's clock, as the session screen
 * would, optionally with one reflection. (The exercises UI has its own e2e tests.)
 */
export async function completeSession(page: Page, exerciseId: string, reflection?: { author: 'a' | 'b'; body: string }) {
  await page.evaluate(
    async ({ exerciseId: id, reflection: said }) => {
      const api = (globalThis as unknown as PageGlobal).hearth.invoke;
      const at = () => ({ utc: Date.now(), offsetMinutes: -new Date().getTimezoneOffset() });
      const started = await api['sessions.start']({ exerciseId: id, at: at() });
      if (!started.ok) throw new Error(started.error.code);
      const done = await api['sessions.complete']({ id: started.value.id, reflections: said ? [said] : [], at: at() });
      if (!done.ok) throw new Error(done.error.code);
    },
    { exerciseId, reflection },
  );
}

/** One partner's check-in through the Check-ins screen, from "Who is checking in?" to the thanks. */
export async function checkIn(page: Page, name: string, ratings: [number, number, number], note?: string): Promise<void> {
  const chooser = page.getByRole('region', { name: 'Who is checking in?' });
  if (await chooser.isVisible()) await chooser.getByRole('button', { name, exact: true }).click();
  else await page.getByRole('button', { name: `${name}’s turn` }).click();
  const form = page.getByRole('form', { name: `${name}’s check-in` });
  await expect(form.getByRole('heading', { level: 2 })).toBeFocused();
  const questions = ['How close do you feel right now?', 'How safe do you feel being open right now?', 'How heard do you feel lately?'];
  for (const [index, question] of questions.entries()) {
    await form.getByRole('group', { name: question }).getByRole('radio', { name: new RegExp(`^${ratings[index]}\\b`) }).check();
  }
  if (note) await form.getByLabel('Anything you would like to add?').fill(note);
  await form.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Thank you, ${name}` })).toBeFocused();
}

export async function openCheckIns(page: Page): Promise<void> {
  await goTo(page, 'Check-ins');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check in');
}

/** A screenshot and an axe scan in the light theme, then the dark one; back to light afterwards. */
export async function inBothThemes(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    // Reduced motion: buttons ease their colours, and a shot mid-change shows neither theme.
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.screenshot({ path: `${ARTIFACTS}${name}-1280x800-${scheme}.png`, fullPage: options.fullPage ?? false });
    await expectNoAxeViolations(page, `${name} (${scheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: null });
}
