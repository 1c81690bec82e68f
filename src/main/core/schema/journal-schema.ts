import { z } from 'zod';
import { ThemeId } from '../../../shared/exercises/schema';
import { CheckInCursor, CheckInNote, Rating } from '../../../shared/ipc/features/checkins';
import { QuestionId } from '../../../shared/ipc/features/deck';
import { Day, EntryId } from '../../../shared/ipc/features/journal';
import { ExerciseId, SessionId, SessionState, SessionStatus, StepIndex } from '../../../shared/ipc/features/sessions';
import { AutoLockMinutes, type Settings } from '../../../shared/ipc/features/vault';
import { WrittenAt } from '../../../shared/ipc/written-at';
import { Author, EntryBody, EntryKind, Mood, PartnerName, PartnerSlot, Tag } from '../../../shared/model';

/**
 * The one description of the journal's data that leaves this computer: every table and
 * column that goes into a backup (and, next, through sync), with its SQL type, whether it
 * may be NULL, its field in the backup document, and the validator of the write path that
 * puts it there. Backup's writer, reader, document schema and restore checks are all
 * derived from this, and tests compare it with the migrated schema (PRAGMA table_xinfo),
 * so a column cannot be added on one side only.
 *
 * Validators are the write paths' own (shared/ipc/features, shared/model): a backup may
 * hold only what Hearth itself could have written.
 */

export type SqlType = 'TEXT' | 'INTEGER';

export interface Column<V extends z.ZodType = z.ZodType> {
  column: string;
  type: SqlType;
  nullable: boolean;
  /**
   * Added after backups of this format were already written: a record without the field
   * reads as null. (A column that must have a value needs a new format version instead.)
   */
  added?: true;
  validator: V;
  /** Two different valid values (not null): the column round-trip test writes both. */
  samples: readonly [z.infer<V>, z.infer<V>];
}

/** Fields of the document record, each mapped to a column of the table. */
type Fields = Record<string, Column>;

export interface TableDescription<F extends Fields = Fields> {
  table: string;
  /** The array of the backup document that holds this table's rows. */
  document: string;
  fields: F;
  /** The field that tells rows apart, and that other rows refer to. */
  key: keyof F & string;
  /** Columns that exist but are not carried, each with the reason. */
  notInBackup: Record<string, string>;
  /** The order rows are written in, so a restore keeps it. */
  orderBy: string;
  /** Added after backups of this format were already written: a document without it has none. */
  added?: true;
  /** Checks across a row's fields, after each field's own validator. */
  refine?: (row: Record<string, unknown>, ctx: z.RefinementCtx) => void;
}

/**
 * A table whose rows belong to one row of another and travel inside it, as an array field
 * (entry_tags: an entry's `tags`).
 */
export interface ChildTable {
  table: string;
  parent: 'entries';
  /** The parent's field that holds the values. */
  field: string;
  /** The column referring to the parent's surrogate id. */
  parentColumn: string;
  value: Column;
  /** At most this many per parent, each at most once (the write path's own limit). */
  max: number;
}

const col = <V extends z.ZodType>(
  column: string,
  type: SqlType,
  validator: V,
  samples: readonly [z.infer<V>, z.infer<V>],
): Column<V> & { nullable: false } => ({
  column,
  type,
  nullable: false,
  validator,
  samples,
});
const nullable = <V extends z.ZodType>(c: Column<V>): Column<V> & { nullable: true } => ({ ...c, nullable: true });
const added = <C extends Column & { nullable: true }>(c: C): C => ({ ...c, added: true });

/** For validators that tidy what a person typed (trim): the stored text must already be tidy. */
const asStored = <S extends z.ZodType<string>>(schema: S) =>
  z.string().refine((value) => {
    const parsed = schema.safeParse(value);
    return parsed.success && parsed.data === value;
  }, 'not as Hearth stores it');

/** A moment, as every write path takes it (WrittenAt): UTC milliseconds. */
const Moment = WrittenAt.shape.utc;
/** JSON text, bounded; what the value must be is up to the row (see settings). */
const jsonText = (max: number, shape: z.ZodType = z.unknown()) =>
  z
    .string()
    .max(max)
    .refine((text) => {
      try {
        return shape.safeParse(JSON.parse(text)).success;
      } catch {
        return false;
      }
    }, 'not valid JSON of the expected shape');

/**
 * Each setting Hearth itself writes, with its allowed values (settings.update). A setting
 * this version does not know (a later one's) is kept as JSON text: readSettings ignores it.
 */
export const SETTING_VALUES = { autoLockMinutes: AutoLockMinutes } satisfies Record<keyof Settings, z.ZodType>;
export const SETTING_KEY = z.string().min(1).max(200);
export const SETTING_VALUE_MAX = 10_000;

