import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { backupError } from './errors';

/**
 * The files a person picked in a native dialog, kept in main behind one-time, unguessable
 * tokens, so the page never names a path: it gets `{ token, fileName }` from the dialog
 * channel and hands the token back to backup.export / backup.inspect / backup.restore.
 *
 * - A 'save' token is for one backup: spent once a backup has been written there. A refused
 *   try (a short passphrase, a full disk) leaves it usable, so the person can fix that and
 *   try again without choosing the place anew.
 * - An 'open' token is for one backup file: it may be inspected (again, after a wrong
 *   passphrase) and then restored once; a restore that completes spends it.
 * - Every token expires a few minutes after the dialog closed, and only the newest few are
 *   kept. A token in use by one call cannot be used by a second call at the same time.
 *
 * main/app fills it from its dialogs; the test harness fills it the same way from the
 * answers a test queues.
 */
export type FilePurpose = 'save' | 'open';

export interface ChosenFile {
  token: string;
  /** For display only: the file's name, never its folder. */
  fileName: string;
}

export interface BackupFileTokens {
  /** Remembers a path a native dialog gave, and returns what the page may see of it. */
  issue(purpose: FilePurpose, path: string): ChosenFile;
  /** Runs `use` with the path behind `token`, for a look that does not spend it (backup.inspect). */
  peek<T>(token: string, purpose: FilePurpose, use: (path: string) => Promise<T>): Promise<T>;
  /** Runs `use` with the path behind `token`; the token is spent if `use` succeeds, and usable again if it fails. */
  spend<T>(token: string, purpose: FilePurpose, use: (path: string) => Promise<T>): Promise<T>;
}

export const TOKEN_LIFETIME_MS = 10 * 60_000;
const MAX_LIVE_TOKENS = 8;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

interface Chosen {
  purpose: FilePurpose;
  path: string;
  issuedAt: number;
  busy: boolean;
}

export const unknownFile = (purpose: FilePurpose) => backupError.unknownFile(purpose);

export function createBackupFileTokens(
  deps: { clock?: () => number; random?: (n: number) => Buffer } = {},
): BackupFileTokens {
  const clock = deps.clock ?? Date.now;
  const random = deps.random ?? randomBytes;
  const chosen = new Map<string, Chosen>();

  const forgetExpired = () => {
    for (const [token, file] of chosen) if (!file.busy && clock() - file.issuedAt > TOKEN_LIFETIME_MS) chosen.delete(token);
  };

  const take = (token: string, purpose: FilePurpose): Chosen => {
    forgetExpired();
    const file = TOKEN_PATTERN.test(token) ? chosen.get(token) : undefined;
    if (!file || file.purpose !== purpose || file.busy) throw unknownFile(purpose);
    return file;
  };

  return {
    issue(purpose, path) {
      forgetExpired();
      const token = random(32).toString('base64url');
      chosen.set(token, { purpose, path, issuedAt: clock(), busy: false });
      // Insertion order is age order: drop the oldest idle ones beyond the few kept.
      for (const [old, file] of chosen) {
        if (chosen.size <= MAX_LIVE_TOKENS) break;
        if (!file.busy) chosen.delete(old);
      }
      return { token, fileName: basename(path) };
    },

    async peek(token, purpose, use) {
      const file = take(token, purpose);
      file.busy = true;
      try {
        return await use(file.path);
      } finally {
        file.busy = false;
      }
    },

    async spend(token, purpose, use) {
      const file = take(token, purpose);
      file.busy = true;
      try {
        const result = await use(file.path);
        chosen.delete(token);
        return result;
      } finally {
        file.busy = false;
      }
    },
  };
}

/**
 * The one store of the process: main/app's dialogs fill it and the core backup handlers read
 * it (tests pass their own to both).
 */
export const backupFileTokens = createBackupFileTokens();
