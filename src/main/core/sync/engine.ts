import * as A from '@automerge/automerge';
import { createHash } from 'node:crypto';
import type { WritableDB } from '../db/connection';
import { BASE_HEADS, emptyDoc, entryHistory, readEntry, readRecord, writeRecord, type HistoryVersion, type SyncDoc, type SyncRecord } from './doc';
import { REPLICATED, replicatedByTable, type ReplicatedTable } from './replicated';
import { allKeys, isValidRecord, readRow, writeRow } from './rows';

/**
 * The folder as the engine sees it: sealed files in, authenticated bytes out. The sealing,
 * the keys and the file system are below it (./folder).
 */
export interface FolderPort {
  /** Seals and writes one payload of changes as a new file; returns the file's name. */
  write(bytes: Uint8Array): Promise<string>;
  /** Files new or changed since the last scan, opened and authenticated. */
  scan(): Promise<{
    accepted: { name: string; digest: string; bytes: Uint8Array }[];
    rejected: { name: string; reason: 'damaged' | 'other-journal' }[];
  }>;
  /** Removes a file this computer wrote (after a newer one holds all it held). */
  remove(name: string): Promise<void>;
}

export interface SyncStatus {
  enabled: boolean;
  lastSyncAt: number | null;
  /** Changes made here that are not in the folder yet. */
  pending: number;
  /** Files in the folder that failed authentication, as of the last look (never applied). */
  rejected: { damaged: number; otherJournal: number };
  /** Records that authenticated but broke the journal's own rules (never applied). */
  refused: number;
}

interface State {
  lastSyncAt: number | null;
  rejected: { damaged: number; otherJournal: number };
  refused: number;
  /** Files this computer wrote, oldest first: compaction removes them once a snapshot holds them. */
  ownFiles: string[];
  /** Joined with writing of its own, not yet merged into the shared document. */
  mergeOnJoin?: boolean;
}

const NEW_STATE: State = { lastSyncAt: null, rejected: { damaged: 0, otherJournal: 0 }, refused: 0, ownFiles: [] };
const digestOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const canonical = (record: SyncRecord | null) =>
  record === null ? 'null' : JSON.stringify(Object.keys(record).sort().map((k) => [k, record[k]]));

/** Chunks kept before they are folded into one saved document. */
const COMPACT_CHUNKS = 400;
/** Files this computer keeps in the folder before it writes one snapshot in their place. */
const COMPACT_FILES = 64;

export interface SyncEngineDeps {
  db: WritableDB;
  /** This computer's Automerge actor: 32 hex characters, fixed for the journal on this computer. */
  device: string;
  folder: FolderPort;
  now: () => number;
  /** When to fold chunks and own files into one save (tests make it small). */
  compactAt?: { chunks: number; files: number };
}

export class SyncEngine {
  private doc: A.Doc<SyncDoc>;
  private readonly db: WritableDB;
  private readonly folder: FolderPort;
  private readonly device: string;
  private readonly now: () => number;
  private readonly compactAt: { chunks: number; files: number };
  /** The last look at the folder that found nothing new: kept in memory, not written each tick. */
  private lastLook: number | null = null;

  constructor(deps: SyncEngineDeps) {
    this.compactAt = deps.compactAt ?? { chunks: COMPACT_CHUNKS, files: COMPACT_FILES };
    this.db = deps.db;
    this.folder = deps.folder;
    this.device = deps.device;
    this.now = deps.now;
    this.doc = this.loadDoc();
  }

  /** The document, as this computer's chunks build it (the journal's own copy, encrypted with it). */
  private loadDoc(): A.Doc<SyncDoc> {
    let doc = emptyDoc(this.device);
    for (const { bytes } of this.db.prepare('SELECT bytes FROM sync_chunks ORDER BY rowid').iterate() as Iterable<{ bytes: Buffer }>) {
      doc = A.loadIncremental(doc, new Uint8Array(bytes));
    }
    return doc;
  }

  private state(): State {
    const row = this.db.prepare('SELECT state FROM sync_config WHERE id = 1').get() as { state: string } | undefined;
    return row ? { ...NEW_STATE, ...(JSON.parse(row.state) as Partial<State>) } : { ...NEW_STATE };
  }

