import type { Hearth } from '../hearth';
import type { CoreChannelsOf, HandlerMap } from '../ipc/handlers';
import type { journalContract } from '../../../shared/ipc/features/journal';
import { nowAt } from '../time/local-day';
import { countEntries, createEntry, listEntries, listTags, requireEntry, updateEntry } from './entries';
import { listPartners } from './partners';
import { searchEntries } from './search';
import { emptyTrash, listTrash, restoreEntry, trashEntry } from './trash';

type JournalChannel = CoreChannelsOf<typeof journalContract>;

export const journalHandlers = (hearth: Hearth): HandlerMap<JournalChannel> => ({
  'journal.summary': () => {
    const db = hearth.db();
    return { partners: listPartners(db), entryCount: countEntries(db) };
  },
  'entries.list': ({ limit, before, filter }) => listEntries(hearth.db(), limit, before, filter),
  'entries.get': ({ id }) => requireEntry(hearth.db(), id),
  'entries.create': ({ at, ...entry }) => createEntry(hearth.db(), { ...entry, at: at ?? nowAt(hearth.now) }),
  'entries.update': ({ id, ...changes }) => updateEntry(hearth.db(), id, changes, hearth.now()),
  'entries.delete': ({ id }) => trashEntry(hearth.db(), id, hearth.now()),
  'entries.restore': ({ id }) => restoreEntry(hearth.db(), id),
  'entries.trash.list': ({ limit, before }) => listTrash(hearth.db(), limit, before),
  'entries.trash.empty': () => emptyTrash(hearth.db()),
  'entries.search': ({ query, limit, before, filter }) => searchEntries(hearth.db(), query, limit, before, filter),
  'entries.tags': () => listTags(hearth.db()),
});
