import { z } from 'zod';
import { Author, Entry, EntryBody, JournalSummary, Mood, Tag } from '../../model';
import { WrittenAt } from '../written-at';

const NoInput = z.undefined();

export const EntryCursor = z.strictObject({
  createdAt: z.number().int(),
  id: z.string().max(64),
});

export const journalContract = {
  'journal.summary': { input: NoInput, output: JournalSummary },
  'entries.list': {
    input: z.strictObject({
      limit: z.number().int().min(1).max(500),
      before: EntryCursor.optional(),
    }),
    output: z.object({ entries: z.array(Entry), nextCursor: EntryCursor.nullable() }),
  },
  'entries.create': {
    input: z.strictObject({
      author: Author,
      body: EntryBody,
      mood: Mood.optional(),
      tags: z.array(Tag).max(20).optional(),
      at: WrittenAt.optional(),
    }),
    output: Entry,
  },
} as const;