  private saveState(state: State): void {
    this.db
      .prepare(`INSERT INTO sync_config (id, enabled, state) VALUES (1, 1, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state`)
      .run(JSON.stringify(state));
  }

  /**
   * Turns sync on. `share`: this journal's rows go into the document (the first computer).
   * Otherwise this computer joins: its journal must hold nothing yet but the partners'
   * names, which the shared journal's replace.
   */
  enable(mode: 'share' | 'join'): void {
    const db = this.db;
    const has = (sql: string) => db.prepare(sql).get() !== undefined;
    const hasWriting =
      has('SELECT 1 FROM entries LIMIT 1') || has('SELECT 1 FROM check_ins LIMIT 1') || has('SELECT 1 FROM sessions LIMIT 1') || has('SELECT 1 FROM deck_marks LIMIT 1');
    db.transaction(() => {
      db.prepare(`INSERT INTO sync_config (id, enabled, state) VALUES (1, 1, ?) ON CONFLICT (id) DO UPDATE SET enabled = 1`).run(
        JSON.stringify(NEW_STATE),
      );
      // This computer's own writing joins the shared journal once that has arrived (pull).
      if (mode === 'join' && hasWriting) this.saveState({ ...this.state(), mergeOnJoin: true });
      if (mode === 'share') {
        const add = db.prepare('INSERT OR IGNORE INTO sync_outbox (tbl, key) VALUES (?, ?)');
        for (const table of REPLICATED) for (const key of allKeys(db, table)) add.run(table.table, key);
      }
    }).immediate();
    this.capture();
  }

  disable(): void {
    this.db.prepare('UPDATE sync_config SET enabled = 0 WHERE id = 1').run();
  }

  isEnabled(): boolean {
    return (this.db.prepare('SELECT enabled FROM sync_config WHERE id = 1').get() as { enabled: number } | undefined)?.enabled === 1;
  }

  /**
   * Takes what changed in this computer's journal (the outbox the triggers fill) into the
   * document as one change, kept in the journal until it is in the folder. Synchronous: no
   * write can slip in between reading the outbox and emptying it.
   */
  capture(): number {
    // Joining with writing of its own: nothing is taken in until the shared document is here,
    // or a row both journals hold would be made twice and one of the two lost (see pull).
    if (this.state().mergeOnJoin) return 0;
    const { next, change, count } = this.captureInto(this.doc);
    this.db.transaction(() => {
      if (change) this.keepOwnChange(change);
      this.db.prepare('DELETE FROM sync_outbox').run();
    }).immediate();
    this.doc = next;
    return count;
  }

  /** The outbox's rows written into `doc` as one change (pure: the caller stores it). */
  private captureInto(doc: A.Doc<SyncDoc>): { next: A.Doc<SyncDoc>; change: Uint8Array | undefined; count: number } {
    const db = this.db;
    const dirty = db.prepare('SELECT tbl, key FROM sync_outbox').all() as { tbl: string; key: string }[];
    if (dirty.length === 0) return { next: doc, change: undefined, count: 0 };
    const rows = dirty.flatMap(({ tbl, key }) => {
      const table = replicatedByTable.get(tbl);
      return table ? [{ table, key, record: readRow(db, table, key) }] : [];
    });
    const before = A.getHeads(doc);
    const next = A.change(doc, { time: Math.floor(this.now() / 1000) }, (d) => {
      for (const { table, key, record } of rows) writeRecord(d, table, key, record, this.device);
    });
    const changed = A.getHeads(next).join() !== before.join();
    return { next, change: changed ? A.getLastLocalChange(next) : undefined, count: rows.length };
  }

  private keepOwnChange(change: Uint8Array): void {
    this.db.prepare('INSERT OR IGNORE INTO sync_chunks (digest, bytes, pending) VALUES (?, ?, 1)').run(digestOf(change), Buffer.from(change));
  }

