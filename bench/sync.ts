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
 *   node --import tsx bench/sync.ts [--entries=10000] [--changes=40] [--keeper=in-thread]
 * (--keeper=in-thread keeps each computer's sync document on the main thread, as before it
 * had a worker of its own: the stalls to compare against.)
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeJournal } from '../src/main/core/backup/journal-io';
import { createHearth, type Hearth } from '../src/main/core/hearth';
import { createEntry, countEntries, getEntry } from '../src/main/core/journal/entries';
import { createFolderTokens, createSyncService, type SyncService } from '../src/main/core/sync';
import { inThreadKeeper } from '../src/main/core/sync/keeper';
import { workerKeeper } from '../src/main/core/sync/keeper-thread';
import type { StartWorker } from '../src/main/core/threads/start-worker';
import { prepareWorkers } from './backup/workers';
import { generateJournal } from './generate';
import { watchMainThread, type Responsiveness } from './responsiveness';
import { quantile, round } from './stats';

export interface SyncBench {
  entries: number;
  /** ms from `sync.join` to every entry in the second journal. */
  joinMs: number;
  /** ms from `sync.start` (the first computer's whole journal into the folder). */
  shareMs: number;
  /** ms from unlocking a journal that syncs to its first sync done (the document loaded again). */
  reopenMs: number;
  /**
   * The main thread's longest stall (event-loop delay, ms) during the share, the join, the
   * first sync after unlocking, and while the 40 changes arrived: what the window would feel.
   */
  stallMs: { share: number; join: number; reopen: number; changes: number };
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

/**
 * The longest stall either monitor saw: the event-loop histogram misses one that starts with
 * the work itself (before its first timer), the 1 ms probe's gap does not.
 */
const stall = (r: Responsiveness) => round(Math.max(r.maxStallMs, r.probeMaxLateMs));

const folderBytes = (dir: string) => readdirSync(dir).reduce((n, name) => n + statSync(join(dir, name)).size, 0);

type Computer = { hearth: Hearth; sync: SyncService; tokens: ReturnType<typeof createFolderTokens> };

const keeperOf = (startKeeper: StartWorker | null) => (device: string) => (startKeeper ? workerKeeper(device, startKeeper) : inThreadKeeper(device));

async function computer(root: string, name: string, background: boolean, startKeeper: StartWorker | null): Promise<Computer> {
  const hearth = createHearth({
    dataDir: join(root, name),
    keychain: memoryKeychain() as never,
    kdf: async () => ({ name: 'scrypt', N: 2 ** 12, r: 8, p: 1 }),
    sleep: async () => {},
  });
  const tokens = createFolderTokens();
  // The sync document in its own thread, bundled as the app's build bundles it.
  const sync = createSyncService({ hearth, folderTokens: tokens, background, tickMs: 3_600_000, keeper: keeperOf(startKeeper) });
  return { hearth, sync, tokens };
}

/**
 * Where each computer keeps its sync document: 'worker' as the app does, or 'in-thread' (the
 * main thread, as before the keeper had a thread of its own) to compare against.
 */
export type KeeperPlace = 'worker' | 'in-thread';

export async function benchSync(entries: number, changes = 40, log: (line: string) => void = () => {}, place: KeeperPlace = 'worker'): Promise<SyncBench> {
  const { startKeeper: startWorker } = await prepareWorkers();
  const startKeeper = place === 'worker' ? startWorker : null;
  const root = mkdtempSync(join(tmpdir(), 'hearth-bench-sync-'));
  try {
    const journal = generateJournal(entries);
    const jsonBytes = Buffer.byteLength(JSON.stringify(journal));
    const folderA = join(root, 'folder-a');
    const folderB = join(root, 'folder-b');
    mkdirSync(folderA);
    mkdirSync(folderB);

    const a = await computer(root, 'a', false, startKeeper);
    await a.hearth.setup([journal.partners[0]!.name, journal.partners[1]!.name]);
    const dbA = a.hearth.db();
    dbA.prepare('DELETE FROM partners').run();
    writeJournal(dbA, journal, () => {});
    const shared = await watchMainThread(() => a.sync.start(a.tokens.issue(folderA).token, 'Zoë’s laptop'));
    const shareMs = shared.ms;
    const { code } = await a.sync.pairingCode();
    deliver(folderA, folderB);
    log(`  shared ${entries.toLocaleString('en')} entries in ${round(shareMs)} ms`);

    const b = await computer(root, 'b', true, startKeeper);
    await b.hearth.setup(['Someone', 'Else']);
    const joining = await watchMainThread(() => b.sync.join(b.tokens.issue(folderB).token, 'Mateo’s desktop', { pairingCode: code }));
    const joinMs = joining.ms;
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
    const arriving = await watchMainThread(async () => {
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
    });
    // A opens again (the app started, the journal unlocked): its first sync loads the document anew.
    a.sync.close();
    a.hearth.lock();
    await a.hearth.unlock();
    const again = createSyncService({ hearth: a.hearth, folderTokens: a.tokens, background: false, keeper: keeperOf(startKeeper) });
    const reopened = await watchMainThread(() => again.syncNow());
    a.sync = again;
    const bytes = folderBytes(folderA);
    const agree = countEntries(a.hearth.db()) === countEntries(b.hearth.db());
    a.sync.close();
    b.sync.close();
    a.hearth.lock();
    b.hearth.lock();
    return {
      entries,
      joinMs: round(joinMs),
      shareMs: round(shareMs),
      reopenMs: round(reopened.ms),
      stallMs: {
        share: stall(shared.responsiveness),
        join: stall(joining.responsiveness),
        reopen: stall(reopened.responsiveness),
        changes: stall(arriving.responsiveness),
      },
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
    `| first sync after unlocking (the document loaded again) | ${seconds(result.reopenMs)} | | |`,
    `| main thread's longest stall: share / join / first sync after unlocking / while changes arrive | ${result.stallMs.share.toFixed(0)} / ${result.stallMs.join.toFixed(0)} / ${result.stallMs.reopen.toFixed(0)} / ${result.stallMs.changes.toFixed(0)} ms | | |`,
  ].join('\n');
}

if (process.argv[1]?.endsWith('sync.ts')) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const entries = Number(arg('entries') ?? 10_000);
  const changes = Number(arg('changes') ?? 40);
  const result = await benchSync(entries, changes, (line) => console.log(line), arg('keeper') === 'in-thread' ? 'in-thread' : 'worker');
  console.log(JSON.stringify({ ...result, latencyMs: { p50: result.latencyMs.p50, p95: result.latencyMs.p95 } }, null, 2));
}
