import * as A from '@automerge/automerge';
import { BASE_HEADS, emptyDoc, entryHistory, readEntry, readRecord, writeRecord, type HistoryVersion, type SyncDoc, type SyncRecord } from './doc';
import { REPLICATED, replicatedByTable, type ReplicatedTable } from './replicated';

/**
 * The keeper of the sync document: the Automerge work (loading, changing, merging, diffing,
 * saving) with no journal and no folder of its own. The app runs it in a worker thread
 * (keeper-worker.ts), so that loading a 10,000-entry document (~1.3 s) or taking a whole
 * journal into it (~3 s) never holds the main process; the engine (engine.ts) keeps every
 * read and write of the journal on its own connection, so SQLite sees one writer as before.
 *
 * A merge is two steps: `propose` works out the next document and what the journal must
 * become, and holds it; the engine writes that in one transaction, then `commit`s. When the
 * transaction did not happen, the engine `load`s the document again from the journal's own
 * copy: Automerge changes a document in place (the one before is "outdated" and cannot be
 * changed again), so there is nothing cheaper to go back to, and this is rare (someone saved
 * while a merge was being worked out). So the document never runs ahead of the journal's copy.
 */

/** A row as the journal holds it, for the document. */
export interface RowChange {
  table: string;
  key: string;
  record: SyncRecord | null;
}

export interface Proposal {
  /** Seconds, for the change's own timestamp. */
  time: number;
  /** This computer's changed rows (the outbox), taken in first as one change of its own. */
  local: RowChange[];
  /** Files from the other computers, authenticated, not yet in the journal's copy. */
  files: Uint8Array[];
  /** Joining with writing of its own: these rows are taken in after the files, as edits of what they hold. */
  merge?: RowChange[];
}

/** What the journal must now say for one row (null: no row), parents before children. */
export interface Projected extends RowChange {
  /** An entry whose current version was written while another computer wrote one too. */
  parallel: boolean;
}

export interface ProposalResult {
  /** The local change, to keep until it is in the folder (none when the rows held nothing new). */
  ownChange?: Uint8Array;
  /** The merge-on-join change, likewise. */
  merged?: Uint8Array;
  /** Rows the files (or the merge) touched, as the merged document has them. */
  touched: Projected[];
}

export type KeeperRequest =
  | { op: 'load'; chunks: Uint8Array[] }
  | { op: 'propose'; proposal: Proposal }
  | { op: 'commit' }
  | { op: 'save' }
  | { op: 'history'; uid: string }
  | { op: 'heads' };

export interface KeeperAnswers {
  load: null;
  propose: ProposalResult;
  commit: null;
  save: Uint8Array;
  history: HistoryVersion[];
  heads: string[];
}

/** The document itself, in whatever thread holds it. */
export class DocKeeper {
  private doc: A.Doc<SyncDoc>;
  private next: A.Doc<SyncDoc> | null = null;

  constructor(private readonly device: string) {
    this.doc = emptyDoc(device);
  }

  handle<R extends KeeperRequest>(request: R): KeeperAnswers[R['op']] {
    return this.answer(request) as KeeperAnswers[R['op']];
  }

  private answer(request: KeeperRequest): KeeperAnswers[KeeperRequest['op']] {
    switch (request.op) {
      case 'load': {
        let doc = emptyDoc(this.device);
        for (const chunk of request.chunks) doc = A.loadIncremental(doc, chunk);
        this.doc = doc;
        this.next = null;
        return null;
      }
      case 'propose':
        return this.propose(request.proposal);
      case 'commit':
        if (this.next) this.doc = this.next;
        this.next = null;
        return null;
      case 'save':
        return A.save(this.doc);
      case 'history':
        return entryHistory(this.doc, request.uid);
      case 'heads':
        return A.getHeads(this.doc);
    }
  }

  private withRows(doc: A.Doc<SyncDoc>, rows: RowChange[], time: number): { next: A.Doc<SyncDoc>; change?: Uint8Array } {
    if (rows.length === 0) return { next: doc };
    const before = A.getHeads(doc).join();
    const next = A.change(doc, { time }, (d) => {
      for (const { table, key, record } of rows) {
        const described = replicatedByTable.get(table);
        if (described) writeRecord(d, described, key, record, this.device);
      }
    });
    return A.getHeads(next).join() === before ? { next } : { next, change: A.getLastLocalChange(next) };
  }

  private propose({ time, local, files, merge }: Proposal): ProposalResult {
    // One proposal at a time, each committed or followed by a load (the engine's exclusive section).
    if (this.next) throw new Error('a proposal is still open');
    const own = this.withRows(this.doc, local, time);
    const before = A.getHeads(own.next);
    let next = own.next;
    for (const file of files) next = A.loadIncremental(next, file);
    const merging = merge !== undefined;
    const joined = merging ? this.withRows(next, merge, time) : { next, change: undefined };
    next = joined.next;

    const touched = new Map<string, { table: ReplicatedTable; key: string }>();
    // Nothing but the shared empty start (one comparison of heads, not a walk of the document).
    const wasEmpty = merging || before.join() === BASE_HEADS;
    if (files.length > 0 && wasEmpty) {
      // Joining: everything is new, and listing it is much cheaper than a diff of every field.
      for (const uid of Object.keys(next.entries)) touched.set(`entries\0${uid}`, { table: replicatedByTable.get('entries')!, key: uid });
      for (const table of REPLICATED) {
        if (table.table === 'entries') continue;
        for (const key of Object.keys(next.records[table.document] ?? {})) touched.set(`${table.table}\0${key}`, { table, key });
      }
    } else if (files.length > 0) {
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
    const projected = [...touched.values()]
      .sort((x, y) => order(x.table) - order(y.table))
      .map(({ table, key }) => ({
        table: table.table,
        key,
        record: readRecord(next, table, key),
        parallel: table.table === 'entries' ? (readEntry(next, key)?.editedInParallel ?? false) : false,
      }));
    this.next = next;
    return { ownChange: own.change, merged: joined.change, touched: projected };
  }
}

/** How the engine reaches the keeper: in this thread (unit tests) or in a worker (the app). */
export interface KeeperPort {
  request<R extends KeeperRequest>(request: R): Promise<KeeperAnswers[R['op']]>;
  /** Ends the keeper (the journal locked, or sync stopped): pending requests fail with KeeperClosed. */
  close(): void;
  /** False once closed, or once its thread has failed. */
  alive(): boolean;
}

/** A request that could not finish because the keeper was closed under it (a lock). */
export class KeeperClosed extends Error {
  constructor() {
    super('the sync document was closed');
    this.name = 'KeeperClosed';
  }
}

/** The keeper in the calling thread. */
export function inThreadKeeper(device: string): KeeperPort {
  let keeper: DocKeeper | null = new DocKeeper(device);
  return {
    async request(request) {
      if (!keeper) throw new KeeperClosed();
      return keeper.handle(request);
    },
    close() {
      keeper = null;
    },
    alive: () => keeper !== null,
  };
}