  /** Writes this computer's changes that are not in the folder yet, as one sealed file. */
  async push(): Promise<number> {
    this.capture();
    const pending = this.db.prepare('SELECT digest, bytes FROM sync_chunks WHERE pending = 1 ORDER BY rowid').all() as {
      digest: string;
      bytes: Buffer;
    }[];
    if (pending.length === 0) return 0;
    const name = await this.folder.write(Buffer.concat(pending.map((p) => p.bytes)));
    const db = this.db;
    db.transaction(() => {
      const done = db.prepare('UPDATE sync_chunks SET pending = 0 WHERE digest = ?');
      for (const p of pending) done.run(p.digest);
      const state = this.state();
      state.ownFiles.push(name);
      this.saveState(state);
    }).immediate();
    await this.compactFolder();
    return pending.length;
  }

  /**
   * Reads what the other computers wrote, merges it, and brings this computer's journal to
   * what the merged document says, in one transaction: a crash leaves it either before or
   * after, and a file not yet applied is read again next time.
   */
  async pull(): Promise<{ applied: number; changedRows: number }> {
    const { accepted, rejected } = await this.folder.scan();
    // From here to the end, synchronous: the journal cannot change under the merge.
    this.capture();
    const db = this.db;
    const known = db.prepare('SELECT 1 FROM sync_chunks WHERE digest = ?');
    const fresh = accepted.filter((f, i) => !known.get(f.digest) && accepted.findIndex((g) => g.digest === f.digest) === i);
    const before = A.getHeads(this.doc);
    let next = this.doc;
    for (const file of fresh) next = A.loadIncremental(next, file.bytes);
    // Joining with writing of its own: now that the shared document is here, this journal's
    // rows are taken into it as edits of what it holds (a row both have gets a new version
    // where they differ; one only here is added). The shared journal's names stay.
    let merged: Uint8Array | undefined;
    const merging = this.state().mergeOnJoin === true && fresh.length > 0;
    if (merging) {
      const mark = db.prepare('INSERT INTO sync_outbox (tbl, key) SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = ? AND key = ?)');
      for (const table of REPLICATED) {
        if (table.table === 'partners') continue;
        for (const key of allKeys(db, table)) mark.run(table.table, key, table.table, key);
      }
      const captured = this.captureInto(next);
      next = captured.next;
      merged = captured.change;
    }
    const touched = new Map<string, { table: ReplicatedTable; key: string }>();
    // Nothing but the shared empty start (one comparison of heads, not a walk of the document).
    const wasEmpty = merging || before.join() === BASE_HEADS;
    if (fresh.length > 0 && wasEmpty) {
      // Joining: everything is new, and listing it is much cheaper than a diff of every field.
      for (const uid of Object.keys(next.entries)) touched.set(`entries\0${uid}`, { table: replicatedByTable.get('entries')!, key: uid });
      for (const table of REPLICATED) {
        if (table.table === 'entries') continue;
        for (const key of Object.keys(next.records[table.document] ?? {})) touched.set(`${table.table}\0${key}`, { table, key });
      }
    } else if (fresh.length > 0) {
      for (const patch of A.diff(next, before, A.getHeads(next))) {
        const [root, a, b] = patch.path;
        if (root === 'entries' && typeof a === 'string') touched.set(`entries\0${a}`, { table: replicatedByTable.get('entries')!, key: a });
        if (root === 'records' && typeof a === 'string' && typeof b === 'string') {
          const table = REPLICATED.find((t) => t.document === a);
          if (table) touched.set(`${table.table}\0${b}`, { table, key: b });
        }
      }
    }
    // Parents first (a reflection's session before the reflection).
    const order = (t: ReplicatedTable) => REPLICATED.indexOf(t);
    const work = [...touched.values()].sort((x, y) => order(x.table) - order(y.table));
    let changedRows = 0;
    let refused = 0;
    const counts = {
      damaged: rejected.filter((r) => r.reason === 'damaged').length,
      otherJournal: rejected.filter((r) => r.reason === 'other-journal').length,
    };
    if (fresh.length === 0 && !merging) {
      // Nothing new (the usual tick): no write to the journal unless the counts moved.
      this.lastLook = this.now();
      const state = this.state();
      if (state.rejected.damaged !== counts.damaged || state.rejected.otherJournal !== counts.otherJournal) {
        this.saveState({ ...state, rejected: counts });
      }
      return { applied: 0, changedRows: 0 };
    }
    db.transaction(() => {
      const keep = db.prepare('INSERT OR IGNORE INTO sync_chunks (digest, bytes, pending) VALUES (?, ?, 0)');
      for (const file of fresh) keep.run(file.digest, Buffer.from(file.bytes));
      if (merged) this.keepOwnChange(merged);
      for (const { table, key } of work) {
        const parallel = table.table === 'entries' ? (readEntry(next, key)?.editedInParallel ?? false) : false;
        const record = readRecord(next, table, key);
        if (record !== null && !isValidRecord(table, record)) {
          refused += 1;
          continue;
        }
        const current = readRow(db, table, key);
        const flag = table.table === 'entries' && current !== null ? this.parallelFlag(key) : parallel;
        if (canonical(current) === canonical(record) && flag === parallel) continue;
        writeRow(db, table, key, record, parallel);
        changedRows += 1;
      }
      // What the merge wrote is the document's already: not a change of this computer's.
      db.prepare('DELETE FROM sync_outbox').run();
      const state = this.state();
      state.lastSyncAt = this.now();
      state.rejected = counts;
      state.refused += refused;
      if (merging) delete state.mergeOnJoin;
      this.saveState(state);
    }).immediate();
    this.doc = next;
    this.compactChunks();
    return { applied: fresh.length, changedRows };
  }

