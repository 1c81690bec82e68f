import * as A from '@automerge/automerge';
import { randomUUID } from 'node:crypto';
import { entries as entriesTable } from '../schema';
import { REPLICATED, WHOLE_ROWS, type ReplicatedTable } from './replicated';

/**
 * The sync document: what the couple's computers share, merged by Automerge. SQLite stays
 * the journal each computer queries; this document is how the two journals agree.
 *
 * Strings are ImmutableString (a whole value, last writer wins): per-character merging is
 * not wanted for a journal entry (two people editing one sentence should each keep their
 * words, not interleave them), and it costs several times the memory and time (STACK.md).
 *
 * Entries keep every version ever saved (`versions`, only ever appended), so an edit made on
 * each computer at the same time keeps both: the entry shows the newest and says there was a
 * parallel edit. Putting an entry in the trash, or emptying the trash, records which version
 * the person saw: if another computer wrote a version they had not seen, that edit wins and
 * the entry comes back. Nothing typed is lost.
 */

type DocValue = A.ImmutableString | number | null;
export type Value = string | number | null;
/** A row as the description's fields name it; an entry's tags as a string array. */
export type SyncRecord = Record<string, Value | string[]>;

/** One saved version of an entry; never changed once written. */
export interface DocVersion {
  id: string;
  /** The version this one was edited from (null for the first). */
  basedOn: string | null;
  body: string;
  mood: number | null;
  tags: string[];
  updatedAt: number;
  /** The computer that saved it. */
  device: string;
}

/**
 * An entry in the document. What never changes once written is one value each: the fixed
 * fields as one JSON text, and each version as one JSON text in an append-only list. Fewer,
 * larger values are what Automerge stores and loads fastest (a field per value tripled the
 * time to share 10,000 entries), and nothing is lost: a version is never edited, only added.
 */
export interface DocEntry {
  /** JSON of the fields written once (author, kind, day, …). */
  fixed: A.ImmutableString;
  /** JSON of each DocVersion, in the order they were added (concurrent ones both kept). */
  versions: A.ImmutableString[];
  deletedAt: number | null;
  /** The version that was current when it went to the trash. */
  deletedOver: string | null;
  /** The version that was current when the trash was emptied; null while it exists. */
  purgedOver: string | null;
}

export interface SyncDoc {
  /**
   * Other replicated tables: document name → key → fields, or (WHOLE_ROWS) → the row's
   * fields as one JSON text.
   */
  records: Record<string, Record<string, Record<string, DocValue> | A.ImmutableString>>;
  entries: Record<string, DocEntry>;
}

/** Fields an edit changes, kept per version; the rest of an entry is fixed when it is written. */
const VERSIONED = new Set(['body', 'mood', 'tags', 'updatedAt']);
const LIFECYCLE = new Set(['deletedAt']);
const ENTRY_KEY = entriesTable.key;

const toDoc = (value: Value): DocValue => (typeof value === 'string' ? new A.ImmutableString(value) : value);
const fromDoc = (value: DocValue | undefined): Value =>
  value === undefined || value === null ? null : typeof value === 'number' ? value : value.toString();

export function emptyDoc(actor: string): A.Doc<SyncDoc> {
  // Every computer starts from the same empty change (a fixed actor and time), so two
  // documents created apart merge as one: the maps below are the same objects on both.
  // The per-table maps are made here too: two computers each creating "sessions" would be a
  // conflict on the map itself, and Automerge would keep only one of the two.
  const base = A.change(A.init<SyncDoc>({ actor: '00'.repeat(16) }), { time: 0 }, (d) => {
    d.records = {};
    for (const table of REPLICATED) if (table.table !== 'entries') d.records[table.document] = {};
    d.entries = {};
  });
  return A.clone(base, { actor });
}

/** The heads of that shared empty start: a document with these holds nothing yet. */
export const BASE_HEADS = A.getHeads(emptyDoc('00'.repeat(16))).join();

// ── reading ─────────────────────────────────────────────────────────────────────────────

