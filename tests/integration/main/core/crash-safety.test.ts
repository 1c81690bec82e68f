/**
 * Crash safety: "saved" means saved. A writer process (tests/integration/support/crash-writer.ts)
 * writes entries into a real journal and reports each one only after `entries.create` returned;
 * this test kills it with SIGKILL at seeded random moments, many times, and after each kill
 * reopens the journal and checks that every entry ever reported is there with its exact body,
 * and that the encrypted file is whole.
 *
 * On page checks: SQLite3 Multiple Ciphers has no `PRAGMA cipher_integrity_check` (SQLCipher's
 * per-page HMAC check). The pragma is silently ignored and answers nothing, even for a tampered
 * page (the last test here shows it). What does check every page's HMAC is reading it, so each
 * reopen also walks every b-tree page through the dbstat table, next to `PRAGMA integrity_check`.
 *
 *   HEARTH_CRASH_KILLS=<n> HEARTH_CRASH_SEED=<n> to vary the run.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEncrypted } from '../../../../src/main/core/db/connection';
import { createHandlers } from '../../../../src/main/core/handlers';
import { DATABASE_FILE } from '../../../../src/main/core/hearth';
import { createOsKeychain } from '../../../../src/main/core/vault/keychain';
import { openTestJournal, reopenTestJournal } from '../../../support/journal';
import { mulberry32 as seeded } from '../../../../src/shared/seeded';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const repoRoot = join(import.meta.dirname, '../../../..');
const WRITER_SOURCE = join(repoRoot, 'tests/integration/support/crash-writer.ts');
// Bundled once into plain JavaScript (esbuild, which tsx and vite already bring), so each of the
// many spawns skips tsx's loader: about 0.4 s a start. Beside node_modules, so its packages resolve.
const WRITER = join(repoRoot, 'node_modules', '.cache', 'hearth-crash-writer', `writer-${process.pid}.mjs`);
const KILLS = Number(process.env['HEARTH_CRASH_KILLS'] ?? 100);
const SEED = Number(process.env['HEARTH_CRASH_SEED'] ?? 20_261_126);

beforeAll(async () => {
  if (process.env['HEARTH_KEYRING'] !== 'private') {
    throw new Error('Run integration tests through scripts/with-keyring.sh (npm run test:integration).');
  }
  const { build } = await import('esbuild');
  await build({ entryPoints: [WRITER_SOURCE], outfile: WRITER, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
});
afterAll(() => rmSync(WRITER, { force: true }));

interface Saved {
  n: number;
  id: string;
  sha256: string;
}
type KillAt = { afterReadyMs: number } | { afterSpawnMs: number };

/** Starts the writer, kills it with SIGKILL at the given moment, and returns what it reported as saved. */
function writeUntilKilled(dataDir: string, seed: number, killAt: KillAt): Promise<{ saved: Saved[]; wasReady: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, dataDir, String(seed)], {
      cwd: repoRoot,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let wasReady = false;
    let killed = false;
    const kill = () => {
      killed = true;
      child.kill('SIGKILL');
    };
    // A writer that never gets going is a failure, not a hang.
    const stuck = setTimeout(kill, 30_000);
    if ('afterSpawnMs' in killAt) setTimeout(kill, killAt.afterSpawnMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!wasReady && stdout.startsWith('ready\n')) {
        wasReady = true;
        if ('afterReadyMs' in killAt) setTimeout(kill, killAt.afterReadyMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(stuck);
      if (!killed || signal !== 'SIGKILL') {
        reject(new Error(`the writer stopped by itself (code ${code}, signal ${signal}):\n${stderr}`));
        return;
      }
      // Only whole lines count: a line cut by the kill was never fully reported.
      const lines = stdout.split('\n').slice(0, -1);
      const saved = lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Saved);
      resolve({ saved, wasReady });
    });
  });
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('crash safety: an entry reported as saved survives SIGKILL', () => {
  it(`survives ${KILLS} kills at random moments with every saved entry intact and the file whole`, async () => {
    const { hearth: first, dataDir } = await openTestJournal(tempDir(), { keychain: createOsKeychain() });
    first.lock();

    const random = seeded(SEED);
    const everSaved: Saved[] = [];
    let killedBeforeReady = 0;
    let pagesChecked = 0;
    // Counted across every kill, then asserted, so the figure line below is printed even on failure.
    const lost: string[] = [];
    let integrityOk = 0;
    const started = Date.now();

    for (let kill = 1; kill <= KILLS; kill++) {
      // Mostly while writing; every fifth time at any moment after spawn (loading, opening, writing:
      // the bundled writer is ready after about 0.3 s).
      const killAt: KillAt =
        kill % 5 === 0 ? { afterSpawnMs: Math.floor(random() * 1_000) } : { afterReadyMs: Math.floor(random() * 400) };
      const { saved, wasReady } = await writeUntilKilled(dataDir, SEED * 1_000 + kill, killAt);
      if (!wasReady) killedBeforeReady += 1;
      everSaved.push(...saved);
      // What this round acknowledged is checked right after its kill; everything ever
      // acknowledged every tenth kill and after the last, so a later crash that lost an older
      // entry is still found (a lost entry does not come back), and the row count below is checked
      // against all of them after every kill. Reading all of them after every kill cost a third of
      // the run's time (some 200,000 reads) for the same answer.
      const toCheck = kill % 10 === 0 || kill === KILLS ? everSaved : saved;

      // Reopen as the app would after a crash, and look for the entries reported.
      const hearth = await reopenTestJournal(dataDir);
      try {
        const handlers = createHandlers(hearth);
        // Read back through the app's own handler; an entry lost after an earlier kill is
        // counted once, not again after every later one.
        const lostBefore = new Set(lost.map((l) => l.split(' ')[0]));
        for (const entry of toCheck) {
          if (lostBefore.has(entry.id)) continue;
          try {
            const found = await handlers['entries.get']({ id: entry.id });
            if (sha256(found.body) !== entry.sha256) lost.push(`${entry.id} (body differs after kill ${kill})`);
          } catch {
            lost.push(`${entry.id} (missing after kill ${kill})`);
          }
        }
        const db = hearth.db();
        let integrity: unknown;
        try {
          integrity = db.pragma('integrity_check');
        } catch (error) {
          integrity = String(error); // a malformed file throws rather than answers
        }
        if (JSON.stringify(integrity) === JSON.stringify([{ integrity_check: 'ok' }])) integrityOk += 1;
        // Reading a page checks its HMAC: walk every b-tree page of the encrypted file.
        const pages = db.prepare('SELECT count(*) AS n FROM dbstat').get() as { n: number };
        expect(pages.n).toBeGreaterThan(0);
        pagesChecked += pages.n;
        const count = db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number };
        expect(count.n).toBeGreaterThanOrEqual(everSaved.length);
      } finally {
        hearth.lock();
      }
      // Nothing but the journal's own files, whatever the moment of the crash.
      for (const file of readdirSync(dataDir)) {
        expect(['vault.json', DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`]).toContain(file);
      }
    }

    console.log(
      `crash safety (seed ${SEED}): ${KILLS} SIGKILLs during writes (${killedBeforeReady} before the journal was open); ` +
        `${everSaved.length} entries acknowledged, ${lost.length} lost; integrity_check ok ${integrityOk}/${KILLS}; ` +
        `${pagesChecked} page reads checked; ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(lost).toEqual([]);
    expect(integrityOk).toBe(KILLS);
    // Not vacuous: the writer did write between kills.
    expect(everSaved.length).toBeGreaterThan(KILLS);
  }, 600_000);
});

describe('what SQLite3 Multiple Ciphers checks', () => {
  it('has no cipher_integrity_check (silent even on a tampered page), while reading the page fails loudly', () => {
    const path = join(tempDir(), 'pages.db');
    const key = randomBytes(32);
    const db = openEncrypted(path, { key });
    db.exec('CREATE TABLE t (a BLOB); INSERT INTO t VALUES (randomblob(3000)), (randomblob(3000));');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // Flip three bytes inside page 3.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.from([0xff, 0x00, 0xaa]), 0, 3, 4096 * 2 + 100);
    closeSync(fd);

    const reopened = openEncrypted(path, { key });
    try {
      expect(reopened.pragma('cipher_integrity_check')).toEqual([]);
      expect(() => reopened.pragma('integrity_check')).toThrow(/malformed/);
      expect(() => reopened.prepare('SELECT count(*) FROM dbstat').get()).toThrow(/malformed/);
    } finally {
      reopened.close();
    }
  });
});