  private parallelFlag(uid: string): boolean {
    const row = this.db.prepare('SELECT edited_in_parallel AS p FROM entries WHERE uid = ?').get(uid) as { p: number } | undefined;
    return row?.p === 1;
  }

  /** Both directions, as the app does every few seconds and on every change. */
  async syncNow(): Promise<void> {
    await this.push();
    await this.pull();
    // A merge on joining made a change of this computer's: it goes out now, not next time.
    const { n } = this.db.prepare('SELECT count(*) AS n FROM sync_chunks WHERE pending = 1').get() as { n: number };
    if (n > 0) await this.push();
  }

  /** Folds the journal's copy of the document into one chunk when it has grown many. */
  private compactChunks(): void {
    const { n } = this.db.prepare('SELECT count(*) AS n FROM sync_chunks WHERE pending = 0').get() as { n: number };
    if (n < this.compactAt.chunks) return;
    // A.save keeps changes still waiting for one they depend on (delivered out of order), so
    // folding loses none of them (engine.test.ts restarts between out-of-order deliveries).
    const saved = A.save(this.doc);
    const db = this.db;
    db.transaction(() => {
      db.prepare('DELETE FROM sync_chunks WHERE pending = 0').run();
      db.prepare('INSERT OR IGNORE INTO sync_chunks (digest, bytes, pending) VALUES (?, ?, 0)').run(digestOf(saved), Buffer.from(saved));
    }).immediate();
  }

  /**
   * When this computer has many files in the folder, one snapshot of the whole document takes
   * their place. Only this computer's own files are removed; the other's stay theirs.
   */
  private async compactFolder(): Promise<void> {
    const state = this.state();
    if (state.ownFiles.length < this.compactAt.files) return;
    const name = await this.folder.write(A.save(this.doc));
    const old = state.ownFiles;
    const fresh = this.state();
    fresh.ownFiles = [...fresh.ownFiles.filter((f) => !old.includes(f)), name];
    this.saveState(fresh);
    for (const file of old) await this.folder.remove(file).catch(() => undefined);
  }

  status(): SyncStatus {
    const state = this.state();
    const { n } = this.db.prepare('SELECT count(*) AS n FROM sync_chunks WHERE pending = 1').get() as { n: number };
    const { o } = this.db.prepare('SELECT count(*) AS o FROM sync_outbox').get() as { o: number };
    return {
      enabled: this.isEnabled(),
      lastSyncAt: Math.max(state.lastSyncAt ?? 0, this.lastLook ?? 0) || null,
      pending: n + o,
      rejected: state.rejected,
      refused: state.refused,
    };
  }

  history(uid: string): HistoryVersion[] {
    this.capture();
    return entryHistory(this.doc, uid);
  }

  /** The document's heads, for tests and the bench: equal heads mean equal journals. */
  heads(): string[] {
    return A.getHeads(this.doc);
  }
}
