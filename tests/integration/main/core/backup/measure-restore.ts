/**
 * Restore's time and peak memory, against export's, as the review measured them. A
 * measurement, not a test: `npx tsx tests/integration/main/core/backup/measure-restore.ts`.
 *
 * Each step runs in a fresh process, so its peak resident memory (getrusage maxRSS) is its
 * own: a 100,000-entry journal (bench/generate.ts) exported, then restored; then files
 * holding one huge entry (the review's 450 MB case, and one just under the size bound),
 * which must be refused with memory within 2 × the file's size + 200 MB.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJournal } from '../../../../../bench/generate';
import { exportBackup, inlineRunner, restoreBackup, type BackupOptions } from '../../../../../src/main/core/backup';
import { createPassphraseWriter } from '../../../../../src/main/core/backup/age-file';
import { writeJournal } from '../../../../../src/main/core/backup/journal-io';
import { createHearth } from '../../../../../src/main/core/hearth';
import { FAST_KDF } from '../../../../support/fast-kdf';
import { createMemoryKeychain } from '../../../../support/memory-keychain';

const PASSPHRASE = 'measure the restore';
const MiB = 1024 * 1024;
const [mode, dir = '', arg = ''] = process.argv.slice(2);
const runner = (): BackupOptions => (process.env.HEARTH_MEASURE_WORKER ? {} : { runner: inlineRunner });

async function journal(path: string) {
  const hearth = createHearth({ dataDir: path, keychain: createMemoryKeychain(), kdf: FAST_KDF });
  await hearth.setup(['Ada', 'Bo']);
  return hearth;
}

const report = (fields: Record<string, unknown>) =>
  console.log(JSON.stringify({ ...fields, peakRssMiB: Math.round((process.resourceUsage().maxRSS * 1024) / MiB) }));

/** A backup of one entry whose body is `bytes` long, written in pieces (never held whole here). */
async function hugeEntryBackup(file: string, bytes: number) {
  const fd = openSync(file, 'w');
  const writer = await createPassphraseWriter(PASSPHRASE, 18, (piece) => writeSync(fd, piece));
  const text = (s: string) => writer.push(Buffer.from(s, 'utf8'));
  text(
    '{"format":"hearth-backup","version":1,"appVersion":"0.1.0","schemaVersion":20,"exportedAt":"2026-01-01T00:00:00.000Z",' +
      '"partners":[{"slot":"a","name":"Ada","createdAt":1},{"slot":"b","name":"Bo","createdAt":1}],"settings":[],"sessions":[],' +
      '"entries":[{"uid":"huge","author":"a","kind":"free","body":"',
  );
  const piece = Buffer.alloc(MiB, 'a');
  for (let done = 0; done < bytes; done += piece.length) writer.push(piece);
  text('","mood":null,"tags":[],"sessionId":null,"createdAt":1,"updatedAt":1,"day":"2026-01-01","deletedAt":null}],"checkIns":[]}');
  writer.end();
  writer.seal.wipe();
  closeSync(fd);
}

async function child() {
  switch (mode) {
    case 'export': {
      const source = await journal(join(dir, `source-${Date.now()}`));
      source.db().exec('DELETE FROM partners; DELETE FROM settings');
      writeJournal(source.db(), generateJournal(100_000), () => {});
      const began = performance.now();
      await exportBackup(source, join(dir, 'backup.age'), PASSPHRASE, runner());
      report({ step: 'export 100k', ms: Math.round(performance.now() - began), fileMiB: +(statSync(join(dir, 'backup.age')).size / MiB).toFixed(1) });
      return;
    }
    case 'restore': {
      const target = await journal(join(dir, `target-${Date.now()}`));
      const began = performance.now();
      const outcome = await restoreBackup(target, arg, PASSPHRASE, { mode: 'replace' }, runner()).then(
        () => 'restored',
        (e: { code?: string }) => `refused: ${e.code}`,
      );
      report({ step: `restore ${arg.split('/').pop()}`, outcome, ms: Math.round(performance.now() - began), fileMiB: +(statSync(arg).size / MiB).toFixed(1) });
      return;
    }
    case 'huge':
      await hugeEntryBackup(join(dir, `huge-${arg}.age`), Number(arg) * MiB);
      return;
  }
}

function run(...args: string[]) {
  const done = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args], { encoding: 'utf8', env: process.env });
  if (done.status !== 0) throw new Error(done.stderr);
  const line = done.stdout.trim().split('\n').at(-1) ?? '';
  // The bound is restore's (finding 5); export's process also generated the journal.
  if (line.startsWith('{') && args[0] === 'restore') {
    const row = JSON.parse(line) as { fileMiB: number; peakRssMiB: number };
    const bound = 2 * row.fileMiB + 200;
    console.log(line.replace(/}$/, `,"boundMiB":${Math.round(bound)},"withinBound":${row.peakRssMiB <= bound}}`));
  } else if (line.startsWith('{')) console.log(line);
}

if (mode) await child();
else {
  const work = mkdtempSync(join(tmpdir(), 'hearth-measure-restore-'));
  try {
    console.log(`Node ${process.version}; ${process.env.HEARTH_MEASURE_WORKER ? 'worker thread' : 'in-thread'}; scrypt work factor 18`);
    run('export', work);
    run('restore', work, join(work, 'backup.age'));
    run('export', work);
    run('restore', work, join(work, 'backup.age'));
    for (const size of ['450', '390']) {
      run('huge', work, size);
      run('restore', work, join(work, `huge-${size}.age`));
      rmSync(join(work, `huge-${size}.age`));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
