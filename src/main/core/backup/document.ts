import { z } from 'zod';
import type { BackupSummary } from '../../../shared/ipc/features/backup';
import { parseUnknown } from '../../../shared/parse';
import { backupError } from './errors';

/**
 * The backup document: the whole journal as plain JSON, versioned on its own (independent
 * of the database schema), so any later Hearth can read what an earlier one wrote. A new
 * field means a new `version` and an upgrade step below; strict objects make sure nothing
 * in a file is silently dropped.
 *
 * Limits mirror what the database accepts (its CHECK constraints) rather than what the UI
 * lets a person type, so a journal that opens can always be backed up, with generous upper
 * bounds so a hostile file cannot ask for unbounded work.
 */
export const BACKUP_FORMAT = 'hearth-backup';
export const BACKUP_VERSION = 1;

const MAX_TEXT = 1_000_000;
// The same bound as WrittenAt: entry ids (created_at × 1000) must stay exact JavaScript numbers.
const Time = z.number().int().min(0).max(8_640_000_000_000);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Id = z.string().min(1).max(200);
const Rating = z.number().int().min(1).max(5);

const PartnerV1 = z.strictObject({ slot: z.enum(['a', 'b']), name: z.string().min(1).max(1000), createdAt: Time });

const SettingV1 = z.strictObject({ key: z.string().min(1).max(200), value: z.string().max(MAX_TEXT) });

const SessionV1 = z.strictObject({
  id: Id,
  exerciseId: Id,
  theme: Id,
  status: z.enum(['in-progress', 'completed', 'abandoned']),
  stepIndex: z.number().int().min(0).max(1_000_000),
  /** The guided session's saved state, kept as the exact text the journal holds. */
  state: z.string().max(MAX_TEXT),
  startedAt: Time,
  updatedAt: Time,
  completedAt: Time.nullable(),
  completedDay: Day.nullable(),
});

const EntryV1 = z.strictObject({
  uid: Id,
  author: z.enum(['a', 'b', 'both']),
  kind: z.enum(['free', 'reflection']),
  body: z.string().max(MAX_TEXT),
  mood: Rating.nullable(),
  tags: z.array(z.string().min(1).max(1000)).max(1000),
  /** The exercise session a reflection belongs to. */
  sessionId: Id.nullable(),
  createdAt: Time,
  updatedAt: Time,
  day: Day,
  /** Set while the entry is in the trash. */
  deletedAt: Time.nullable(),
});

const CheckInV1 = z.strictObject({
  uid: Id,
  partner: z.enum(['a', 'b']),
  close: Rating,
  safe: Rating,
  heard: Rating,
  note: z.string().max(MAX_TEXT).nullable(),
  createdAt: Time,
  day: Day,
});

/** Reports each duplicate or dangling reference by path (never by value: values are journal text). */
function checkReferences(doc: BackupDocumentV1, ctx: z.RefinementCtx): void {
  const unique = (values: string[], path: (i: number) => (string | number)[]) => {
    const seen = new Set<string>();
    values.forEach((value, i) => {
      if (seen.has(value)) ctx.addIssue({ code: 'custom', path: path(i), message: 'duplicate' });
      seen.add(value);
    });
  };
  const slots = doc.partners.map((p) => p.slot).sort();
  if (slots.join() !== 'a,b') ctx.addIssue({ code: 'custom', path: ['partners'], message: 'needs partners a and b' });
  unique(doc.settings.map((s) => s.key), (i) => ['settings', i, 'key']);
  unique(doc.sessions.map((s) => s.id), (i) => ['sessions', i, 'id']);
  unique(doc.entries.map((e) => e.uid), (i) => ['entries', i, 'uid']);
  unique(doc.checkIns.map((c) => c.uid), (i) => ['checkIns', i, 'uid']);
  const sessionIds = new Set(doc.sessions.map((s) => s.id));
  doc.entries.forEach((entry, i) => {
    unique(entry.tags, (t) => ['entries', i, 'tags', t]);
    if (entry.sessionId !== null && !sessionIds.has(entry.sessionId)) {
      ctx.addIssue({ code: 'custom', path: ['entries', i, 'sessionId'], message: 'no such session' });
    }
  });
}

const BackupDocumentV1Shape = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  appVersion: z.string().min(1).max(64),
  schemaVersion: z.number().int().min(0),
  exportedAt: z.iso.datetime(),
  partners: z.array(PartnerV1).length(2),
  settings: z.array(SettingV1).max(10_000),
  sessions: z.array(SessionV1),
  entries: z.array(EntryV1),
  checkIns: z.array(CheckInV1),
});
export type BackupDocumentV1 = z.infer<typeof BackupDocumentV1Shape>;
export const BackupDocumentV1 = BackupDocumentV1Shape.superRefine(checkReferences);

/** The current document; what export writes and what every older version is upgraded to. */
export type BackupDocument = BackupDocumentV1;
export type BackupEntry = BackupDocument['entries'][number];

/** One step per released version: reads version N and returns version N+1. None yet. */
const UPGRADES: Record<number, (doc: unknown) => unknown> = {};

const Envelope = z.object({ format: z.string(), version: z.number().int().positive() });

/**
 * The only way a decrypted file becomes a document: the envelope first (is this a Hearth
 * backup at all, and not from the future?), then every field of the version it claims,
 * then upgrades to the current version.
 */
export function parseBackupDocument(value: unknown): BackupDocument {
  const envelope = Envelope.safeParse(value);
  if (!envelope.success || envelope.data.format !== BACKUP_FORMAT) throw backupError.invalid();
  const { version } = envelope.data;
  if (version > BACKUP_VERSION) throw backupError.fromFuture(version, BACKUP_VERSION);
  let doc: unknown = value;
  for (let v = version; v < BACKUP_VERSION; v++) {
    const upgrade = UPGRADES[v];
    if (!upgrade) throw backupError.invalid(`format ${version} is not one Hearth ever wrote`);
    doc = upgrade(doc);
  }
  const parsed = parseUnknown(BackupDocumentV1, doc);
  if (!parsed.ok) {
    const more = parsed.issues.length > 1 ? ` and ${parsed.issues.length - 1} more` : '';
    throw backupError.invalid(`the first problem is at ${parsed.issues[0]}${more}`);
  }
  return parsed.value;
}

/** Decodes the decrypted bytes as UTF-8 JSON; anything else is not a Hearth backup. */
export function decodeBackupDocument(plaintext: Uint8Array): BackupDocument {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext));
  } catch {
    throw backupError.invalid();
  }
  return parseBackupDocument(value);
}

/** What a person sees before choosing to restore: who, how much, which days, from when. */
export function summarize(doc: BackupDocument): BackupSummary {
  const days = [...doc.entries.map((e) => e.day), ...doc.checkIns.map((c) => c.day)].sort();
  const inTrash = doc.entries.filter((e) => e.deletedAt !== null).length;
  return {
    formatVersion: doc.version,
    appVersion: doc.appVersion,
    exportedAt: doc.exportedAt,
    partners: [...doc.partners].sort((x, y) => x.slot.localeCompare(y.slot)).map(({ slot, name }) => ({ slot, name })),
    entries: doc.entries.length - inTrash,
    inTrash,
    checkIns: doc.checkIns.length,
    sessions: doc.sessions.length,
    firstDay: days[0] ?? null,
    lastDay: days.at(-1) ?? null,
  };
}