const versionsOf = (entry: DocEntry): DocVersion[] => entry.versions.map((v) => JSON.parse(v.toString()) as DocVersion);
const fixedOf = (entry: DocEntry): Record<string, Value> => JSON.parse(entry.fixed.toString()) as Record<string, Value>;

function newest(versions: readonly DocVersion[]): DocVersion | undefined {
  let best: DocVersion | undefined;
  for (const v of versions) {
    if (!best || v.updatedAt > best.updatedAt || (v.updatedAt === best.updatedAt && v.id > best.id)) best = v;
  }
  return best;
}

/** Versions the current one was not edited from: written on another computer at the same time. */
function parallelTo(versions: readonly DocVersion[], current: DocVersion): DocVersion[] {
  const byId = new Map(versions.map((v) => [v.id, v]));
  const ancestry = new Set<string>();
  for (let v: DocVersion | undefined = current; v && !ancestry.has(v.id); v = v.basedOn ? byId.get(v.basedOn) : undefined) {
    ancestry.add(v.id);
  }
  return versions.filter((v) => !ancestry.has(v.id));
}

export interface ReadEntry {
  /** null when the entry was erased (trash emptied) and no unseen edit brings it back. */
  record: SyncRecord | null;
  editedInParallel: boolean;
}

export function readEntry(doc: SyncDoc, uid: string): ReadEntry | undefined {
  const entry = doc.entries[uid];
  if (!entry) return undefined;
  const versions = versionsOf(entry);
  const current = newest(versions);
  if (!current) return undefined;
  if (entry.purgedOver === current.id) return { record: null, editedInParallel: false };
  const record: SyncRecord = { [ENTRY_KEY]: uid, ...fixedOf(entry) };
  record.body = current.body;
  record.mood = current.mood;
  record.tags = [...current.tags];
  record.updatedAt = current.updatedAt;
  // In the trash only if whoever put it there had seen the newest version.
  record.deletedAt = entry.deletedAt !== null && entry.deletedOver === current.id ? entry.deletedAt : null;
  return { record, editedInParallel: parallelTo(versions, current).length > 0 };
}

export function readRecord(doc: SyncDoc, table: ReplicatedTable, key: string): SyncRecord | null {
  if (table.table === 'entries') return readEntry(doc, key)?.record ?? null;
  const fields = doc.records[table.document]?.[key];
  if (!fields) return null;
  if (fields instanceof A.ImmutableString) return { [table.key]: key, ...(JSON.parse(fields.toString()) as Record<string, Value>) };
  const record: SyncRecord = { [table.key]: key };
  for (const field of Object.keys(table.fields)) if (field !== table.key) record[field] = fromDoc(fields[field]);
  return record;
}

export interface HistoryVersion {
  body: string;
  mood: number | null;
  tags: string[];
  updatedAt: number;
  device: string;
  current: boolean;
  /** Written on another computer at the same time as the current version's line of edits. */
  parallel: boolean;
}

/** Every saved version of an entry, oldest first. */
export function entryHistory(doc: SyncDoc, uid: string): HistoryVersion[] {
  const entry = doc.entries[uid];
  if (!entry) return [];
  const versions = versionsOf(entry);
  const current = newest(versions);
  const parallel = new Set(current ? parallelTo(versions, current).map((v) => v.id) : []);
  return versions
    .sort((x, y) => x.updatedAt - y.updatedAt || (x.id < y.id ? -1 : 1))
    .map((v) => ({
      body: v.body,
      mood: v.mood,
      tags: [...v.tags],
      updatedAt: v.updatedAt,
      device: v.device,
      current: v.id === current?.id,
      parallel: parallel.has(v.id),
    }));
}

// ── writing (inside A.change) ───────────────────────────────────────────────────────────

const sameTags = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/**
 * Makes the document say what this computer's journal says about one row (`record`, or null
 * when the row is gone). Changes only what differs, so an unchanged row writes nothing.
 */
