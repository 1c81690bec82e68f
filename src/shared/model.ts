import { z } from 'zod';

/** The two partners are slots 'a' and 'b'; an entry may also be written by both together. */
export const PartnerSlot = z.enum(['a', 'b']);
export type PartnerSlot = z.infer<typeof PartnerSlot>;

export const Author = z.enum(['a', 'b', 'both']);
export type Author = z.infer<typeof Author>;

export const PartnerName = z
  .string()
  .trim()
  .min(1, 'A name needs at least one character')
  .max(60, 'A name can be at most 60 characters');

/** Two names are the same if they differ only in capitals or spaces ("Ada" and " ada "): Hearth must tell the partners apart. */
export const samePartnerName = (a: string, b: string): boolean =>
  a.replace(/\s+/g, '').toLocaleLowerCase() === b.replace(/\s+/g, '').toLocaleLowerCase();

export const Partner = z.object({ slot: PartnerSlot, name: z.string() });
export type Partner = z.infer<typeof Partner>;

export const Mood = z.number().int().min(1).max(5);

export const Tag = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[^,\n\r\t]+$/u, 'A tag cannot contain commas or line breaks');

export const EntryBody = z
  .string()
  .max(100_000, 'An entry can be at most 100,000 characters')
  .refine((s) => s.trim().length > 0, 'An entry needs some words.');

export const EntryKind = z.enum(['free', 'reflection']);

export const Entry = z.object({
  id: z.string(),
  author: Author,
  kind: EntryKind,
  body: z.string(),
  mood: Mood.nullable(),
  tags: z.array(z.string()),
  sessionId: z.string().nullable(),
  /** The deck question it was written about (src/shared/deck); absent or null for most entries. */
  questionId: z.string().nullable().optional(),
  /** Set when it was first written on its author's private page and shared later: when it was written there (UTC ms). */
  writtenPrivatelyAt: z.number().nullable().optional(),
  /** UTC milliseconds. */
  createdAt: z.number(),
  updatedAt: z.number(),
  /** The writer's local calendar day (YYYY-MM-DD) when the entry was written. */
  day: z.string(),
  /** Edited on two computers at the same time: both versions are in its history (sync). */
  editedInParallel: z.boolean().optional(),
});
export type Entry = z.infer<typeof Entry>;

export const LockMode = z.enum(['device', 'device+passphrase']);
export type LockMode = z.infer<typeof LockMode>;

export const AppStatus = z.object({
  state: z.enum(['needs-setup', 'locked', 'open']),
  lockMode: LockMode.nullable(),
  /** After opening with the recovery code in passphrase mode: a new passphrase must be chosen here. */
  mustChooseLock: z.boolean(),
});
export type AppStatus = z.infer<typeof AppStatus>;

export const JournalSummary = z.object({
  partners: z.array(Partner),
  entryCount: z.number().int(),
});
export type JournalSummary = z.infer<typeof JournalSummary>;
