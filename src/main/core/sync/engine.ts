import { createHash } from 'node:crypto';
import type { WritableDB } from '../db/connection';
import type { HistoryVersion, SyncRecord } from './doc';
import { inThreadKeeper, type KeeperPort, type Proposal, type ProposalResult, type RowChange } from './keeper';
import { REPLICATED, replicatedByTable } from './replicated';
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
/**
 * Times a merge is worked out again when the journal changed while the document was being
 * merged (someone saved meanwhile); after that the outbox waits for the next sync.
 */
const TRIES = 3;

/** What the outbox held, and the rows it named, when a merge was started. */
interface OutboxSnapshot {
  /** The outbox's own rows, as one comparable text. */
  names: string;
  rows: RowChange[];
  /** The connection's write count then: unchanged means nothing was written since. */
  writes: number;
}

export interface SyncEngineDeps {
  db: WritableDB;
  /** This computer's Automerge actor: 32 hex characters, fixed for the journal on this computer. */
  device: string;
  folder: FolderPort;
  now: () => number;
  /** When to fold chunks and own files into one save (tests make it small). */
  compactAt?: { chunks: number; files: number };
  /** Where the document is kept: a worker thread in the app (keeper-thread.ts); this thread unless told. */
  keeper?: KeeperPort;
}

export class SyncEngine {
  private readonly db: WritableDB;
  private readonly folder: FolderPort;
  private readonly now: () => number;
  private readonly compactAt: { chunks: number; files: number };
  private readonly keeper: KeeperPort;
  /** The document loaded from the journal's copy of it: every operation waits for it. */
  private readonly loaded: Promise<unknown>;
  /** One operation on the document at a time (the app's IPC can ask while a sync runs). */
  private queue: Promise<unknown> = Promise.resolve();
  /** The last look at the folder that found nothing new: kept in memory, not written each tick. */
  private lastLook: number | null = null;

  constructor(deps: SyncEngineDeps) {
    this.compactAt = deps.compactAt ?? { chunks: COMPACT_CHUNKS, files: COMPACT_FILES };
    this.db = deps.db;
    this.folder = deps.folder;
    this.now = deps.now;
    this.keeper = deps.keeper ?? inThreadKeeper(deps.device);
    this.loaded = this.reload();
    // A failed load is reported by the first operation that waits for it.
    this.loaded.catch(() => undefined);
  }

  /** The document, built again in the keeper from the journal's own copy of it (encrypted with the journal). */
  private reload(): Promise<null> {
    const chunks = (this.db.prepare('SELECT bytes FROM sync_chunks ORDER BY rowid').all() as { bytes: Buffer }[]).map(
      ({ bytes }) => new Uint8Array(bytes),
    );
    return this.keeper.request({ op: 'load', chunks });
  }

  /** Ends the document's thread (the journal locked, or sync stopped). */
  close(): void {
    this.keeper.close();
  }

  /** False once the document's thread has ended or failed: the service then starts again. */
  usable(): boolean {
    return this.keeper.alive();
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => this.loaded).then(work);
    this.queue = run.catch(() => undefined);
    return run;
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

  private seconds(): number {
    return Math.floor(this.now() / 1000);
  }

  /**
   * Turns sync on. `share`: this journal's rows go into the document (the first computer).
   * Otherwise this computer joins: its journal must hold nothing yet but the partners'
   * names, which the shared journal's replace.
   */
  enable(mode: 'share' | 'join'): Promise<number> {
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
    return this.capture();
  }

  disable(): void {
    this.db.prepare('UPDATE sync_config SET enabled = 0 WHERE id = 1').run();
  }

  isEnabled(): boolean {
    return (this.db.prepare('SELECT enabled FROM sync_config WHERE id = 1').get() as { enabled: number } | undefined)?.enabled === 1;
  }

  /**
   * Takes what changed in this computer's journal (the outbox the triggers fill) into the
   * document as one change, kept in the journal until it is in the folder.
   */
  capture(): Promise<number> {
    return this.exclusive(() => this.captureNow());
  }