export function writeRecord(d: SyncDoc, table: ReplicatedTable, key: string, record: SyncRecord | null, device: string): void {
  if (table.table === 'entries') return writeEntry(d, key, record, device);
  const map = d.records[table.document];
  if (!map) throw new Error(`the sync document has no map for ${table.document}`);
  if (record === null) {
    if (map[key]) delete map[key];
    return;
  }
  if (WHOLE_ROWS.has(table.table)) {
    const whole: Record<string, Value> = {};
    for (const field of Object.keys(table.fields)) if (field !== table.key) whole[field] = (record[field] ?? null) as Value;
    const text = JSON.stringify(whole);
    const existing = map[key];
    if (!(existing instanceof A.ImmutableString) || existing.toString() !== text) map[key] = new A.ImmutableString(text);
    return;
  }
  const fields = map[key];
  if (fields instanceof A.ImmutableString) throw new Error(`${table.table} rows merge field by field`);
  if (!fields) {
    // A new record in one assignment: one call into Automerge rather than one per field.
    const fresh: Record<string, DocValue> = {};
    for (const field of Object.keys(table.fields)) if (field !== table.key) fresh[field] = toDoc((record[field] ?? null) as Value);
    map[key] = fresh;
    return;
  }
  for (const field of Object.keys(table.fields)) {
    if (field === table.key) continue;
    const value = (record[field] ?? null) as Value;
    if (fromDoc(fields[field]) !== value || !(field in fields)) fields[field] = toDoc(value);
  }
}

function writeEntry(d: SyncDoc, uid: string, record: SyncRecord | null, device: string): void {
  const existing = d.entries[uid];
  const versions = existing ? versionsOf(existing) : [];
  const current = newest(versions);
  if (record === null) {
    // Erased here (the trash emptied): say which version was erased.
    if (existing && current && existing.purgedOver !== current.id) existing.purgedOver = current.id;
    return;
  }
  const tags = [...((record.tags as string[] | undefined) ?? [])].sort();
  const version = (basedOn: string | null): DocVersion => ({
    id: randomUUID(),
    basedOn,
    body: record.body as string,
    mood: (record.mood as number | null) ?? null,
    tags,
    updatedAt: record.updatedAt as number,
    device,
  });
  const fixed: Record<string, Value> = {};
  for (const field of Object.keys(entriesTable.fields)) {
    if (field === ENTRY_KEY || VERSIONED.has(field) || LIFECYCLE.has(field)) continue;
    fixed[field] = (record[field] ?? null) as Value;
  }
  const fixedText = JSON.stringify(fixed);
  const asText = (v: DocVersion) => new A.ImmutableString(JSON.stringify(v));
  if (!existing || !current) {
    const first = version(null);
    const deletedAt = (record.deletedAt as number | null) ?? null;
    d.entries[uid] = {
      fixed: new A.ImmutableString(fixedText),
      versions: [asText(first)],
      deletedAt,
      deletedOver: deletedAt === null ? null : first.id,
      purgedOver: null,
    };
    return;
  }
  let head = current;
  // A save that changed nothing but its time is a version too: both computers must show the same time.
  const changed =
    record.body !== current.body ||
    ((record.mood as number | null) ?? null) !== current.mood ||
    !sameTags(tags, current.tags) ||
    record.updatedAt !== current.updatedAt;
  if (changed) {
    head = version(current.id);
    existing.versions.push(asText(head));
  }
  // A row that exists here is not erased (a restore may bring back an erased one).
  if (existing.purgedOver !== null) existing.purgedOver = null;
  if (existing.fixed.toString() !== fixedText) existing.fixed = new A.ImmutableString(fixedText);
  const deletedAt = (record.deletedAt as number | null) ?? null;
  const shownDeletedAt = existing.deletedAt !== null && existing.deletedOver === current.id ? existing.deletedAt : null;
  if (deletedAt !== shownDeletedAt || (deletedAt !== null && changed)) {
    existing.deletedAt = deletedAt;
    existing.deletedOver = deletedAt === null ? null : head.id;
  }
}
