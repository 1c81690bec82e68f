/**
 * Sync between two computers (issue 19), at one journal size:
 * - join: from typing the pairing code on the second computer to its journal holding every
 *   entry (the initial sync: open the first computer's files, merge, write 10,000 rows);
 * - latency: from a change file landing in the second computer's folder (the sync tool
 *   renames it into place) to the entry being in its journal, with the app's own background
 *   loop (a folder watch) doing the work: p50 and p95;
 * - size: the bytes in the folder against the journal as JSON (the backup document).
 * Both computers are Hearth cores in this process, each with its own copy of the folder, as
 * Syncthing gives each computer its own; this script plays the sync tool between them.
 *   node --import tsx bench/sync.ts [--entries=10000] [--changes=40]
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeJournal } from '../src/main/core/backup/journal-io';
import { createHearth, type Hearth } from '../src/main/core/hearth';
import { createEntry, countEntries, getEntry } from '../src/main/core/journal/entries';
import { createFolderTokens, createSyncService, type SyncService } from '../src/main/core/sync';
import { generateJournal } from './generate';
import { quantile, round } from './stats';

export interface SyncBench {
  entries: number;
  /** ms from `sync.join` to every entry in the second journal. */
  joinMs: number;
  /** ms from `sync.start` (the first computer's whole journal into the folder). */
  shareMs: number;
  latencyMs: { p50: number; p95: number; samples: number[] };
  folderBytes: number;
  jsonBytes: number;
  /** folderBytes ÷ jsonBytes. */
  sizeRatio: number;
  /** Both journals hold the same entries at the end. */
  agree: boolean;
}

function memoryKeychain() {
  const items = new Map<string, Buffer>();
  return {
    async get(account: string) {
      return items.get(account) ?? null;
    },
    async set(account: string, secret: Buffer) {
      items.set(account, Buffer.from(secret));
    },
    async delete(account: string) {
      items.delete(account);
    },
  };
}

/** The sync tool: every file one folder has that the other lacks, copied as a tool does (temp, rename). */
function deliver(from: string, to: string): string[] {
  const have = new Set(readdirSync(to));
  const moved: string[] = [];
  for (const name of readdirSync(from)) {
    if (name.startsWith('.') || have.has(name)) continue;
    const temp = join(to, `.syncthing.${name}.tmp`);
    copyFileSync(join(from, name), temp);
    renameSync(temp, join(to, name));
    moved.push(name);
  }
  return moved;
}

const folderBytes = (dir: string) => readdirSync(dir).reduce((n, name) => n + statSync(join(dir, name)).size, 0);

async function computer(root: string, name: string, background: boolean): Promise<{ hearth: Hearth; sync: SyncService; tokens: ReturnType<typeof createFolderTokens> }> {
  const hearth = createHearth({
    dataDir: join(root, name),
    keychain: memoryKeychain() as never,
    kdf: async () => ({ name: 'scrypt', N: 2 ** 12, r: 8, p: 1 }),
    sleep: async () => {},
  });
  const tokens = createFolderTokens();
  const sync = createSyncService({ hearth, folderTokens: tokens, background, tickMs: 3_600_000 });
  return { hearth, sync, tokens };
}