  /** The outbox and the rows it names, read in one synchronous step (nothing can write between). */
  private readOutbox(): OutboxSnapshot {
    const db = this.db;
    const dirty = db.prepare('SELECT tbl, key FROM sync_outbox ORDER BY tbl, key').all() as { tbl: string; key: string }[];
    const rows = dirty.flatMap(({ tbl, key }) => {
      const table = replicatedByTable.get(tbl);
      return table ? [{ table: tbl, key, record: readRow(db, table, key) }] : [];
    });
    return { names: dirty.map((d) => `${d.tbl} ${d.key}`).join('\n'), rows, writes: this.writes() };
  }

  private writes(): number {
    return (this.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  }

  /** The outbox still as `snapshot` found it, and every row it named unchanged. */
  private unchanged(snapshot: OutboxSnapshot): boolean {
    if (this.writes() === snapshot.writes) return true;
    const now = this.readOutbox();
    if (now.names !== snapshot.names) return false;
    return now.rows.every((row, i) => canonical(row.record) === canonical(snapshot.rows[i]!.record));
  }

  /**
   * Writes what a proposal says, in one transaction, if the journal did not change while the
   * keeper worked it out; then the keeper takes the proposal as its document. Otherwise the
   * keeper builds its document again from what the journal holds. Says whether it was written.
   */
  private async settle(snapshot: OutboxSnapshot, write: () => void): Promise<boolean> {
    let written: boolean;
    try {
      written = this.db.transaction(() => {
        if (!this.unchanged(snapshot)) return false;
        write();
        return true;
      }).immediate();
    } catch (error) {
      await this.reload().catch(() => undefined);
      throw error;
    }
    if (written) await this.keeper.request({ op: 'commit' });
    else await this.reload();
    return written;
  }

  /**
   * Has the keeper work out a merge. If that fails half-way (Automerge may already have changed
   * the document in place), the keeper builds its document again from the journal's copy, so
   * the next sync starts from what the journal holds.
   */
  private async propose(proposal: Proposal): Promise<ProposalResult> {
    try {
      return await this.keeper.request({ op: 'propose', proposal });
    } catch (error) {
      await this.reload().catch(() => undefined);
      throw error;
    }
  }

  private async captureNow(): Promise<number> {
    // Joining with writing of its own: nothing is taken in until the shared document is here,
    // or a row both journals hold would be made twice and one of the two lost (see pull).
    if (this.state().mergeOnJoin) return 0;
    for (let attempt = 0; attempt < TRIES; attempt++) {
      const snapshot = this.readOutbox();
      if (snapshot.names === '') return 0;
      const { ownChange } = await this.propose({ time: this.seconds(), local: snapshot.rows, files: [] });
      const written = await this.settle(snapshot, () => {
        if (ownChange) this.keepOwnChange(ownChange);
        this.db.prepare('DELETE FROM sync_outbox').run();
      });
      if (written) return snapshot.rows.length;
    }
    // Someone kept writing: the outbox stays as it is, and the next sync takes it in.
    return 0;
  }

  private keepOwnChange(change: Uint8Array): void {
    this.db.prepare('INSERT OR IGNORE INTO sync_chunks (digest, bytes, pending) VALUES (?, ?, 1)').run(digestOf(change), Buffer.from(change));
  }

  /** Writes this computer's changes that are not in the folder yet, as one sealed file. */
  push(): Promise<number> {
    return this.exclusive(() => this.pushNow());
  }

  private async pushNow(): Promise<number> {
    await this.captureNow();
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
   * after, and a file not yet applied is read again next time. The merge itself is worked
   * out in the keeper's thread; if the journal changed meanwhile, it is worked out again.
   */
  pull(): Promise<{ applied: number; changedRows: number }> {
    return this.exclusive(() => this.pullNow());
  }

  private async pullNow(): Promise<{ applied: number; changedRows: number }> {
    const { accepted, rejected } = await this.folder.scan();
    const db = this.db;
    const counts = {
      damaged: rejected.filter((r) => r.reason === 'damaged').length,
      otherJournal: rejected.filter((r) => r.reason === 'other-journal').length,
    };
    for (let attempt = 0; attempt < TRIES; attempt++) {
      const known = db.prepare('SELECT 1 FROM sync_chunks WHERE digest = ?');
      const fresh = accepted.filter((f, i) => !known.get(f.digest) && accepted.findIndex((g) => g.digest === f.digest) === i);
      const merging = this.state().mergeOnJoin === true && fresh.length > 0;
      if (fresh.length === 0 && !merging) {
        // Nothing new (the usual tick): no write to the journal unless the outbox or the counts moved.
        await this.captureNow();
        this.lastLook = this.now();
        const state = this.state();
        if (state.rejected.damaged !== counts.damaged || state.rejected.otherJournal !== counts.otherJournal) {
          this.saveState({ ...state, rejected: counts });
        }
        return { applied: 0, changedRows: 0 };
      }
      const snapshot = this.readOutbox();
      // Joining with writing of its own: now that the shared document is here, this journal's
      // rows are taken into it as edits of what it holds (a row both have gets a new version
      // where they differ; one only here is added). The shared journal's names stay.
      let merge: RowChange[] | undefined;
      if (merging) {
        const seen = new Set(snapshot.rows.map((r) => `${r.table}\0${r.key}`));
        merge = [...snapshot.rows];
        for (const table of REPLICATED) {
          if (table.table === 'partners') continue;
          for (const key of allKeys(db, table)) {
            if (!seen.has(`${table.table}\0${key}`)) merge.push({ table: table.table, key, record: readRow(db, table, key) });
          }
        }
      }
      const result = await this.propose({ time: this.seconds(), local: merging ? [] : snapshot.rows, files: fresh.map((f) => f.bytes), merge });
      let changedRows = 0;
      const written = await this.settle(snapshot, () => {
        changedRows = this.project(fresh, result, counts, merging);
      });
      if (!written) continue;
      await this.compactChunks();
      return { applied: fresh.length, changedRows };
    }
    return { applied: 0, changedRows: 0 };
  }

  /** Inside the merge's transaction: keeps the files and changes, and makes the rows say what the document says. */
  private project(
    fresh: { digest: string; bytes: Uint8Array }[],
    { ownChange, merged, touched }: ProposalResult,
    counts: State['rejected'],
    merging: boolean,
  ): number {
    const db = this.db;
    if (ownChange) this.keepOwnChange(ownChange);
    const keep = db.prepare('INSERT OR IGNORE INTO sync_chunks (digest, bytes, pending) VALUES (?, ?, 0)');
    for (const file of fresh) keep.run(file.digest, Buffer.from(file.bytes));
    if (merged) this.keepOwnChange(merged);
    let changedRows = 0;
    let refused = 0;
    for (const { table: name, key, record, parallel } of touched) {
      const table = replicatedByTable.get(name);
      if (!table) continue;
      if (record !== null && !isValidRecord(table, record)) {
        refused += 1;
        continue;
      }
      const current = readRow(db, table, key);
      const flag = name === 'entries' && current !== null ? this.parallelFlag(key) : parallel;
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
    return changedRows;
  }

  private parallelFlag(uid: string): boolean {
    const row = this.db.prepare('SELECT edited_in_parallel AS p FROM entries WHERE uid = ?').get(uid) as { p: number } | undefined;
    return row?.p === 1;
  }

  /** Both directions, as the app does every few seconds and on every change. */
  syncNow(): Promise<void> {
    return this.exclusive(async () => {
      await this.pushNow();
      await this.pullNow();
      // A merge on joining made a change of this computer's: it goes out now, not next time.
      const { n } = this.db.prepare('SELECT count(*) AS n FROM sync_chunks WHERE pending = 1').get() as { n: number };
      if (n > 0) await this.pushNow();
    });
  }

  /** Folds the journal's copy of the document into one chunk when it has grown many. */
  private async compactChunks(): Promise<void> {
    const { n } = this.db.prepare('SELECT count(*) AS n FROM sync_chunks WHERE pending = 0').get() as { n: number };
    if (n < this.compactAt.chunks) return;
    // A.save keeps changes still waiting for one they depend on (delivered out of order), so
    // folding loses none of them (engine.test.ts restarts between out-of-order deliveries).
    // Every chunk is in the keeper's document: each was written in the transaction before its commit.
    const saved = await this.keeper.request({ op: 'save' });
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
    const name = await this.folder.write(await this.keeper.request({ op: 'save' }));
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

  history(uid: string): Promise<HistoryVersion[]> {
    return this.exclusive(async () => {
      await this.captureNow();
      return this.keeper.request({ op: 'history', uid });
    });
  }

  /** The document's heads, for tests and the bench: equal heads mean equal journals. */
  heads(): Promise<string[]> {
    return this.exclusive(() => this.keeper.request({ op: 'heads' }));
  }
}
