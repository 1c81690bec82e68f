/**
 * The least any restore on this design can cost (issue 14's "restore ≤ 1.5× export"): one
 * scrypt, then the new journal built from records already decrypted, parsed and validated
 * (held in memory, so none of that work is counted), with restore's own bulk-load settings
 * (`beginBulkLoad`): the inserts, then the commit, the indexes and the full-text index, each
 * timed. No check of any kind. Once as Hearth's SQLCipher file and once as plain SQLite, to
 * show what the page cipher adds.
 *
 * scrypt comes first because it must: the file key is wrapped under it, so not a byte of the
 * file can be read before it ends. What follows could at best be split over the machine's
 * two cores, so the floor is reported both ways: one thread, and perfectly halved.
 */
import { rmSync } from 'node:fs';
import { randomBytes, scrypt } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { beginBulkLoad, databaseFiles } from '../../src/main/core/backup/tasks';
import { JournalLoader } from '../../src/main/core/backup/journal-io';
import { TABLES, type AnyTable } from '../../src/main/core/schema';
import { openEncrypted, type WritableDB } from '../../src/main/core/db/connection';
import { migrate } from '../../src/main/core/db/migrate';
import { openPlain } from '../engines/plain-connection';
import type { Journal } from '../generate';
import { median, round } from '../stats';

export interface BuildSteps {
  /** Every record inserted, with the indexes and the full-text triggers set aside. */
  insertsMs: number;
  /** The commit: every page written, and for SQLCipher encrypted. */
  commitMs: number;
  /** The secondary indexes (the timeline's, the trash's, the tags', the check-ins'), made in memory. */
  indexesMs: number;
  /** The full-text index, rebuilt from every entry's text, and the commit of it and the indexes. */
  fullTextMs: number;
  totalMs: number;
}

export interface RestoreFloor {
  runs: number;
  scryptMs: number;
  sqlcipher: BuildSteps;
  plain: BuildSteps;
  /** scrypt + the SQLCipher build in one thread. */
  floorMs: number;
  /** scrypt + the SQLCipher build split perfectly over two cores. */
  floorTwoCoresMs: number;
  /**
   * scrypt + the SQLCipher inserts and their commit only: a journal with its rows and nothing
   * else (no index for the timeline, no full-text index for search): less than any restore
   * could hand back, so none can take less time.
   */
  rowsOnlyMs: number;
}

function scryptOnce(workFactor: number): Promise<unknown> {
  return new Promise((resolve, reject) =>
    scrypt('a passphrase', randomBytes(16), 32, { N: 2 ** workFactor, r: 8, p: 1, maxmem: 512 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export function build(open: (path: string) => WritableDB, path: string, rows: readonly [AnyTable, Record<string, unknown>][], backupBytes: number): BuildSteps {
  for (const file of databaseFiles(path)) rmSync(file, { force: true });
  const db = open(path);
  try {
    migrate(db);
    const endBulkLoad = beginBulkLoad(db, backupBytes);
    const loader = new JournalLoader(db);
    const start = performance.now();
    for (const [table, row] of rows) loader.insert(table, row);
    const inserted = performance.now();
    let committed = inserted;
    let indexed = inserted;
    endBulkLoad((step) => {
      if (step === 'committed') committed = performance.now();
      else indexed = performance.now();
    });
    const end = performance.now();
    // Not timed: the build must have made the whole journal, or its time would mean nothing.
    const count = (sql: string) => (db.prepare(sql).pluck().get() as number);
    const expected = rows.filter(([table]) => table.table === 'entries').length;
    if (count('SELECT count(*) FROM entries') !== expected || count("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'a* OR e* OR i* OR o* OR u*'") === 0) {
      throw new Error('the floor build did not make the whole journal');
    }
    return {
      insertsMs: inserted - start,
      commitMs: committed - inserted,
      indexesMs: indexed - committed,
      fullTextMs: end - indexed,
      totalMs: end - start,
    };
  } finally {
    db.close();
    for (const file of databaseFiles(path)) rmSync(file, { force: true });
  }
}

const STEPS = ['insertsMs', 'commitMs', 'indexesMs', 'fullTextMs', 'totalMs'] as const;
const medianSteps = (runs: BuildSteps[]): BuildSteps =>
  Object.fromEntries(STEPS.map((step) => [step, round(median(runs.map((r) => r[step])))])) as unknown as BuildSteps;

/** The floor's parts, each the median of `runs` runs, in `dir` (files removed after). */
export async function restoreFloor(journal: Journal, backupBytes: number, workFactor: number, dir: string, runs: number): Promise<RestoreFloor> {
  const rows: [AnyTable, Record<string, unknown>][] = [];
  for (const table of TABLES) {
    for (const row of (journal as unknown as Record<string, Record<string, unknown>[] | undefined>)[table.document] ?? []) rows.push([table, row]);
  }
  const key = randomBytes(32);
  const scrypts: number[] = [];
  const sqlcipher: BuildSteps[] = [];
  const plain: BuildSteps[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await scryptOnce(workFactor);
    scrypts.push(performance.now() - start);
    sqlcipher.push(build((path) => openEncrypted(path, { key }), join(dir, 'floor-sqlcipher.db'), rows, backupBytes));
    plain.push(build((path) => openPlain(path, { cacheKiB: 16 * 1024 }), join(dir, 'floor-plain.db'), rows, backupBytes));
  }
  const scryptMs = round(median(scrypts));
  const encrypted = medianSteps(sqlcipher);
  return {
    runs,
    scryptMs,
    sqlcipher: encrypted,
    plain: medianSteps(plain),
    floorMs: round(scryptMs + encrypted.totalMs),
    floorTwoCoresMs: round(scryptMs + encrypted.totalMs / 2),
    rowsOnlyMs: round(scryptMs + median(sqlcipher.map((r) => r.insertsMs + r.commitMs))),
  };
}
