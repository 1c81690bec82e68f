// The printable conversation sheet as data: what the renderer lays out, what main is asked
// to print, and what the print window renders. Pure (zod only), so every layer can use it.
import { z } from 'zod';

/** The two paper sizes Hearth lays a sheet out for. */
export const Paper = z.enum(['A4', 'Letter']);
export type Paper = z.infer<typeof Paper>;

/** Limits that keep a sheet printable and a request small. */
export const SHEET_LIMITS = {
  /** More than this is a booklet, not a sheet; the compose screen says so. */
  exercises: 12,
  /** A passage of their own is a short note or excerpt, not a chapter: it must fit on one page. */
  excerptChars: 1_500,
  excerptLines: 30,
  name: 60,
  /** Twelve pages of eight cards. */
  cards: 96,
} as const;

const Text = (max: number) => z.string().min(1).max(max);

function isCalendarDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar day, YYYY-MM-DD, that exists. */
export const SheetDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isCalendarDay);

const Key = z
  .string()
  .max(160)
  .regex(/^[a-z0-9]+(?:[-:][a-z0-9]+)*$/);

/** Who acts in a turn, with the role resolved to a person. */
export const TurnRole = z.enum(['together', 'speaker', 'listener', 'partner']);
export type TurnRole = z.infer<typeof TurnRole>;

export const SheetTurn = z.strictObject({
  /** Stable within the sheet: exercise id, step id and, for split steps, the partner. */
  key: Key,
  role: TurnRole,
  /** "Together" or one partner's name. */
  who: Text(80),
  /** The line above the turn, e.g. "Ada speaks" or "Bo listens and says back". */
  label: Text(160),
  title: Text(120),
  /** Null when the step was already explained in the partner's turn just before. */
  instruction: Text(600).nullable(),
  /** "3 minutes", when the step is timed. */
  timer: Text(40).nullable(),
  prompts: z.array(Text(300)).max(12),
  /** Ruled lines to write on after the prompts (0: none). */
  lines: z.number().int().min(0).max(8),
  /** A hand-over after the turn, e.g. "Now swap: Bo speaks, Ada listens." */
  then: Text(200).nullable(),
});
export type SheetTurn = z.infer<typeof SheetTurn>;

export const SheetReflection = z.strictObject({
  question: Text(300),
  /** Ruled lines for each partner's answer. */
  lines: z.number().int().min(1).max(8),
});
export type SheetReflection = z.infer<typeof SheetReflection>;

export const SheetExercise = z.strictObject({
  id: z.string().max(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: Text(120),
  /** The theme's title, e.g. "Listen to understand". */
  theme: Text(80),
  minutes: z.number().int().min(1).max(240),
  why: Text(600),
  safetyNote: Text(800).nullable(),
  turns: z.array(SheetTurn).min(1).max(40),
  /** Empty when the couple left the reflection questions out. */
  reflection: z.array(SheetReflection).max(8),
  /** Ruled lines for notes at the end of the exercise (0: no room for notes). */
  notesLines: z.number().int().min(0).max(20),
});
export type SheetExercise = z.infer<typeof SheetExercise>;

/** One conversation card: a deck question, with its deck's name printed small beneath. */
export const SheetCard = z.strictObject({
  id: z.string().max(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  deck: Text(80),
  text: Text(300),
});
export type SheetCard = z.infer<typeof SheetCard>;

export const Excerpt = z
  .string()
  .min(1)
  .max(SHEET_LIMITS.excerptChars)
  .refine((text) => text.split('\n').length <= SHEET_LIMITS.excerptLines);

/**
 * One sheet, complete: everything the print window needs and nothing it has to look up.
 * Strict and bounded, because main receives it from the renderer.
 */
export const Sheet = z.strictObject({
  format: z.literal('hearth-conversation-sheet'),
  version: z.literal(1),
  paper: Paper,
  title: Text(120),
  /** The local day it was made, YYYY-MM-DD (also names the PDF file). */
  date: SheetDay,
  /** The same day in words, e.g. "25 November 2026". */
  dateLabel: Text(40),
  names: z.strictObject({ a: Text(SHEET_LIMITS.name), b: Text(SHEET_LIMITS.name) }),
  /** Printed on the sheet itself: paper is not encrypted. */
  notice: Text(400),
  /** Printed only when the couple chose to add a passage of their own. */
  excerpt: Excerpt.nullable(),
  /** Empty for a sheet of cards. */
  exercises: z.array(SheetExercise).max(SHEET_LIMITS.exercises),
  /** Present for a sheet of cards to cut out (cards.ts): eight to a page. */
  cards: z.array(SheetCard).min(1).max(SHEET_LIMITS.cards).optional(),
}).refine((sheet) => sheet.exercises.length > 0 || (sheet.cards?.length ?? 0) > 0, 'A sheet needs an exercise or a card');
export type Sheet = z.infer<typeof Sheet>;
