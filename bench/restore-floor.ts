/**
 * The least any restore on this design can cost, against Hearth's export, at one size (also
 * measured by `npm run bench` at every size; see bench/backup/restore-floor.ts):
 *   node --import tsx bench/restore-floor.ts [--entries=100000] [--runs=3]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runTask } from '../src/main/core/backup/tasks';
import { openEncrypted } from '../src/main/core/db/connection';
import { restoreFloor } from './backup/restore-floor';
import { writeJournalFile } from './backup/journal-file';
import { generateJournal, PASSPHRASE } from './generate';
import { environment } from './environment';
import { median } from './stats';
import { formatMs as ms } from './report';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const ENTRIES = Number(flag('entries') ?? 100_000);
const RUNS = Number(flag('runs') ?? 3);
const WORK_FACTOR = 18;
const KEY = randomBytes(32);

const dir = mkdtempSync(join(tmpdir(), 'hearth-restore-floor-'));
try {
  console.log(`${ENTRIES} entries, ${RUNS} runs each; load ${environment().loadBefore.join(' ')}`);
  const journal = generateJournal(ENTRIES);
  const dbPath = join(dir, 'hearth.db');
  writeJournalFile(openEncrypted(dbPath, { key: KEY }), journal);
  const backup = join(dir, 'backup.age');
  const exports: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    rmSync(backup, { force: true });
    const start = performance.now();
    await runTask(
      { kind: 'export', databasePath: dbPath, key: new Uint8Array(KEY), nativeBinding: undefined, passphrase: PASSPHRASE, workFactor: WORK_FACTOR, tempPath: backup, meta: { appVersion: '0.1.0', exportedAt: new Date().toISOString() } },
      () => {},
    );
    exports.push(performance.now() - start);
  }
  const exportMs = median(exports);
  const floor = await restoreFloor(journal, statSync(backup).size, WORK_FACTOR, dir, RUNS);
  const x = (n: number) => `${(n / exportMs).toFixed(2)}× export`;
  console.log(`export (Hearth, this thread): ${ms(exportMs)}; the goal, 1.5× export: ${ms(1.5 * exportMs)}`);
  console.log(`scrypt: ${ms(floor.scryptMs)}`);
  for (const [name, b] of [['SQLCipher', floor.sqlcipher], ['plain SQLite', floor.plain]] as const) {
    console.log(`build, ${name}: inserts ${ms(b.insertsMs)}, commit ${ms(b.commitMs)}, indexes ${ms(b.indexesMs)}, full-text ${ms(b.fullTextMs)}, total ${ms(b.totalMs)}`);
  }
  console.log(`rows only (scrypt, inserts, commit; no index, no search): ${ms(floor.rowsOnlyMs)} = ${x(floor.rowsOnlyMs)}`);
  console.log(`floor, one thread: ${ms(floor.floorMs)} = ${x(floor.floorMs)}; split over two cores: ${ms(floor.floorTwoCoresMs)} = ${x(floor.floorTwoCoresMs)}`);
  console.log(`load after ${environment().loadBefore.join(' ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
