import { hash as oneShotHash } from 'node:crypto';

const hash256 = (text: string): Buffer => oneShotHash('sha256', text, 'buffer') as unknown as Buffer;
import { z } from 'zod';
import type { BackupSummary } from '../../../shared/ipc/features/backup';
import { parseUnknown } from '../../../shared/parse';
import {
  RECORD_SCHEMAS,
  TABLE_BY_DOCUMENT,
  TABLES,
  type AnyTable,
  type checkIns,
  type deckMarks,
  type entries,
  type partners,
  type RecordOf,
  type sessions,
  type settings,
} from '../schema';
import { MAX_PRIVATE_PAGES_JSON_BYTES, PrivatePageBlobs, type PrivatePageBlob } from '../private/backup-blobs';
import { backupError } from './errors';

/**
 * The backup document: the whole journal as plain JSON, versioned on its own (independent
 * of the database schema), so any later Hearth can read what an earlier one wrote. A new
 * field means a new `version` and an upgrade step; strict records make sure nothing in a
 * file is silently dropped.
 *
 * Every record is checked with the journal's description (core/schema): the same rules the
 * app's own write paths apply, so a restore brings back only what Hearth could have written.
 */
export const BACKUP_FORMAT = 'hearth-backup';
export const BACKUP_VERSION = 1;

/**
 * Bounds, derived from what the app itself writes, so a hostile file is refused before it
 * costs memory or time:
 * - one record: the largest is an entry at its limits (100,000 characters of body, at worst
 *   6 bytes each as a JSON escape, plus 20 tags of 40): under 650 KB, so 1 MiB;
 * - the whole decrypted document: 400 maximal entries, or about a million ordinary ones
 *   (~400 bytes each), far beyond any real journal (100,000 entries is ~60 MB).
 */
export const MAX_RECORD_BYTES = 1024 * 1024;
export const MAX_DOCUMENT_BYTES = 400 * MAX_RECORD_BYTES;
/** The envelope's own fields (format, version, dates) are tiny. */
const MAX_FIELD_BYTES = 64 * 1024;
const MAX_SETTINGS = 10_000;

const Envelope = {
  format: z.string(),
  version: z.number().int().positive(),
  appVersion: z.string().min(1).max(64),
  schemaVersion: z.number().int().min(0),
  exportedAt: z.iso.datetime(),
} as const;
type EnvelopeKey = keyof typeof Envelope;

export type PartnerRecord = RecordOf<typeof partners>;
export type SettingRecord = RecordOf<typeof settings>;
export type SessionRecord = RecordOf<typeof sessions>;
export type EntryRecord = Omit<RecordOf<typeof entries>, 'questionId' | 'writtenPrivatelyAt'> & {
  tags: string[];
  questionId?: string | null;
  writtenPrivatelyAt?: number | null;
};
export type CheckInRecord = RecordOf<typeof checkIns>;
export type DeckMarkRecord = RecordOf<typeof deckMarks>;

export interface BackupDocumentV1 {
  format: typeof BACKUP_FORMAT;
  version: 1;
  appVersion: string;
  schemaVersion: number;
  exportedAt: string;
  partners: PartnerRecord[];
  settings: SettingRecord[];
  sessions: SessionRecord[];
  entries: EntryRecord[];
  checkIns: CheckInRecord[];
  /** Absent in backups written before the deck. */
  deckMarks?: DeckMarkRecord[];
  /** Each partner's private page as its own sealed bytes (core/private/backup-blobs.ts); absent when there is none. */
  privatePages?: PrivatePageBlob[];
}
/** The current document; what export writes and what every older version is upgraded to. */
export type BackupDocument = BackupDocumentV1;
export type BackupEntry = EntryRecord;

const recordSchema = (document: string) => RECORD_SCHEMAS.get(document)!;

