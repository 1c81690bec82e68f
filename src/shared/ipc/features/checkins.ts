import { z } from 'zod';
import { PartnerSlot } from '../../model';
import { WrittenAt } from '../written-at';
import { Day } from './journal';

/** How close, safe and heard a partner feels right now, 1 (not at all) to 5 (very). */
export const Rating = z.number().int().min(1).max(5);

/** A check-in's optional note, as typed; it is stored trimmed, and a blank one as none. */
export const CheckInNote = z.string().max(2000);

export const CheckIn = z.object({
  /** The check-in's uid. */
  id: z.string(),
  partner: PartnerSlot,
  close: Rating,
  safe: Rating,
  heard: Rating,
  note: z.string().nullable(),
  /** UTC milliseconds. */
  createdAt: z.number(),
  /** The partner's local calendar day. */
  day: z.string(),
});
export type CheckIn = z.infer<typeof CheckIn>;

export const CheckInCursor = z.strictObject({ createdAt: z.number().int(), id: z.string().min(1).max(64) });
export type CheckInCursor = z.infer<typeof CheckInCursor>;

export const checkInsContract = {
  /** Several a day are fine: each is a moment, not a daily score. */
  'checkins.create': {
    input: z.strictObject({
      partner: PartnerSlot,
      close: Rating,
      safe: Rating,
      heard: Rating,
      /** Optional; a blank note is saved as none. */
      note: CheckInNote.optional(),
      at: WrittenAt.optional(),
    }),
    output: CheckIn,
  },
  /** Newest first, within an optional day range (inclusive) and for one partner or both. */
  'checkins.list': {
    input: z
      .strictObject({
        from: Day.optional(),
        to: Day.optional(),
        partner: PartnerSlot.optional(),
        limit: z.number().int().min(1).max(1000),
        before: CheckInCursor.optional(),
      })
      .refine((r) => !r.from || !r.to || r.from <= r.to, 'The range ends before it starts'),
    output: z.object({ checkIns: z.array(CheckIn), nextCursor: CheckInCursor.nullable() }),
  },
  /** Each partner's most recent check-in, or null before their first. */
  'checkins.latest': {
    input: z.undefined(),
    output: z.object({ a: CheckIn.nullable(), b: CheckIn.nullable() }),
  },
} as const;