const T1 = Date.UTC(2025, 2, 1, 20);
const T2 = Date.UTC(2026, 6, 15, 8, 30);
const U1 = '6f1c1e7a-0b0d-4a53-9c39-0a8e2f6d1a01';
const U2 = '0b9e2c4d-7a1f-4c2e-8d3b-5e6f7a8b9c0d';

export const partners = {
  table: 'partners',
  document: 'partners',
  fields: {
    slot: col('slot', 'TEXT', PartnerSlot, ['a', 'b']),
    name: col('name', 'TEXT', asStored(PartnerName), ['Zoë', 'Mateo 🌻']),
    createdAt: col('created_at', 'INTEGER', Moment, [T1, T2]),
  },
  key: 'slot',
  notInBackup: {},
  orderBy: 'slot',
} satisfies TableDescription;

export const settings = {
  table: 'settings',
  document: 'settings',
  fields: {
    key: col('key', 'TEXT', SETTING_KEY, ['autoLockMinutes', 'theme']),
    value: col('value', 'TEXT', jsonText(SETTING_VALUE_MAX), ['15', '"dark"']),
  },
  key: 'key',
  notInBackup: {},
  orderBy: 'key',
  refine: (row, ctx) => {
    const known = (SETTING_VALUES as Record<string, z.ZodType>)[row.key as string];
    if (!known) return;
    let value: unknown;
    try {
      value = JSON.parse(row.value as string);
    } catch {
      return; // The field's own validator has said so already.
    }
    if (!known.safeParse(value).success) ctx.addIssue({ code: 'custom', path: ['value'], message: 'not a value Hearth allows' });
  },
} satisfies TableDescription;

export const sessions = {
  table: 'sessions',
  document: 'sessions',
  fields: {
    id: col('id', 'TEXT', SessionId, [U1, U2]),
    exerciseId: col('exercise_id', 'TEXT', ExerciseId, ['active-listening-reflect-back', 'quality-time-device-free-dinner']),
    theme: col('theme', 'TEXT', ThemeId, ['active-listening', 'quality-time']),
    status: col('status', 'TEXT', SessionStatus, ['completed', 'abandoned']),
    stepIndex: col('step_index', 'INTEGER', StepIndex, [4, 1]),
    /** The session's own state (who speaks first, feelings), kept as the exact text the journal holds. */
    state: col('state', 'TEXT', jsonText(10_000, SessionState), [
      '{"firstSpeaker":"b","feelings":{"a":4,"b":5}}',
      '{"firstSpeaker":"a","feelings":{"a":null,"b":2}}',
    ]),
    startedAt: col('started_at', 'INTEGER', Moment, [T1, T2]),
    updatedAt: col('updated_at', 'INTEGER', Moment, [T1 + 60_000, T2 + 60_000]),
    completedAt: nullable(col('completed_at', 'INTEGER', Moment, [T1 + 120_000, T2 + 120_000])),
    completedDay: nullable(col('completed_day', 'TEXT', Day, ['2025-03-01', '2026-07-15'])),
  },
  key: 'id',
  notInBackup: {},
  orderBy: 'rowid',
} satisfies TableDescription;

export const entries = {
  table: 'entries',
  document: 'entries',
  fields: {
    uid: col('uid', 'TEXT', EntryId, ['a9d3c3f0-5a4e-4f4b-8f4e-000000000001', 'a9d3c3f0-5a4e-4f4b-8f4e-000000000002']),
    author: col('author', 'TEXT', Author, ['a', 'both']),
    kind: col('kind', 'TEXT', EntryKind, ['free', 'reflection']),
    body: col('body', 'TEXT', EntryBody, ['We cooked together tonight 🍝', 'Escuchar sin preparar.\nSecond line.']),
    mood: nullable(col('mood', 'INTEGER', Mood, [4, 1])),
    /** The exercise session a reflection belongs to. */
    sessionId: nullable(col('session_id', 'TEXT', SessionId, [U1, U2])),
    createdAt: col('created_at', 'INTEGER', Moment, [T1, T2]),
    updatedAt: col('updated_at', 'INTEGER', Moment, [T1 + 5, T2 + 5]),
    /** The writer's local calendar day. */
    day: col('day', 'TEXT', Day, ['2025-03-01', '2026-07-15']),
    /** Set while the entry is in the trash. */
    deletedAt: nullable(col('deleted_at', 'INTEGER', Moment, [T1 + 99, T2 + 99])),
    /** The deck question the entry was written about (migration 0040). */
    questionId: added(nullable(col('question_id', 'TEXT', QuestionId, ['memories-07', 'appreciation-01']))),
    /** Shared from its author's private page: when it was written there (migration 0050). */
    writtenPrivatelyAt: added(nullable(col('written_privately_at', 'INTEGER', Moment, [T1 - 60_000, T2 - 60_000]))),
  },
  key: 'uid',
  notInBackup: {
    id: 'the moment-based id (created_at × 1000 + n), given again on restore by allocateEntryId',
    edited_in_parallel: "sync's mark for an entry two computers edited at once (migration 0060); its history is in the sync document, which stays on each computer",
  },
  orderBy: 'id',
} satisfies TableDescription;