const BackupDocumentShape = z.strictObject({
  ...Envelope,
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  // A table added after the format was released may be absent (older files lack it).
  ...Object.fromEntries(
    TABLES.map((t) => [t.document, 'added' in t ? z.array(recordSchema(t.document)).optional() : z.array(recordSchema(t.document))]),
  ),
  privatePages: PrivatePageBlobs.optional(),
});
/** The one top-level field that is neither envelope nor table: sealed private pages. */
const PRIVATE_PAGES = 'privatePages';

/** Each record's own rules, then what only the whole can tell (see DocumentChecker). */
function checkAcrossRecords(doc: Record<string, unknown>): void {
  const checker = new DocumentChecker();
  for (const table of TABLES) ((doc[table.document] ?? []) as Record<string, unknown>[]).forEach((row, i) => checker.add(table, row, i, true));
  checker.finish();
}

/** The whole document at once (export checks what it is about to write with it). */
export const BackupDocumentV1 = BackupDocumentShape.superRefine((doc, ctx) => {
  try {
    checkAcrossRecords(doc);
  } catch (error) {
    ctx.addIssue({ code: 'custom', path: [], message: error instanceof Error ? error.message : 'invalid' });
  }
}) as unknown as z.ZodType<BackupDocumentV1>;

/** One step per released version: reads version N and returns version N+1. None yet. */
const UPGRADES: Record<number, (doc: unknown) => unknown> = {};

const issueText = (issues: string[]) => `the first problem is at ${issues[0]}${issues.length > 1 ? ` and ${issues.length - 1} more` : ''}`;

/**
 * The only way a whole decrypted value becomes a document: the envelope first (is this a
 * Hearth backup at all, and not from the future?), then every field of the version it
 * claims, then upgrades to the current version.
 */
export function parseBackupDocument(value: unknown): BackupDocument {
  const envelope = z.object({ format: Envelope.format, version: Envelope.version }).safeParse(value);
  if (!envelope.success || envelope.data.format !== BACKUP_FORMAT) throw backupError.invalid();
  const { version } = envelope.data;
  if (version > BACKUP_VERSION) throw backupError.fromFuture(version, BACKUP_VERSION);
  let doc: unknown = value;
  for (let v = version; v < BACKUP_VERSION; v++) {
    const upgrade = UPGRADES[v];
    if (!upgrade) throw backupError.invalid(`format ${version} is not one Hearth ever wrote`);
    doc = upgrade(doc);
  }
  const parsed = parseUnknown(BackupDocumentShape, doc);
  if (!parsed.ok) throw backupError.invalid(issueText(parsed.issues));
  checkAcrossRecords(parsed.value);
  return parsed.value as unknown as BackupDocument;
}

/** Decodes decrypted bytes held whole (export's read-back) as UTF-8 JSON. */
export function decodeBackupDocument(plaintext: Uint8Array): BackupDocument {
  if (plaintext.length > MAX_DOCUMENT_BYTES) throw backupError.tooLarge();
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext));
  } catch {
    throw backupError.invalid();
  }
  return parseBackupDocument(value);
}

/** Child values in SQLite's BINARY order (UTF-8 bytes), as the journal sorts them too. */
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

const FIELD_NAMES = new Map<string, string[]>(TABLES.map((t) => [t.document, Object.keys(t.fields)]));

/** A row as one comparable text: its fields in the description's order, child values sorted. */
export function canonicalRow(table: AnyTable, row: Record<string, unknown>): string {
  const fields = FIELD_NAMES.get(table.document) ?? Object.keys(table.fields);
  const values: unknown[] = new Array(fields.length);
  for (let i = 0; i < fields.length; i++) values[i] = row[fields[i]!];
  if (Array.isArray(row.tags)) values.push(row.tags.length > 1 ? [...(row.tags as string[])].sort(byBytes) : row.tags);
  return JSON.stringify(values);
}

