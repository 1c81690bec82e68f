import { z } from 'zod';
import { Entry, EntryBody, Mood, PartnerSlot, Tag } from '../../model';
import { CheckInNote, Rating } from './checkins';
import { WrittenAt } from '../written-at';

/**
 * A private page for each partner (DESIGN.md §9). Every call names the partner whose page
 * it is about, and main answers only while that partner's page is open; while it is closed
 * nothing of it crosses, beyond whether it exists.
 */

const NoInput = z.undefined();

/** What shared screens (and the lock screen) may know: whether each partner has a page. */
export const PrivatePagesStatus = z.object({
  a: z.object({ exists: z.boolean() }),
  b: z.object({ exists: z.boolean() }),
});
export type PrivatePagesStatus = z.infer<typeof PrivatePagesStatus>;

/** Typed, not trimmed: a passphrase is exactly what was typed. At least 8 characters (checked in main). */
const PrivatePassphrase = z.string().min(1).max(1024);

export const PrivateNote = z.object({
  id: z.string(),
  body: z.string(),
  mood: Mood.nullable(),
  tags: z.array(z.string()),
  /** UTC milliseconds. */
  createdAt: z.number(),
  updatedAt: z.number(),
  /** The writer's local calendar day (YYYY-MM-DD). */
  day: z.string(),
});
export type PrivateNote = z.infer<typeof PrivateNote>;

export const PrivateCheckIn = z.object({
  id: z.string(),
  close: Rating,
  safe: Rating,
  heard: Rating,
  note: z.string().nullable(),
  createdAt: z.number(),
  day: z.string(),
});
export type PrivateCheckIn = z.infer<typeof PrivateCheckIn>;

export const PrivateCursor = z.strictObject({ createdAt: z.number().int(), id: z.string().min(1).max(64) });
export type PrivateCursor = z.infer<typeof PrivateCursor>;

const Tags = z.array(Tag).max(20);
const NoteId = z.string().min(1).max(64);
const Partner = z.strictObject({ partner: PartnerSlot });

export const privateContract = {
  'private.status': { input: NoInput, output: PrivatePagesStatus },
  /** Makes a partner's page and opens it. The recovery code, if asked for, is shown once. */
  'private.create': {
    input: z.strictObject({ partner: PartnerSlot, passphrase: PrivatePassphrase, withRecoveryCode: z.boolean() }),
    output: z.object({ recoveryCode: z.string().nullable() }),
  },
  /** Opens one page (locking any other that was open). */
  'private.unlock': {
    input: z.discriminatedUnion('method', [
      z.strictObject({ partner: PartnerSlot, method: z.literal('passphrase'), passphrase: PrivatePassphrase }),
      z.strictObject({ partner: PartnerSlot, method: z.literal('recovery'), code: z.string().min(1).max(200) }),
    ]),
    output: z.object({ partner: PartnerSlot }),
  },
  /** Locks whichever page is open; its key is wiped. */
  'private.lock': { input: NoInput, output: PrivatePagesStatus },
  'private.notes.list': {
    input: z.strictObject({ partner: PartnerSlot, limit: z.number().int().min(1).max(200), before: PrivateCursor.optional() }),
    output: z.object({ notes: z.array(PrivateNote), nextCursor: PrivateCursor.nullable() }),
  },
  'private.notes.create': {
    input: z.strictObject({
      partner: PartnerSlot,
      body: EntryBody,
      mood: Mood.optional(),
      tags: Tags.optional(),
      at: WrittenAt.optional(),
    }),
    output: PrivateNote,
  },
  'private.notes.update': {
    input: z.strictObject({
      partner: PartnerSlot,
      id: NoteId,
      body: EntryBody.optional(),
      mood: Mood.nullable().optional(),
      tags: Tags.optional(),
    }),
    output: PrivateNote,
  },
  /** Gone for good: a private note has no trash. */
  'private.notes.delete': { input: z.strictObject({ partner: PartnerSlot, id: NoteId }), output: z.object({ id: z.string() }) },
  'private.notes.search': {
    input: z.strictObject({ partner: PartnerSlot, query: z.string().max(1000), limit: z.number().int().min(1).max(200) }),
    output: z.object({ notes: z.array(PrivateNote) }),
  },
  /** Share when ready: the note becomes an ordinary journal entry by its partner and leaves the page. */
  'private.notes.share': { input: z.strictObject({ partner: PartnerSlot, id: NoteId }), output: Entry },
  /** A check-in kept on the page instead of the shared journal. */
  'private.checkins.create': {
    input: z.strictObject({
      partner: PartnerSlot,
      close: Rating,
      safe: Rating,
      heard: Rating,
      note: CheckInNote.optional(),
      at: WrittenAt.optional(),
    }),
    output: PrivateCheckIn,
  },
  'private.checkins.list': { input: Partner, output: z.array(PrivateCheckIn) },
} as const;
