import { rmSync } from 'node:fs';
import type { Entry, PartnerSlot } from '../../../shared/model';
import type { PrivatePagesStatus } from '../../../shared/ipc/features/private';
import { openEncrypted, type WritableDB } from '../db/connection';
import { migrate } from '../db/migrate';
import { createEntry } from '../journal/entries';
import { nowAt } from '../time/local-day';
import type { PrivatePageDeps } from '../hearth';
import { isWrongSecret } from '../vault/attempts';
import { privateError } from './errors';
import { createPrivateKey, unwrapPrivateKey, type PrivateSecret } from './keys';
import { deleteNote, requireNote } from './notes';
import {
  hasPrivatePage,
  privateDatabaseFile,
  privatePageFiles,
  readPrivatePageFile,
  writePrivatePageFile,
} from './page-file';
import { PRIVATE_MIGRATIONS } from './schema';

export interface PrivatePagesDeps extends PrivatePageDeps {
  dataDir: string;
  clock: () => number;
  /** The journal's id (from its vault), bound into every new page's wraps. */
  journalId: () => string;
  /** The open journal; throws LOCKED when it is not. A page opens only inside an open journal. */
  journal: () => WritableDB;
  random?: (n: number) => Buffer;
}

export interface PrivatePages {
  status(): PrivatePagesStatus;
  create(slot: PartnerSlot, passphrase: string, withRecoveryCode: boolean): Promise<{ recoveryCode: string | null }>;
  unlock(slot: PartnerSlot, secret: PrivateSecret): Promise<void>;
  /** Closes the open page, if any, and wipes its key. */
  lock(): void;
  /** The open page's database, only for its own partner; LOCKED otherwise. */
  page(slot: PartnerSlot): WritableDB;
  /** Share when ready: the note becomes an ordinary entry by its partner and leaves the page. */
  share(slot: PartnerSlot, noteId: string): Entry;
}

/** The wrong-try kind of each page's secrets, kept with the journal's own counts (attempts.ts). */
export const attemptKind = (slot: PartnerSlot, method: PrivateSecret['method']) =>
  method === 'passphrase' ? `private-${slot}` : `private-${slot}-recovery`;

export function createPrivatePages(deps: PrivatePagesDeps): PrivatePages {
  let open: { slot: PartnerSlot; key: Buffer; db: WritableDB } | null = null;

  const openPage = (slot: PartnerSlot, key: Buffer): WritableDB => {
    const db = openEncrypted(privateDatabaseFile(deps.dataDir, slot), { key, nativeBinding: deps.nativeBinding, cacheKiB: 2048 });
    // A rollback journal, not WAL: every acknowledged note is in the main file at once, so a
    // backup (which carries the sealed file as it lies) has it even after a crash with the page open.
    db.pragma('journal_mode = DELETE');
    try {
      migrate(db, PRIVATE_MIGRATIONS);
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  };

  const lock = () => {
    if (!open) return;
    const { db, key } = open;
    open = null;
    try {
      db.close();
    } finally {
      key.fill(0);
    }
  };

  return {
    status: () => ({ a: { exists: hasPrivatePage(deps.dataDir, 'a') }, b: { exists: hasPrivatePage(deps.dataDir, 'b') } }),

    async create(slot, passphrase, withRecoveryCode) {
      deps.journal();
      if (readPrivatePageFile(deps.dataDir, slot)) {
        throw privateError.alreadySetUp();
      }
      const made = await createPrivateKey(
        { kdf: deps.kdf, ...(deps.random ? { random: deps.random } : {}) },
        { journalId: deps.journalId(), slot, passphrase, withRecoveryCode, now: new Date(deps.clock()) },
      );
      lock();
      // A database left by an earlier attempt that never got its key file cannot be opened: start clean.
      for (const file of privatePageFiles(deps.dataDir, slot)) rmSync(file, { force: true });
      let db: WritableDB;
      try {
        db = openPage(slot, made.key);
        try {
          writePrivatePageFile(deps.dataDir, made.file);
        } catch (error) {
          db.close();
          throw error;
        }
      } catch (error) {
        made.key.fill(0);
        for (const file of privatePageFiles(deps.dataDir, slot)) rmSync(file, { force: true });
        throw error;
      }
      open = { slot, key: made.key, db };
      return { recoveryCode: made.recoveryCode };
    },

    async unlock(slot, secret) {
      deps.journal();
      lock();
      const wrong = isWrongSecret(secret.method === 'passphrase' ? 'WRONG_PASSPHRASE' : 'WRONG_RECOVERY_CODE');
      const key = await deps.attempt(
        attemptKind(slot, secret.method),
        async () => {
          const file = readPrivatePageFile(deps.dataDir, slot);
          if (!file) throw privateError.notSetUp();
          return unwrapPrivateKey(file, secret);
        },
        wrong,
      );
      let db: WritableDB;
      try {
        // The journal may have locked while the passphrase was being checked.
        deps.journal();
        db = openPage(slot, key);
      } catch (error) {
        key.fill(0);
        throw error;
      }
      lock();
      open = { slot, key, db };
    },

    lock,

    page(slot) {
      if (!open || open.slot !== slot) throw privateError.locked();
      return open.db;
    },

    share(slot, noteId) {
      const page = this.page(slot);
      const journal = deps.journal();
      const note = requireNote(page, noteId);
      // The page's delete waits in its own transaction while the journal's insert commits: a
      // crash between the two leaves the note in both places, never in neither.
      return page
        .transaction(() => {
          deleteNote(page, noteId);
          return createEntry(journal, {
            author: slot,
            body: note.body,
            mood: note.mood ?? undefined,
            tags: note.tags,
            writtenPrivatelyAt: note.createdAt,
            at: nowAt(deps.clock),
          });
        })
        .immediate();
    },
  };
}