/**
 * An order-independent fingerprint of a table's rows: the sums, lane by lane (4 × 32 bits),
 * of each row's SHA-256 over its canonical text. So the journal built from a file can be
 * checked against the file without holding either: SQLite makes each built row's canonical
 * text (selectCanonicalSql), and the same text is made here from each record as it is read.
 */
export class RowsDigest {
  private readonly sums = new Map<string, Uint32Array>();
  add(table: AnyTable, row: Record<string, unknown>): void {
    this.addText(table, canonicalRow(table, row));
  }
  addText(table: AnyTable, text: string): void {
    const hash = hash256(text);
    let sum = this.sums.get(table.document);
    if (!sum) this.sums.set(table.document, (sum = new Uint32Array(4)));
    for (let lane = 0; lane < 4; lane++) sum[lane] = (sum[lane]! + hash.readUInt32LE(lane * 4)) >>> 0;
  }
  equals(other: RowsDigest): boolean {
    const zero = new Uint32Array(4);
    return TABLES.every((t) => Buffer.from((this.sums.get(t.document) ?? zero).buffer).equals(Buffer.from((other.sums.get(t.document) ?? zero).buffer)));
  }
}

/**
 * Checks a document record by record, as it streams past: each record with its table's
 * validator, then what only the whole can tell (one of each key, both partners, every
 * reflection's session), and gathers the summary on the way. Problems are named by path,
 * never by value: values are journal text.
 */
export class DocumentChecker {
  /** Only restore needs the fingerprint (to check the journal it built). */
  readonly digest: RowsDigest | null;
  readonly counts = new Map<string, number>(TABLES.map((t) => [t.document, 0]));
  childRows = 0;
  private readonly keys = new Map<string, Set<unknown>>(TABLES.map((t) => [t.document, new Set()]));
  private readonly danglingSessions = new Map<string, number>();
  private readonly partners: { slot: 'a' | 'b'; name: string }[] = [];
  private inTrash = 0;
  private firstDay: string | null = null;
  private lastDay: string | null = null;

  constructor({ digest = false } = {}) {
    this.digest = digest ? new RowsDigest() : null;
  }

  /** Validates one record (unless `checked` already); returns it, ready to insert. */
  add(table: AnyTable, value: unknown, index: number, checked = false): Record<string, unknown> {
    let row = value as Record<string, unknown>;
    if (!checked) {
      const parsed = parseUnknown(recordSchema(table.document), value);
      if (!parsed.ok) throw backupError.invalid(issueText(parsed.issues.map((issue) => `${table.document}.${index}.${issue}`)));
      row = parsed.value as Record<string, unknown>;
    }
    const at = (field: string, problem: string) => backupError.invalid(`the first problem is at ${table.document}.${index}.${field}: ${problem}`);
    const n = (this.counts.get(table.document) ?? 0) + 1;
    this.counts.set(table.document, n);
    if (table.document === 'partners' && n > 2) throw backupError.invalid('the first problem is at partners: needs partners a and b');
    if (table.document === 'settings' && n > MAX_SETTINGS) throw backupError.invalid('the first problem is at settings: too many');
    const keys = this.keys.get(table.document)!;
    if (keys.has(row[table.key])) throw at(table.key, 'duplicate');
    keys.add(row[table.key]);

    switch (table.document) {
      case 'partners':
        this.partners.push({ slot: row.slot as 'a' | 'b', name: row.name as string });
        break;
      case 'sessions':
        this.danglingSessions.delete(row.id as string);
        break;
      case 'entries': {
        const sessionId = row.sessionId as string | null;
        if (sessionId !== null && !this.keys.get('sessions')!.has(sessionId) && !this.danglingSessions.has(sessionId)) {
          this.danglingSessions.set(sessionId, index);
        }
        if (row.deletedAt !== null) this.inTrash += 1;
        this.childRows += (row.tags as unknown[]).length;
        this.seeDay(row.day as string);
        break;
      }
      case 'checkIns':
        this.seeDay(row.day as string);
        break;
    }
    this.digest?.add(table, row);
    return row;
  }

