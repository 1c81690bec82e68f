import { z } from 'zod';
import {
  AppStatus,
  Author,
  Entry,
  EntryBody,
  JournalSummary,
  Mood,
  PartnerName,
  Tag,
} from '../model';
import type { ChannelName } from './channels';

/**
 * Every channel between the renderer and main, in one place: its name, the schema its
 * input must pass, and the schema of what it returns. main/app validates against it,
 * preload generates `window.hearth` from it, and the test harness serves the same table.
 */

const NoInput = z.undefined();

/** When something was written: UTC milliseconds and the writer's offset from UTC. */
export const WrittenAt = z.strictObject({
  utc: z.number().int().min(0).max(8_640_000_000_000),
  /** Minutes east of UTC (the negation of Date#getTimezoneOffset). */
  offsetMinutes: z.number().int().min(-14 * 60).max(14 * 60),
});
export type WrittenAt = z.infer<typeof WrittenAt>;

export const EntryCursor = z.strictObject({
  createdAt: z.number().int(),
  id: z.string().max(64),
});

export const contract = {
  'app.status': { input: NoInput, output: AppStatus },
  'setup.create': {
    input: z.strictObject({ partners: z.tuple([PartnerName, PartnerName]) }),
    output: AppStatus,
  },
  'vault.unlock': { input: NoInput, output: AppStatus },
  'vault.lock': { input: NoInput, output: AppStatus },
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
} as const satisfies Record<ChannelName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
// Both directions: every name has a schema (above), and every schema has a name (here).
const everyChannelIsNamed: ChannelName = '' as Channel;
void everyChannelIsNamed;
export { CHANNEL_NAMES as CHANNELS, ipcChannelName, PROGRESS_EVENT } from './channels';

export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.infer<Contract[C]['output']>;

export const Progress = z.object({
  taskId: z.string(),
  phase: z.string(),
  done: z.number(),
  total: z.number(),
});
export type Progress = z.infer<typeof Progress>;
