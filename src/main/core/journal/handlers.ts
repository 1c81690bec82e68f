import type { Hearth } from '../hearth';
import type { HandlerMap } from '../ipc/handlers';
import { nowAt } from '../time/local-day';
import { countEntries, createEntry, listEntries } from './entries';
import { listPartners } from './partners';

export const journalHandlers = (
  hearth: Hearth,
): HandlerMap<'journal.summary' | 'entries.list' | 'entries.create'> => ({
  'journal.summary': () => {
    const db = hearth.db();
    return { partners: listPartners(db), entryCount: countEntries(db) };
  },
  'entries.list': ({ limit, before }) => listEntries(hearth.db(), limit, before),
  'entries.create': ({ at, ...entry }) =>
    createEntry(hearth.db(), { ...entry, at: at ?? nowAt(hearth.now) }),
});