  private seeDay(day: string): void {
    if (this.firstDay === null || day < this.firstDay) this.firstDay = day;
    if (this.lastDay === null || day > this.lastDay) this.lastDay = day;
  }

  /** What can only be checked once every record has been seen. */
  finish(): void {
    const slots = this.partners.map((p) => p.slot).sort();
    if (slots.join() !== 'a,b') throw backupError.invalid('the first problem is at partners: needs partners a and b');
    for (const [, index] of this.danglingSessions) {
      throw backupError.invalid(`the first problem is at entries.${index}.sessionId: no such session`);
    }
  }

  summary(envelope: { version: number; appVersion: string; exportedAt: string }): BackupSummary {
    const entryCount = this.counts.get('entries') ?? 0;
    return {
      formatVersion: envelope.version,
      appVersion: envelope.appVersion,
      exportedAt: envelope.exportedAt,
      partners: [...this.partners].sort((x, y) => x.slot.localeCompare(y.slot)),
      entries: entryCount - this.inTrash,
      inTrash: this.inTrash,
      checkIns: this.counts.get('checkIns') ?? 0,
      sessions: this.counts.get('sessions') ?? 0,
      firstDay: this.firstDay,
      lastDay: this.lastDay,
    };
  }
}

/** What a person sees before choosing to restore: who, how much, which days, from when. */
export function summarize(doc: BackupDocument): BackupSummary {
  const checker = new DocumentChecker();
  const rows = doc as unknown as Record<string, unknown[] | undefined>;
  for (const table of TABLES) (rows[table.document] ?? []).forEach((row, i) => checker.add(table, row, i, true));
  return checker.summary(doc);
}

// ---------------------------------------------------------------------------------------
// Reading a document as a stream of records.

const enum Top {
  Start,
  ExpectKeyOrEnd,
  ExpectKey,
  ExpectColon,
  ExpectValue,
  ExpectCommaOrEnd,
  ArrayStart,
  ExpectElement,
  ExpectCommaOrArrayEnd,
  Done,
}
const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One JSON value being gathered byte by byte (a key, an envelope field or a whole record). */
class Capture {
  private pieces: Uint8Array[] = [];
  length = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private readonly scalar: boolean;

  constructor(
    first: number,
    private readonly max: number,
    private readonly tooLarge: () => Error,
  ) {
    this.scalar = first !== 0x7b && first !== 0x5b && first !== 0x22;
  }

  /**
   * Feeds chunk[from…]; returns the index just past the value's end, or -1 if the value
   * goes on into the next chunk. A scalar (number, true…) ends before the byte that ends it.
   */
  feed(chunk: Uint8Array, from: number): number {
    let i = from;
    let end = -1;
    if (this.scalar) {
      for (; i < chunk.length; i++) {
        const b = chunk[i]!;
        if (b === 0x2c || b === 0x5d || b === 0x7d || isSpace(b)) {
          end = i;
          break;
        }
      }
    } else {
      for (; i < chunk.length; i++) {
        const b = chunk[i]!;
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (b === 0x5c) this.escaped = true;
          else if (b === 0x22) {
            this.inString = false;
            if (this.depth === 0) {
              end = i + 1;
              break;
            }
          }
        } else if (b === 0x22) this.inString = true;
        else if (b === 0x7b || b === 0x5b) this.depth += 1;
        else if (b === 0x7d || b === 0x5d) {
          this.depth -= 1;
          if (this.depth === 0) {
            end = i + 1;
            break;
          }
        }
      }
    }
    const upTo = end === -1 ? chunk.length : end;
    this.length += upTo - from;
    if (this.length > this.max) throw this.tooLarge();
    this.pieces.push(chunk.subarray(from, upTo));
    return end;
  }

  /** The value, parsed; anything that is not one well-formed UTF-8 JSON value is refused. */
  value(): unknown {
    const bytes = this.pieces.length === 1 ? this.pieces[0]! : Buffer.concat(this.pieces);
    this.pieces = [];
    try {
      return JSON.parse(utf8.decode(bytes));
    } catch {
      throw backupError.invalid();
    }
  }
}

