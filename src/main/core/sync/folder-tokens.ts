import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { syncError } from './errors';

/**
 * The shared folder a person picked in a native dialog, kept in main behind a one-time token
 * (as backup's files are: core/backup/file-tokens.ts), so the page never names a path.
 * main/app fills it from its folder dialog; the test harness from its --sync-dir.
 */
export interface FolderTokens {
  issue(path: string): { token: string; folderName: string };
  /** The path behind a token, which is spent. */
  take(token: string): string;
}

const LIFETIME_MS = 10 * 60_000;
const PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function createFolderTokens(clock: () => number = Date.now): FolderTokens {
  const chosen = new Map<string, { path: string; issuedAt: number }>();
  return {
    issue(path) {
      for (const [token, c] of chosen) if (clock() - c.issuedAt > LIFETIME_MS) chosen.delete(token);
      const token = randomBytes(32).toString('base64url');
      chosen.set(token, { path, issuedAt: clock() });
      return { token, folderName: basename(path) || path };
    },
    take(token) {
      const c = PATTERN.test(token) ? chosen.get(token) : undefined;
      if (!c || clock() - c.issuedAt > LIFETIME_MS) {
        throw syncError.folderChoiceGone();
      }
      chosen.delete(token);
      return c.path;
    },
  };
}

/** The process's one store: main/app's dialog writes, the core sync handlers read. */
export const syncFolderTokens = createFolderTokens();
