import { join } from 'node:path';
import type { Hearth } from '../hearth';
import type { CoreChannelsOf, HandlerMap } from '../ipc/handlers';
import type { privateContract } from '../../../shared/ipc/features/private';
import { nowAt } from '../time/local-day';
import { readVaultFile, VAULT_FILE } from '../vault';
import { vaultError } from '../vault/errors';
import { createNote, createPrivateCheckIn, deleteNote, listNotes, listPrivateCheckIns, searchNotes, updateNote } from './notes';
import { createPrivatePages, type PrivatePages } from './pages';

type PrivateChannel = CoreChannelsOf<typeof privateContract>;

/**
 * One set of pages per journal, whoever builds a handler table for it (the app, the harness,
 * a test), so a page opened through one table is locked by the journal's lock for all.
 */
const pagesByHearth = new WeakMap<Hearth, PrivatePages>();

export function privatePagesOf(hearth: Hearth): PrivatePages {
  let pages = pagesByHearth.get(hearth);
  if (!pages) {
    const created = createPrivatePages({
      ...hearth.privatePageDeps,
      dataDir: hearth.dataDir,
      clock: () => hearth.now(),
      journal: () => hearth.db(),
      journalId: () => {
        const vault = readVaultFile(join(hearth.dataDir, VAULT_FILE));
        if (!vault) throw vaultError.notSetUp();
        return vault.journalId;
      },
    });
    hearth.onLock(() => created.lock());
    pagesByHearth.set(hearth, created);
    pages = created;
  }
  return pages;
}

export const privateHandlers = (hearth: Hearth): HandlerMap<PrivateChannel> => {
  const pages = privatePagesOf(hearth);
  return {
    'private.status': () => pages.status(),
    'private.create': ({ partner, passphrase, withRecoveryCode }) => pages.create(partner, passphrase, withRecoveryCode),
    'private.unlock': async (input) => {
      await pages.unlock(
        input.partner,
        input.method === 'passphrase' ? { method: 'passphrase', passphrase: input.passphrase } : { method: 'recovery', code: input.code },
      );
      return { partner: input.partner };
    },
    'private.lock': () => {
      pages.lock();
      return pages.status();
    },
    'private.notes.list': ({ partner, limit, before }) => listNotes(pages.page(partner), limit, before),
    'private.notes.create': ({ partner, at, ...note }) => createNote(pages.page(partner), { ...note, at: at ?? nowAt(hearth.now) }),
    'private.notes.update': ({ partner, id, ...changes }) => updateNote(pages.page(partner), id, changes, hearth.now()),
    'private.notes.delete': ({ partner, id }) => {
      deleteNote(pages.page(partner), id);
      return { id };
    },
    'private.notes.search': ({ partner, query, limit }) => ({ notes: searchNotes(pages.page(partner), query, limit) }),
    'private.notes.share': ({ partner, id }) => pages.share(partner, id),
    'private.checkins.create': ({ partner, at, ...answers }) =>
      createPrivateCheckIn(pages.page(partner), { ...answers, at: at ?? nowAt(hearth.now) }),
    'private.checkins.list': ({ partner }) => listPrivateCheckIns(pages.page(partner)),
  };
};
