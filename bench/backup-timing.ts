/**
 * Times Hearth's own export and restore tasks in this thread, stage by stage, at one size
 * (issue 14's iteration aid; not part of `npm run bench`):
 *   node --import tsx bench/backup-timing.ts [--entries=100000] [--runs=2] [--only=export|restore]
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runTask, type BackupPhase, type BackupTask, type OnProgress } from '../src/main/core/backup/tasks';
import { workerRunner } from '../src/main/core/backup/run-task';
import { prepareWorkers } from './backup/workers';
import { openEncrypted } from '../src/main/core/db/connection';
import { writeJournalFile } from './backup/journal-file';
import { generateJournal, PASSPHRASE } from './generate';
import { environment } from './environment';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const ENTRIES = Number(flag('entries') ?? 100_000);
const RUNS = Number(flag('runs') ?? 2);
const ONLY = flag('only');
/** --worker: each task in a fresh worker thread from the bench's bundled worker, as the app runs it. */
const WORKER = args.includes('--worker');
const KEY = randomBytes(32);

const dir = mkdtempSync(join(tmpdir(), 'hearth-backup-timing-'));
try {
  console.log(`${ENTRIES} entries; load ${environment().loadBefore.join(' ')}`);
  const journal = generateJournal(ENTRIES);
  const dbPath = join(dir, 'hearth.db');
  writeJournalFile(openEncrypted(dbPath, { key: KEY }), journal);
  const backup = join(dir, 'backup.age');
  const execute: (task: BackupTask, progress: OnProgress) => Promise<unknown> = WORKER ? workerRunner((await prepareWorkers()).startCore) : (task, progress) => runTask(task, progress);
  /** This thread's own CPU time (scrypt runs on libuv's pool, so it is not in it). */
  const cpu = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  const stages = () => {
    const start = performance.now();
    const cpuStart = cpu();
    const processStart = process.cpuUsage();
    let last = start;
    let lastCpu = cpuStart;
    let phase = '';
    const seen: string[] = [];
    return {
      progress: (p: BackupPhase) => {
        if (p === phase) return;
        const now = performance.now();
        const c = cpu();
        if (phase) seen.push(`${phase} ${Math.round(now - last)}/${Math.round(c - lastCpu)}`);
        phase = p;
        last = now;
        lastCpu = c;
      },
      end: () => {
        const now = performance.now();
        const c = cpu();
        seen.push(`${phase} ${Math.round(now - last)}/${Math.round(c - lastCpu)}`);
        const used = process.cpuUsage(processStart);
        return `${Math.round(now - start)} ms wall, ${Math.round(c - cpuStart)} ms this thread's CPU, ${Math.round((used.user + used.system) / 1000)} ms process CPU (wall/thread CPU: ${seen.join(', ')})`;
      },
    };
  };
  for (let run = 0; run < RUNS; run++) {
    if (ONLY !== 'restore' || run === 0) {
      rmSync(backup, { force: true });
      const s = stages();
      await execute(
        {
          kind: 'export',
          databasePath: dbPath,
          key: new Uint8Array(KEY),
          nativeBinding: undefined,
          passphrase: PASSPHRASE,
          workFactor: 18,
          tempPath: backup,
          meta: { appVersion: '0.1.0', exportedAt: new Date().toISOString() },
        },
        s.progress,
      );
      if (ONLY !== 'restore') console.log(`export  ${s.end()}  ${(statSync(backup).size / 1e6).toFixed(1)} MB`);
    }
    if (ONLY !== 'export') {
      const staging = join(dir, 'staging.db');
      const s = stages();
      await execute(
        { kind: 'build', file: backup, passphrase: PASSPHRASE, stagingPath: staging, databasePath: dbPath, key: new Uint8Array(KEY), nativeBinding: undefined },
        s.progress,
      );
      console.log(`restore ${s.end()}`);
      for (const suffix of ['', '-wal', '-shm']) if (existsSync(staging + suffix)) rmSync(staging + suffix);
    }
  }
  console.log(`load after ${environment().loadBefore.join(' ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