export interface StreamedDocument {
  summary: BackupSummary;
  envelope: { version: number; appVersion: string; schemaVersion: number; exportedAt: string };
  checker: DocumentChecker;
  privatePages?: PrivatePageBlob[];
}

/**
 * Reads a backup document from decrypted chunks without ever holding it whole: the
 * top-level object is walked byte by byte, each record of its arrays is parsed on its own
 * (at most MAX_RECORD_BYTES), validated, and handed to `onRecord` (restore inserts it at
 * once). Any valid JSON layout is read (Hearth's compact one, or pretty-printed and
 * reordered by hand with `age -d`/`age -p`), since only whitespace and structure are walked
 * here and every value goes through JSON.parse.
 */
export async function readBackupDocument(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  onRecord?: (table: AnyTable, row: Record<string, unknown>) => void,
  onBytes: (done: number) => void = () => {},
): Promise<StreamedDocument> {
  // The fingerprint is for checking what was built from the records: only when something is.
  const checker = new DocumentChecker({ digest: onRecord !== undefined });
  const envelope: Partial<Record<EnvelopeKey, unknown>> = {};
  const seen = new Set<string>();
  let state = Top.Start;
  let capture: Capture | null = null;
  let key = '';
  let table: AnyTable | undefined;
  let index = 0;
  let total = 0;
  let first = true;
  let privatePages: PrivatePageBlob[] | undefined;
  const recordTooLarge = () => backupError.tooLarge('one of its records is larger than anything Hearth writes');
  const fieldTooLarge = () => backupError.invalid(`the first problem is at ${key || '(root)'}: too large`);
  const invalid = () => backupError.invalid();

  const finishValue = (value: unknown) => {
    if (state === Top.ExpectKey || state === Top.ExpectKeyOrEnd) {
      if (typeof value !== 'string') throw invalid();
      key = value;
      if (seen.has(key)) throw backupError.invalid(`the first problem is at ${key}: duplicate`);
      seen.add(key);
      state = Top.ExpectColon;
      return;
    }
    if (state === Top.ExpectValue) {
      if (key === PRIVATE_PAGES) {
        const pages = PrivatePageBlobs.safeParse(value);
        if (!pages.success) throw backupError.invalid(`the first problem is at ${PRIVATE_PAGES}: invalid_value`);
        privatePages = pages.data;
        state = Top.ExpectCommaOrEnd;
        return;
      }
      if (!Object.hasOwn(Envelope, key)) {
        if (typeof envelope.version === 'number' && envelope.version > BACKUP_VERSION) {
          throw backupError.fromFuture(envelope.version, BACKUP_VERSION);
        }
        throw backupError.invalid(`the first problem is at ${TABLE_BY_DOCUMENT.has(key) ? key : '(root)'}: ${TABLE_BY_DOCUMENT.has(key) ? 'invalid_type' : 'unrecognized_keys'}`);
      }
      const parsed = Envelope[key as EnvelopeKey].safeParse(value);
      if (key === 'format' && (!parsed.success || value !== BACKUP_FORMAT)) throw invalid();
      if (key === 'version' && parsed.success && (value as number) > BACKUP_VERSION) {
        throw backupError.fromFuture(value as number, BACKUP_VERSION);
      }
      if (!parsed.success || (key === 'version' && value !== BACKUP_VERSION)) {
        throw backupError.invalid(`the first problem is at ${key}: ${parsed.success ? 'invalid_value' : parsed.error.issues[0]?.code}`);
      }
      envelope[key as EnvelopeKey] = value;
      state = Top.ExpectCommaOrEnd;
      return;
    }
    // A record of one of the tables.
    const row = checker.add(table!, value, index);
    index += 1;
    onRecord?.(table!, row);
    state = Top.ExpectCommaOrArrayEnd;
  };

  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > MAX_DOCUMENT_BYTES) throw backupError.tooLarge();
    onBytes(total);
    let i = 0;
    if (first && chunk.length > 0) {
      first = false;
      // A UTF-8 byte order mark, as some editors add: JSON readers may ignore it, so do we.
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3;
    }
    while (i < chunk.length) {
      if (capture) {
        const end = capture.feed(chunk, i);
        if (end === -1) break;
        i = end;
        const done = capture;
        capture = null;
        finishValue(done.value());
        continue;
      }
      const b = chunk[i]!;
      if (isSpace(b)) {
        i += 1;
        continue;
      }
      // `as Top`: finishValue (a closure) moves the state on too.
      switch (state as Top) {
        case Top.Start:
          if (b !== 0x7b) throw invalid();
          state = Top.ExpectKeyOrEnd;
          i += 1;
          continue;
        case Top.ExpectKeyOrEnd:
        case Top.ExpectKey:
          if (b === 0x7d && state === Top.ExpectKeyOrEnd) {
            state = Top.Done;
            i += 1;
            continue;
          }
          if (b !== 0x22) throw invalid();
          capture = new Capture(b, MAX_FIELD_BYTES, fieldTooLarge);
          continue;
        case Top.ExpectColon:
          if (b !== 0x3a) throw invalid();
          table = TABLE_BY_DOCUMENT.get(key);
          state = table ? Top.ArrayStart : Top.ExpectValue;
          i += 1;
          continue;
        case Top.ArrayStart:
          if (b !== 0x5b) throw backupError.invalid(`the first problem is at ${key}: invalid_type`);
          index = 0;
          state = Top.ExpectElement;
          i += 1;
          continue;
        case Top.ExpectElement:
          // "]" closes an empty array; after a comma an element must follow.
          if (b === 0x5d && index === 0) {
            state = Top.ExpectCommaOrEnd;
            i += 1;
            continue;
          }
          if (b === 0x2c || b === 0x5d || b === 0x7d || b === 0x3a) throw invalid();
          capture = new Capture(b, MAX_RECORD_BYTES, recordTooLarge);
          continue;
        case Top.ExpectValue:
          if (b === 0x2c || b === 0x5d || b === 0x7d || b === 0x3a) throw invalid();
          capture = new Capture(b, key === PRIVATE_PAGES ? MAX_PRIVATE_PAGES_JSON_BYTES : MAX_FIELD_BYTES, fieldTooLarge);
          continue;
        case Top.ExpectCommaOrArrayEnd:
          if (b === 0x2c) state = Top.ExpectElement;
          else if (b === 0x5d) state = Top.ExpectCommaOrEnd;
          else throw invalid();
          i += 1;
          continue;
        case Top.ExpectCommaOrEnd:
          if (b === 0x2c) state = Top.ExpectKey;
          else if (b === 0x7d) state = Top.Done;
          else throw invalid();
          i += 1;
          continue;
        case Top.Done:
          throw invalid();
      }
    }
  }
  // A scalar at the very end of the text ends there.
  if (capture) throw invalid();
  if (state !== Top.Done) throw invalid();
  for (const field of Object.keys(Envelope)) {
    if (!(field in envelope)) throw backupError.invalid(`the first problem is at ${field}: invalid_type`);
  }
  for (const t of TABLES) if (!seen.has(t.document) && !('added' in t)) throw backupError.invalid(`the first problem is at ${t.document}: invalid_type`);
  checker.finish();
  const env = envelope as StreamedDocument['envelope'];
  return { summary: checker.summary(env), envelope: env, checker, ...(privatePages ? { privatePages } : {}) };
}
