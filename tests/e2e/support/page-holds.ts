import type { Page } from '@playwright/test';

/**
 * Everything a page keeps that someone at the computer could read: its whole DOM and its
 * storage. Shared by the lock, help and private-page specs.
 */
export async function whatThePageHolds(page: Page) {
  return page.evaluate(async () => {
    const page = globalThis as unknown as {
      document: { documentElement: { outerHTML: string } };
      localStorage: { length: number };
      sessionStorage: { length: number };
      indexedDB: { databases(): Promise<{ name?: string }[]> };
    };
    return {
      html: page.document.documentElement.outerHTML,
      localStorage: page.localStorage.length,
      sessionStorage: page.sessionStorage.length,
      databases: (await page.indexedDB.databases()).map((db) => db.name),
    };
  });
}
