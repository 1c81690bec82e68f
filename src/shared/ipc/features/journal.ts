import { z } from 'zod';
import { ThemeId } from '../../exercises/schema';
import { Author, Entry, EntryBody, EntryKind, JournalSummary, Mood, Tag } from '../../model';
import { WrittenAt } from '../written-at';

const NoInput = z.undefined();

function isCalendarDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d); // not Date.UTC, which reads years 0–99 as 1900–1999
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar day, YYYY-MM-DD, that exists (no 2026-02-30), in the years 1900–2999. */
export const Day = z
  .string()
  .regex(/^(?:19|2\d)\d{2}-\d{2}-\d{2}$/, 'A day is written YYYY-MM-DD')
  .refine(isCalendarDay, 'That day does not exist');
export type Day = z.infer<typeof Day>;

/** Ids cross IPC as the entry's uid (a UUID), never the internal integer. */
export const EntryId = z.string().min(1).max(64);

export const EntryCursor = z.strictObject({
  createdAt: z.number().int(),
  id: EntryId,
});
export type EntryCursor = z.infer<typeof EntryCursor>;

/**
 * Narrows a list or a search. Within one facet the values are alternatives (author a OR
 * both); the facets combine (author AND theme AND tag AND day range).
 */
export const EntryFilter = z
  .strictObject({
    authors: z.array(Author).min(1).max(3).optional(),
    /** A strategy or barrier: entries linked to a session of that theme. */
    themes: z.array(ThemeId).min(1).max(9).optional(),
    tags: z.array(Tag).min(1).max(20).optional(),
    /** Inclusive, on the writer's local day. */
    from: Day.optional(),
    to: Day.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, 'The range ends before it starts');
export type EntryFilter = z.infer<typeof EntryFilter>;

/** Part of a search snippet: plain text, to be rendered as text, with the matched words marked. */
export const SnippetSegment = z.object({ text: z.string(), match: z.boolean() });
export type SnippetSegment = z.infer<typeof SnippetSegment>;

export const SearchHit = z.object({ entry: Entry, snippet: z.array(SnippetSegment) });
export type SearchHit = z.infer<typeof SearchHit>;

export const TrashedEntry = Entry.extend({ deletedAt: z.number() });
export type TrashedEntry = z.infer<typeof TrashedEntry>;

export const TrashCursor = z.strictObject({ deletedAt: z.number().int(), id: EntryId });

const Limit = z.number().int().min(1).max(500);
const EntryPage = z.object({ entries: z.array(Entry), nextCursor: EntryCursor.nullable() });

export const journalContract = {
  'journal.summary': { input: NoInput, output: JournalSummary },
  /** Newest first; keyset pages (pass back nextCursor as `before`). */
  'entries.list': {
    input: z.strictObject({ limit: Limit, before: EntryCursor.optional(), filter: EntryFilter.optional() }),
    output: EntryPage,
  },
  'entries.get': { input: z.strictObject({ id: EntryId }), output: Entry },
  'entries.create': {
    input: z.strictObject({
      author: Author,
      body: EntryBody,
      kind: EntryKind.optional(),
      mood: Mood.optional(),
      tags: z.array(Tag).max(20).optional(),
      /** The exercise session this entry reflects on. */
      sessionId: z.string().min(1).max(64).optional(),
      /** The deck question this entry was written about (main checks it is a real one). */
      questionId: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80).optional(),
      /** When it was written; an earlier moment back-dates the entry. */
      at: WrittenAt.optional(),
    }),
    output: Entry,
  },
  /** Only what is given changes; `mood: null` clears the mood, `tags` replaces them all. */
  'entries.update': {
    input: z.strictObject({
      id: EntryId,
      body: EntryBody.optional(),
      mood: Mood.nullable().optional(),
      tags: z.array(Tag).max(20).optional(),
    }),
    output: Entry,
  },
  /** To the trash: hidden everywhere, restorable until the trash is emptied. */
  'entries.delete': { input: z.strictObject({ id: EntryId }), output: z.object({ id: z.string(), deletedAt: z.number() }) },
  'entries.restore': { input: z.strictObject({ id: EntryId }), output: Entry },
  /** Most recently deleted first. */
  'entries.trash.list': {
    input: z.strictObject({ limit: Limit, before: TrashCursor.optional() }),
    output: z.object({ entries: z.array(TrashedEntry), nextCursor: TrashCursor.nullable() }),
  },
  /** Final. `confirm: true` so that no stray call can erase anything. */
  'entries.trash.empty': {
    input: z.strictObject({ confirm: z.literal(true) }),
    output: z.object({ removed: z.number().int() }),
  },
  /**
   * Full-text search, newest first, each hit with a snippet as segments (never HTML).
   * Words are matched as typed, the last one also as a prefix; punctuation is ignored.
   */
  'entries.search': {
    input: z.strictObject({
      query: z.string().max(1000),
      limit: Limit,
      before: EntryCursor.optional(),
      filter: EntryFilter.optional(),
    }),
    output: z.object({ hits: z.array(SearchHit), nextCursor: EntryCursor.nullable() }),
  },
  /** Every tag in use (not counting the trash), most used first, for the filter picker. */
  'entries.tags': {
    input: NoInput,
    output: z.array(z.object({ tag: z.string(), count: z.number().int() })),
  },
} as const;