export const checkIns = {
  table: 'check_ins',
  document: 'checkIns',
  fields: {
    uid: col('uid', 'TEXT', CheckInCursor.shape.id, ['c0ffee00-0000-4000-8000-000000000001', 'c0ffee00-0000-4000-8000-000000000002']),
    partner: col('partner', 'TEXT', PartnerSlot, ['a', 'b']),
    close: col('close', 'INTEGER', Rating, [4, 2]),
    safe: col('safe', 'INTEGER', Rating, [5, 1]),
    heard: col('heard', 'INTEGER', Rating, [3, 5]),
    /** Stored trimmed; a blank note is stored as none (createCheckIn). */
    note: nullable(
      col('note', 'TEXT', asStored(CheckInNote.trim()).refine((s) => s.length > 0, 'blank'), ['Tired but okay.', 'We argued 🙃']),
    ),
    createdAt: col('created_at', 'INTEGER', Moment, [T1, T2]),
    day: col('day', 'TEXT', Day, ['2025-03-02', '2026-07-16']),
  },
  key: 'uid',
  notInBackup: { id: 'an integer row id; rows keep their order instead' },
  orderBy: 'id',
} satisfies TableDescription;

/** What the couple did with each deck question (migration 0040; see core/deck/marks.ts). */
export const deckMarks = {
  table: 'deck_marks',
  document: 'deckMarks',
  added: true,
  fields: {
    questionId: col('question_id', 'TEXT', QuestionId, ['memories-07', 'appreciation-01']),
    favouriteAt: nullable(col('favourite_at', 'INTEGER', Moment, [T1, T2])),
    talkedAt: nullable(col('talked_at', 'INTEGER', Moment, [T1 + 1, T2 + 1])),
    talkedDay: nullable(col('talked_day', 'TEXT', Day, ['2025-03-01', '2026-07-15'])),
    skippedDay: nullable(col('skipped_day', 'TEXT', Day, ['2025-03-02', '2026-07-16'])),
    drawnAt: nullable(col('drawn_at', 'INTEGER', Moment, [T1 + 2, T2 + 2])),
  },
  key: 'questionId',
  notInBackup: {},
  orderBy: 'question_id',
} satisfies TableDescription;

/** Every table that travels, parents before the rows that refer to them. */
export const TABLES = [partners, settings, sessions, entries, checkIns, deckMarks] as const;

export const entryTags: ChildTable = {
  table: 'entry_tags',
  parent: 'entries',
  field: 'tags',
  parentColumn: 'entry_id',
  value: col('tag', 'TEXT', asStored(Tag), ['us', 'emoji 🎉']),
  // entries.create and entries.update take at most 20.
  max: 20,
};
export const CHILD_TABLES = [entryTags] as const;

/**
 * Tables that are never in a backup because the journal derives them from the tables
 * above; a restore rebuilds them. Another table must be described above or listed here.
 */
export const DERIVED_TABLES: Record<string, string> = {
  entries_fts: 'the full-text index of entries.body, rebuilt after the rows',
  entries_fts_data: 'part of the full-text index',
  entries_fts_idx: 'part of the full-text index',
  entries_fts_docsize: 'part of the full-text index',
  entries_fts_config: 'part of the full-text index',
  journal_counts: 'the live-entry count, kept by triggers on entries (migration 0030)',
};
export const isDerivedTable = (name: string): boolean => Object.hasOwn(DERIVED_TABLES, name);

/**
 * Tables that belong to this computer alone: never in a backup, never synced (migration 0060).
 * A restored journal starts with sync off; it is turned on again from Settings.
 */
export const LOCAL_TABLES: Record<string, string> = {
  sync_config: "sync's folder, this computer's sync keys and the keyring",
  sync_outbox: 'rows changed here that sync has not yet taken into its document',
  sync_chunks: 'the sync document of this computer, in chunks',
};
export const isLocalTable = (name: string): boolean => Object.hasOwn(LOCAL_TABLES, name);

export type AnyTable = (typeof TABLES)[number];
type FieldValue<C> = C extends { nullable: true; validator: infer V extends z.ZodType }
  ? z.infer<V> | null
  : C extends { validator: infer V extends z.ZodType }
    ? z.infer<V>
    : never;
/** A row as the backup document holds it. */
export type RecordOf<T extends TableDescription> = { -readonly [K in keyof T['fields']]: FieldValue<T['fields'][K]> };
