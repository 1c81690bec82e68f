/**
 * How long export and restore take for a 10,000-entry journal, and the longest the main
 * thread's event loop stalled meanwhile (perf_hooks.monitorEventLoopDelay, 1 ms sampling).
 * A measurement, not a test: `npx tsx tests/integration/main/core/backup/measure.ts`.
 * The in-thread rows show what the worker saves the app's windows from.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { DEFAULT_WORK_FACTOR, exportBackup, inlineRunner, inspectBackup, restoreBackup, type BackupOptions } from '../../../../../src/main/core/backup';
import { createHearth } from '../../../../../src/main/core/hearth';
import { createMemoryKeychain } from '../../../../support/memory-keychain';
import { FAST_KDF } from '../../../../support/fast-kdf';
import { seed, sessionUuid, type SeedEntry } from './support/journal';

const ENTRIES = 10_000;
const PASSPHRASE = 'measure the quiet hours';
const dir = mkdtempSync(join(tmpdir(), 'hearth-measure-'));

const words = 'we talked about the week and what we want for the next one and it felt good to be heard'.split(' ');
const body = (i: number) => Array.from({ length: 110 }, (_, w) => words[(i * 7 + w) % words.length]).join(' ').slice(0, 600);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const start = Date.UTC(2016, 0, 1);

async function journal(name: string) {
  const hearth = createHearth({ dataDir: join(dir, name), keychain: createMemoryKeychain(), kdf: FAST_KDF });
  await hearth.setup(['Ada', 'Bo']);
  return hearth;
}

/**
 * Runs `work` while sampling the main thread's event loop; returns its time and stalls.
 * - max stall: the longest a 1 ms timer was late (monitorEventLoopDelay). On a busy machine
 *   this includes time the OS gave the CPU to other processes, so an idle baseline is shown.
 * - max busy: the most event-loop active time (eventLoopUtilization) between two 1 ms
 *   ticks, i.e. the longest stretch of work the main thread itself did without yielding.
 */
async function measure(label: string, work: () => Promise<unknown>) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let previous = performance.eventLoopUtilization();
  let maxBusy = 0;
  const probe = setInterval(() => {
    const now = performance.eventLoopUtilization();
    maxBusy = Math.max(maxBusy, now.active - previous.active);
    previous = now;
  }, 1);
  const totals = performance.eventLoopUtilization();
  histogram.enable();
  const began = performance.now();
  await work();
  const took = performance.now() - began;
  // A stall is recorded when the late timer finally fires: let it fire before stopping.
  await new Promise((resolve) => setTimeout(resolve, 50));
  histogram.disable();
  clearInterval(probe);
  const row = {
    task: label,
    'time (ms)': Math.round(took),
    'max stall (ms)': +(histogram.max / 1e6).toFixed(1),
    'p99 stall (ms)': +(histogram.percentile(99) / 1e6).toFixed(1),
    'max busy (ms)': +maxBusy.toFixed(1),
    'main thread active (ms)': Math.round(performance.eventLoopUtilization(totals).active),
  };
  console.log(JSON.stringify(row));
  return row;
}

try {
  const source = await journal('source');
  const sessions = Array.from({ length: 300 }, (_, i) => ({
    id: sessionUuid(i), exerciseId: 'quality-time-walk', theme: 'quality-time', status: 'completed' as const, stepIndex: 3,
    state: '{"firstSpeaker":"a","feelings":{"a":4,"b":4}}', startedAt: start + i * 86_400_000 * 12, updatedAt: start + i * 86_400_000 * 12 + 1,
    completedAt: start + i * 86_400_000 * 12 + 1, completedDay: day(start + i * 86_400_000 * 12),
  }));
  const entries: SeedEntry[] = Array.from({ length: ENTRIES }, (_, i) => {
    const at = start + i * 8 * 3_600_000;
    return { uid: `entry-${i}`, author: (['a', 'b', 'both'] as const)[i % 3]!, kind: i % 10 ? 'free' : 'reflection', body: body(i), mood: (i % 5) + 1,
      tags: [`tag-${i % 17}`, `tag-${i % 5}`].filter((t, k, all) => all.indexOf(t) === k), sessionId: i % 10 ? null : sessionUuid((i / 10) % 300),
      createdAt: at, updatedAt: at, day: day(at), deletedAt: i % 50 === 0 ? at + 1 : null };
  });
  const checkIns = Array.from({ length: 2_000 }, (_, i) => ({ uid: `c-${i}`, partner: i % 2 ? ('a' as const) : ('b' as const), close: 3, safe: 4, heard: 5, note: i % 4 ? null : 'ok', createdAt: start + i * 86_400_000, day: day(start + i * 86_400_000) }));
  seed(source.db(), { partners: ['Ada', 'Bo'], settings: [], sessions, entries, checkIns });
  const target = await journal('target');
  // The one step of a restore that runs on the main thread, synchronously: the swap.
  const swaps: number[] = [];
  const replaceDatabase = target.replaceDatabase.bind(target);
  target.replaceDatabase = (swap) => {
    const began = performance.now();
    replaceDatabase(swap);
    swaps.push(performance.now() - began);
  };
  const file = join(dir, 'backup.age');
  console.log(`journal: ${ENTRIES} entries (~600 chars), 2,000 check-ins, 300 sessions; scrypt work factor ${DEFAULT_WORK_FACTOR}; Node ${process.version}`);

  const rows = [];
  rows.push(await measure('idle baseline (3 s, nothing running)', () => new Promise((resolve) => setTimeout(resolve, 3_000))));
  const worker: BackupOptions = {};
  rows.push(await measure('export (worker)', () => exportBackup(source, file, PASSPHRASE, worker)));
  console.log(`backup file: ${(statSync(file).size / 1024 / 1024).toFixed(1)} MiB`);
  rows.push(await measure('inspect (worker)', () => inspectBackup(file, PASSPHRASE, worker)));
  rows.push(await measure('restore, replace (worker)', () => restoreBackup(target, file, PASSPHRASE, { mode: 'replace' }, worker)));
  const inThread: BackupOptions = { runner: inlineRunner };
  rows.push(await measure('export (in-thread, for comparison)', () => exportBackup(source, file, PASSPHRASE, inThread)));
  rows.push(await measure('restore (in-thread, for comparison)', () => restoreBackup(target, file, PASSPHRASE, { mode: 'replace' }, inThread)));
  console.table(rows);
  console.log(`restore's synchronous swap on the main thread (checkpoint, close, rename, reopen): ${swaps.map((ms) => `${ms.toFixed(1)} ms`).join(', ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
