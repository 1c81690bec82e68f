import { z } from 'zod';
import { ThemeId } from '../../exercises/schema';
import { Author, EntryKind, PartnerSlot } from '../../model';
import { Day } from './journal';

export const BucketSize = z.enum(['week', 'month']);
export type BucketSize = z.infer<typeof BucketSize>;

/** 0 = Sunday, 1 = Monday … 6 = Saturday, as Intl.Locale#getWeekInfo's firstDay % 7. */
export const WeekStart = z.number().int().min(0).max(6);

/** Each partner's mean ratings over a bucket (two decimals), and how many check-ins made it. */
export const CheckInAverages = z.object({
  close: z.number(),
  safe: z.number(),
  heard: z.number(),
  count: z.number().int(),
});
export type CheckInAverages = z.infer<typeof CheckInAverages>;

export const TimelineBucket = z.object({
  /** First and last day of the calendar week or month; the edges of the range may cut into it. */
  start: Day,
  end: Day,
  sessions: z.object({ total: z.number().int(), byTheme: z.partialRecord(ThemeId, z.number().int()) }),
  checkIns: z.object({ a: CheckInAverages.nullable(), b: CheckInAverages.nullable() }),
  entries: z.number().int(),
});
export type TimelineBucket = z.infer<typeof TimelineBucket>;

const EventBase = { id: z.string(), at: z.number(), day: z.string() };
/** What happened, without any journal text: enough to draw a row and open the thing. */
export const TimelineEvent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('session'), ...EventBase, theme: z.string(), exerciseId: z.string() }),
  z.object({ kind: z.literal('check-in'), ...EventBase, partner: PartnerSlot, hasNote: z.boolean() }),
  z.object({
    kind: z.literal('entry'),
    ...EventBase,
    author: Author,
    entryKind: EntryKind,
    mood: z.number().int().nullable(),
    fromSession: z.boolean(),
  }),
  /** "We talked about it" for a deck question (its id is the question's; the words are catalogue data). */
  z.object({ kind: z.literal('question'), ...EventBase }),
]);
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const EventCursor = z.strictObject({ at: z.number().int(), key: z.string().min(1).max(80) });
export type EventCursor = z.infer<typeof EventCursor>;

const EventPage = z.object({ events: z.array(TimelineEvent), nextCursor: EventCursor.nullable() });

/** Inclusive days. Without `from`: from the first thing ever recorded; without `to`: today. */
const Range = {
  from: Day.optional(),
  to: Day.optional(),
};
const ordered = (r: { from?: string | undefined; to?: string | undefined }) => !r.from || !r.to || r.from <= r.to;

export const timelineContract = {
  /**
   * The chart and the first page of its detail: buckets with sessions by theme, each
   * partner's check-in averages and entry counts; the gentle streak; the newest events.
   */
  'timeline.get': {
    input: z
      .strictObject({
        ...Range,
        bucket: BucketSize,
        weekStartsOn: WeekStart,
        eventLimit: z.number().int().min(1).max(500).optional(),
      })
      .refine(ordered, 'The range ends before it starts'),
    output: z.object({
      from: Day,
      to: Day,
      bucket: BucketSize,
      buckets: z.array(TimelineBucket),
      totals: z.object({ sessions: z.number().int(), checkIns: z.number().int(), entries: z.number().int() }),
      /**
       * Weeks in a row, up to this one, with at least one session together. This week
       * without one yet does not break it: the week is still going.
       */
      streak: z.object({ weeks: z.number().int(), thisWeekDone: z.boolean() }),
      events: EventPage,
    }),
  },
  /** Further pages of the detail, newest first. */
  'timeline.events': {
    input: z
      .strictObject({ ...Range, limit: z.number().int().min(1).max(500), before: EventCursor.optional() })
      .refine(ordered, 'The range ends before it starts'),
    output: EventPage,
  },
} as const;