export async function benchSync(entries: number, changes = 40, log: (line: string) => void = () => {}): Promise<SyncBench> {
  const root = mkdtempSync(join(tmpdir(), 'hearth-bench-sync-'));
  try {
    const journal = generateJournal(entries);
    const jsonBytes = Buffer.byteLength(JSON.stringify(journal));
    const folderA = join(root, 'folder-a');
    const folderB = join(root, 'folder-b');
    mkdirSync(folderA);
    mkdirSync(folderB);

    const a = await computer(root, 'a', false);
    await a.hearth.setup([journal.partners[0]!.name, journal.partners[1]!.name]);
    const dbA = a.hearth.db();
    dbA.prepare('DELETE FROM partners').run();
    writeJournal(dbA, journal, () => {});
    let t = performance.now();
    await a.sync.start(a.tokens.issue(folderA).token, 'Zoë’s laptop');
    const shareMs = performance.now() - t;
    const { code } = await a.sync.pairingCode();
    deliver(folderA, folderB);
    log(`  shared ${entries.toLocaleString('en')} entries in ${round(shareMs)} ms`);

    const b = await computer(root, 'b', true);
    await b.hearth.setup(['Someone', 'Else']);
    t = performance.now();
    await b.sync.join(b.tokens.issue(folderB).token, 'Mateo’s desktop', { pairingCode: code });
    const joinMs = performance.now() - t;
    const joined = countEntries(b.hearth.db());
    if (joined !== countEntries(dbA)) throw new Error(`join: B has ${joined} entries, A ${countEntries(dbA)}`);
    log(`  joined in ${round(joinMs)} ms`);
    // A takes B in (its join request), as it would at its next sync.
    deliver(folderB, folderA);
    await a.sync.syncNow();
    deliver(folderA, folderB);
    await b.sync.syncNow();

    // Latency: A writes and pushes; the file lands in B's folder; B's own folder watch applies it.
    const samples: number[] = [];
    for (let i = 0; i < changes; i++) {
      const entry = createEntry(dbA, { author: 'a', body: `A change to measure, number ${i} 🌿`, at: { utc: Date.now(), offsetMinutes: 60 } });
      await a.sync.syncNow();
      const landed = performance.now();
      deliver(folderA, folderB);
      while (!getEntry(b.hearth.db(), entry.id)) {
        if (performance.now() - landed > 30_000) throw new Error('a change did not arrive within 30 s');
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      samples.push(performance.now() - landed);
    }
    const bytes = folderBytes(folderA);
    const agree = countEntries(dbA) === countEntries(b.hearth.db());
    a.sync.close();
    b.sync.close();
    a.hearth.lock();
    b.hearth.lock();
    return {
      entries,
      joinMs: round(joinMs),
      shareMs: round(shareMs),
      latencyMs: { p50: round(quantile(samples, 0.5)), p95: round(quantile(samples, 0.95)), samples: samples.map(round) },
      folderBytes: bytes,
      jsonBytes,
      sizeRatio: Math.round((bytes / jsonBytes) * 100) / 100,
      agree,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The goals of issue 19, and the table `npm run bench` prints for them. */
export function syncReport(result: SyncBench): string {
  const ok = (met: boolean) => (met ? 'met' : '**missed**');
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    `Sync between two computers, ${result.entries.toLocaleString('en')} entries (bench/sync.ts):`,
    '',
    '| measure | result | goal | |',
    '|---|---:|---:|---|',
    `| share the journal (first computer, whole journal into the folder) | ${seconds(result.shareMs)} | | |`,
    `| join (initial sync on the second computer) | ${seconds(result.joinMs)} | ≤ 10 s | ${ok(result.joinMs <= 10_000)} |`,
    `| change file lands → entry visible on the other side, p50 / p95 (${result.latencyMs.samples.length} changes) | ${Math.round(result.latencyMs.p50)} ms / ${Math.round(result.latencyMs.p95)} ms | p95 ≤ 1 s | ${ok(result.latencyMs.p95 <= 1_000)} |`,
    `| folder size ÷ journal as JSON | ${(result.folderBytes / 1e6).toFixed(1)} MB ÷ ${(result.jsonBytes / 1e6).toFixed(1)} MB = ${result.sizeRatio}× | ≤ 3× | ${ok(result.sizeRatio <= 3)} |`,
    `| both journals hold the same entries at the end | ${result.agree ? 'yes' : '**no**'} | | |`,
  ].join('\n');
}

if (process.argv[1]?.endsWith('sync.ts')) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const entries = Number(arg('entries') ?? 10_000);
  const changes = Number(arg('changes') ?? 40);
  const result = await benchSync(entries, changes, (line) => console.log(line));
  console.log(JSON.stringify({ ...result, latencyMs: { p50: result.latencyMs.p50, p95: result.latencyMs.p95 } }, null, 2));
}
