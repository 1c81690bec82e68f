/**
 * The benchmark suite: one generated journal per size, built into every engine, then each
 * workload measured with the engines interleaved (in balanced orders that change every
 * repetition, so load noise on a shared machine, and what one engine leaves behind for the
 * next, fall on all of them alike), after one warm-up call each.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { decryptWithPassphrase } from '../src/main/core/backup/age-file';
import { agePassphrase, ageRecipient, detectAge, scriptOverhead, type AgeCli } from './age-cli';
import { prepareWorkers } from './backup/workers';
import { restoreFloor, type RestoreFloor } from './backup/restore-floor';
import { HearthEngine } from './engines/hearth';
import { connectionSettings } from './engines/plain-connection';
import { PlainEngine } from './engines/plain';
import type { Engine, EngineId, HomeRead, TimelineRead } from './engines/types';
import { WholeFileEngine } from './engines/whole-file';
import { environment, loadNow, type Environment } from './environment';
import { generateJournal, journalStats, PASSPHRASE, searchQueries, type Journal, type JournalStats } from './generate';
import { idleBaseline, watchMainThread, type Responsiveness } from './responsiveness';
import { median, quantile, round, timed } from './stats';

export const ENGINES: readonly EngineId[] = ['hearth', 'plain', 'whole-file'];
export const WORKLOADS = ['open', 'timeline-year', 'timeline-all', 'search', 'save', 'export', 'restore'] as const;
export type Workload = (typeof WORKLOADS)[number];
/** Export is also measured for the age CLI: with a passphrase (scrypt), and to an X25519 key (payload only). */
export type Column = EngineId | 'hearth-store' | 'age-p' | 'age-x25519';

export const WORKLOAD_TITLES: Record<Workload, string> = {
  open: 'unlock → first home screen',
  'timeline-year': 'timeline, last year by week',
  'timeline-all': 'timeline, all time by month',
  search: 'search, newest 50 (p50 / p95)',
  save: 'save one entry (durable)',
  export: 'export backup (verified)',
  restore: 'restore backup (replace)',
};

export interface Repetitions {
  /** Timed calls per engine for open, timeline and save. */
  open: number;
  timeline: number;
  save: number;
  /** Distinct search queries; each is run once per pass per engine. */
  queries: number;
  searchPasses: number;
  /** Timed restores per engine. */
  backup: number;
  /**
   * Timed exports per column (the age CLI's too). More than restores: exports are short and
   * jumpy here. `age -p` on the same 96 MB took 0.49–1.07 s over twenty runs in a row on this
   * virtual machine (in the slower ones its time in the kernel grew from ~0.05 s to ~0.25 s),
   * so a median of three could land on either side.
   */
  exports: number;
  /** A warm-up export and restore per engine before the timed ones. */
  backupWarmup: boolean;
}

export interface SuiteOptions {
  sizes: number[];
  repetitions: (entries: number) => Repetitions;
  /** log2 of scrypt's N for the backup passphrase; 18 is the app's and age's default. */
  workFactor: number;
  /** Where to write the JSON (its folder is created); null to skip. */
  outFile: string | null;
  /** A scratch folder (removed after); a fresh temp folder by default. */
  workDir?: string;
  log?: (line: string) => void;
  mode?: string;
}

export interface Figure {
  samples: number[];
  median: number;
  p95: number;
  max: number;
}

export interface BackupRun {
  ms: number;
  responsiveness: Responsiveness;
}

export interface SizeResult {
  entries: number;
  journal: JournalStats;
  generateMs: number;
  buildMs: Record<EngineId, number>;
  storeBytes: Record<EngineId, number>;
  backupBytes: number;
  repetitions: Repetitions;
  figures: Partial<Record<Workload, Partial<Record<Column, Figure>>>>;
  /** Per engine and workload (export, restore): every timed run's responsiveness. */
  responsiveness: Partial<Record<'export' | 'restore', Partial<Record<EngineId, Responsiveness[]>>>>;
  idle: Responsiveness;
  ageScriptOverheadMs: number | null;
  /** The least a restore on this design can cost (bench/backup/restore-floor.ts), to read restore ÷ export against. */
  restoreFloor: RestoreFloor;
  checks: Record<string, unknown>;
  loadBefore: number[];
  loadAfter: number[];
  wallMs: number;
}

export interface BenchResult {
  mode: string;
  startedAt: string;
  finishedAt: string;
  wallMs: number;
  environment: Environment;
  workers: 'bundled' | 'tsx';
  workFactor: number;
  age: AgeCli;
  sizes: SizeResult[];
}

const figure = (samples: number[]): Figure => ({
  samples: samples.map(round),
  median: round(median(samples)),
  p95: round(quantile(samples, 0.95)),
  max: round(Math.max(...samples)),
});

/**
 * Orders of n participants that balance both position and carry-over (a Williams design):
 * over a full set, every participant runs in every position equally often and runs right
 * after every other one equally often. Carry-over matters: a whole-file save leaves the file
 * system a journal commit that slows the next engine's fsync by ~0.5 ms; a plain rotation
 * keeps the cyclic order, so the same engine would always pay for it. Forward and reversed
 * rows alternate, so even the first few repetitions are mixed.
 */
export function balancedOrders(n: number): number[][] {
  const first = [0];
  for (let lo = 1, hi = n - 1, k = 1; first.length < n; k += 1) first.push(k % 2 === 1 ? lo++ : hi--);
  const rows = Array.from({ length: n }, (_, r) => first.map((x) => (x + r) % n));
  const orders: number[][] = [];
  for (const row of rows) {
    orders.push(row);
    if (n % 2 === 1) orders.push([...row].reverse());
  }
  return orders;
}

const ordered = <T>(items: readonly T[], rep: number): T[] => {
  const orders = balancedOrders(items.length);
  return orders[rep % orders.length]!.map((i) => items[i]!);
};

/** Runs `work` once per engine per repetition, in balanced orders (see balancedOrders). */
async function interleaved<T extends string>(
  ids: readonly T[],
  reps: number,
  work: (id: T, rep: number) => Promise<number>,
): Promise<Record<T, number[]>> {
  const samples = Object.fromEntries(ids.map((id) => [id, [] as number[]])) as Record<T, number[]>;
  for (let rep = 0; rep < reps; rep += 1) {
    for (const id of ordered(ids, rep)) samples[id].push(await work(id, rep));
  }
  return samples;
}

const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
/** Whether (b) and (c) read what (a) read. */
const agree = <T>(reads: Record<EngineId, T>) => ({ plain: same(reads.plain, reads.hearth), 'whole-file': same(reads['whole-file'], reads.hearth) });

export async function runSuite(options: SuiteOptions): Promise<BenchResult> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const env = environment();
  const workers = await prepareWorkers();
  const age = detectAge();
  log(`workers: ${workers.mode}; age CLI: ${age.version ?? 'not found'}${age.passphrase ? ' (-p through script)' : ''}`);
  const sizes: SizeResult[] = [];
  for (const entries of options.sizes) {
    const root = options.workDir ?? mkdtempSync(join(tmpdir(), 'hearth-bench-'));
    const dir = join(root, `n${entries}`);
    mkdirSync(dir, { recursive: true });
    try {
      sizes.push(await runSize(entries, dir, options, workers, age, log));
    } finally {
      rmSync(options.workDir ? dir : root, { recursive: true, force: true });
    }
  }
  const result: BenchResult = {
    mode: options.mode ?? 'custom',
    startedAt,
    finishedAt: new Date().toISOString(),
    wallMs: Math.round(performance.now() - started),
    environment: { ...env, loadAfter: loadNow() },
    workers: workers.mode,
    workFactor: options.workFactor,
    age,
    sizes,
  };
  if (options.outFile) {
    mkdirSync(dirname(options.outFile), { recursive: true });
    writeFileSync(options.outFile, `${JSON.stringify(result, null, 2)}\n`);
  }
  return result;
}

async function runSize(
  entries: number,
  dir: string,
  options: SuiteOptions,
  workers: Awaited<ReturnType<typeof prepareWorkers>>,
  age: AgeCli,
  log: (line: string) => void,
): Promise<SizeResult> {
  const began = performance.now();
  const loadBefore = loadNow();
  const reps = options.repetitions(entries);
  const generatedAt = performance.now();
  // Released once every engine is built, so the measurements do not carry its heap.
  let journal: Journal | null = generateJournal(entries);
  const generateMs = performance.now() - generatedAt;
  const stats = journalStats(journal);
  const queries = searchQueries(journal, reps.queries);
  log(`\n── ${entries.toLocaleString('en')} entries: ${stats.checkIns} check-ins, ${stats.sessions} sessions, ${stats.days} days, ` +
    `${(stats.plaintextBytes / 1e6).toFixed(1)} MB as JSON (generated in ${(generateMs / 1000).toFixed(1)} s); load ${loadBefore.join(' ')}`);

  const hearth = new HearthEngine({ dir, startWorker: workers.startCore, workFactor: options.workFactor });
  const cacheKiB = () => -Number(hearth.settings.cache_size);
  const plain = new PlainEngine({ dir, startWorker: workers.startBench, workFactor: options.workFactor, cacheKiB });
  const wholeFile = new WholeFileEngine({ dir, startWorker: workers.startBench, workFactor: options.workFactor });
  const engines: Record<EngineId, Engine> = { hearth, plain, 'whole-file': wholeFile };
  const checks: Record<string, unknown> = {};
  const figures: SizeResult['figures'] = {};
  const responsiveness: SizeResult['responsiveness'] = { export: {}, restore: {} };

  try {
    const buildMs = {} as Record<EngineId, number>;
    for (const id of ENGINES) buildMs[id] = round((await timed(() => engines[id].build(journal!))).ms);
    journal = null;
    log(`built: ${ENGINES.map((id) => `${id} ${(buildMs[id] / 1000).toFixed(1)} s`).join(', ')}`);

    // ── open: unlock with the key in hand, open, read the first home screen ──
    const homes = {} as Record<EngineId, HomeRead>;
    for (const id of ENGINES) homes[id] = await engines[id].open(); // warm-up
    const settings = { hearth: connectionSettings(hearth.connection()), plain: connectionSettings(plain.connection()) };
    checks.sameConnectionSettings = same(settings.hearth, settings.plain);
    checks.connectionSettings = settings;
    if (!checks.sameConnectionSettings) throw new Error(`engines (a) and (b) differ in settings: ${JSON.stringify(settings)}`);
    // (a) twice: the whole unlock, and its store alone with the key in hand (no vault step).
    await hearth.openStoreOnly();
    const open = await interleaved([...ENGINES, 'hearth-store'] as const, reps.open, async (id) => {
      if (id === 'hearth-store') return (await timed(() => hearth.openStoreOnly())).ms;
      engines[id].close();
      const { ms, value } = await timed(() => engines[id].open());
      homes[id] = value;
      return ms;
    });
    figures.open = mapFigures(open);
    checks.homeAgrees = agree(homes);
    checks.home = homes.hearth;
    log(line('open', figures.open));

    // ── timeline ──
    for (const [workload, range] of [['timeline-year', 'last-year'], ['timeline-all', 'all-time']] as const) {
      const reads = {} as Record<EngineId, TimelineRead>;
      for (const id of ENGINES) reads[id] = engines[id].timeline(range);
      const samples = await interleaved(ENGINES, reps.timeline, async (id) => (await timed(() => engines[id].timeline(range))).ms);
      figures[workload] = mapFigures(samples);
      checks[`${workload}Agrees`] = agree(reads);
      checks[workload] = reads.hearth;
      log(line(workload, figures[workload]!));
    }

    // ── search: varied words, each query once per engine per pass ──
    const agreement = { plain: 0, 'whole-file': 0, queries: queries.length, disagreements: [] as string[] };
    for (const id of ENGINES) for (const q of queries.slice(0, 9)) engines[id].search(q); // warm-up
    const searchSamples = Object.fromEntries(ENGINES.map((id) => [id, [] as number[]])) as Record<EngineId, number[]>;
    let turn = 0;
    for (let pass = 0; pass < reps.searchPasses; pass += 1) {
      for (const q of queries) {
        const hits = {} as Record<EngineId, string[]>;
        for (const id of ordered(ENGINES, turn++)) {
          const { ms, value } = await timed(() => engines[id].search(q));
          searchSamples[id].push(ms);
          hits[id] = value;
        }
        if (pass === 0) {
          for (const other of ['plain', 'whole-file'] as const) {
            if (same(hits[other], hits.hearth)) agreement[other] += 1;
            else if (agreement.disagreements.length < 10) agreement.disagreements.push(`${other}: "${q}" (${hits[other].length} vs ${hits.hearth.length} hits)`);
          }
        }
      }
    }
    figures.search = mapFigures(searchSamples);
    checks.search = agreement;
    log(line('search', figures.search, true));

    // ── save: one entry each, as the app writes it ──
    let saved = 0;
    for (const id of ENGINES) await engines[id].save(saved); // warm-up (the same entry in each)
    saved += 1;
    const save = await interleaved(ENGINES, reps.save, async (id, rep) => (await timed(() => engines[id].save(saved + rep))).ms);
    saved += reps.save;
    figures.save = mapFigures(save);
    log(line('save', figures.save));

    // ── export: Hearth's worker, the mirrored pipelines, and the age CLI on the same plaintext ──
    const idle = await idleBaseline(1000);
    const backupDir = join(dir, 'backups');
    mkdirSync(backupDir, { recursive: true });
    const source = join(backupDir, 'restore-source.age');
    await hearth.exportBackup(source); // warm-up for (a); its file is every engine's restore source
    const plaintextPath = join(backupDir, 'plaintext.json');
    writeFileSync(plaintextPath, await decryptWithPassphrase(readFileSync(source), PASSPHRASE));
    const backupBytes = readFileSync(source).length;
    const ageColumns: ('age-p' | 'age-x25519')[] = [...(age.passphrase ? ['age-p' as const] : []), ...(age.recipient ? ['age-x25519' as const] : [])];
    type ExportColumn = EngineId | 'age-p' | 'age-x25519';
    const exportRun = async (id: ExportColumn, rep: number): Promise<number> => {
      const target = join(backupDir, `${id}-${rep}.age`);
      try {
        if (id === 'age-p') return agePassphrase(plaintextPath, target, PASSPHRASE);
        if (id === 'age-x25519') return ageRecipient(plaintextPath, target, age.recipient!);
        const run = await watchMainThread(() => engines[id].exportBackup(target));
        (responsiveness.export![id] ??= []).push(run.responsiveness);
        return run.ms;
      } finally {
        rmSync(target, { force: true });
      }
    };
    const exportColumns: ExportColumn[] = [...ENGINES, ...ageColumns];
    if (reps.backupWarmup) for (const id of exportColumns) if (id !== 'hearth') await exportRun(id, -1);
    responsiveness.export = {};
    const exported = await interleaved(exportColumns, reps.exports, exportRun);
    figures.export = mapFigures(exported);
    log(line('export', figures.export));

    // ── restore: every engine from the same backup file ──
    const restoreRun = async (id: EngineId): Promise<number> => {
      const run = await watchMainThread(() => engines[id].restoreBackup(source));
      (responsiveness.restore![id] ??= []).push(run.responsiveness);
      engines[id].afterRestore();
      return run.ms;
    };
    if (reps.backupWarmup) for (const id of ENGINES) await restoreRun(id);
    responsiveness.restore = {};
    const restored = await interleaved(ENGINES, reps.backup, restoreRun);
    figures.restore = mapFigures(restored);
    log(line('restore', figures.restore));
    const afterRestore = {} as Record<EngineId, HomeRead>;
    for (const id of ENGINES) {
      engines[id].close();
      afterRestore[id] = await engines[id].open();
    }
    checks.restoreAgrees = agree(afterRestore);
    checks.restoredEntryCount = afterRestore.hearth.entryCount;
    checks.savedEntries = saved;

    const storeBytes = Object.fromEntries(ENGINES.map((id) => [id, engines[id].storeBytes()])) as Record<EngineId, number>;

    // ── restore's floor: scrypt + the build alone, from records already in memory, no checks
    // (every engine closed first, so none holds a page cache while it runs) ──
    for (const id of ENGINES) engines[id].close();
    const floor = await restoreFloor(generateJournal(entries), backupBytes, options.workFactor, dir, Math.min(reps.backup, 3));
    log(`restore floor  scrypt ${fmt(floor.scryptMs)} + build ${fmt(floor.sqlcipher.totalMs)} (plain SQLite ${fmt(floor.plain.totalMs)}) = ${fmt(floor.floorMs)}; over two cores ${fmt(floor.floorTwoCoresMs)}`);
    const loadAfter = loadNow();
    const wallMs = round(performance.now() - began);
    log(`stall (max, ms) export ${stallLine(responsiveness.export)} | restore ${stallLine(responsiveness.restore)} | idle ${round(idle.maxStallMs)}`);
    log(`checks: ${Object.entries(checks).filter(([k]) => /Agrees|same/.test(k)).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ')}; search agreement ` +
      `plain ${agreement.plain}/${queries.length}, whole-file ${agreement['whole-file']}/${queries.length}; ${(wallMs / 1000).toFixed(0)} s; load ${loadAfter.join(' ')}`);
    return {
      entries,
      journal: stats,
      generateMs: round(generateMs),
      buildMs,
      storeBytes,
      backupBytes,
      repetitions: reps,
      figures,
      responsiveness,
      idle,
      ageScriptOverheadMs: age.passphrase ? round(median([scriptOverhead(), scriptOverhead(), scriptOverhead()])) : null,
      restoreFloor: floor,
      checks,
      loadBefore,
      loadAfter,
      wallMs,
    };
  } finally {
    for (const id of ENGINES) engines[id].dispose();
  }
}

function mapFigures<T extends string>(samples: Record<T, number[]>): Partial<Record<Column, Figure>> {
  return Object.fromEntries(Object.entries(samples).map(([id, s]) => [id, figure(s as number[])])) as Partial<Record<Column, Figure>>;
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${round(ms)} ms`);

function line(workload: Workload, figures: Partial<Record<Column, Figure>>, withP95 = false): string {
  return `${workload.padEnd(14)} ${Object.entries(figures)
    .map(([id, f]) => `${id} ${fmt(f!.median)}${withP95 ? ` / ${fmt(f!.p95)}` : ''}`)
    .join('  ')}`;
}

function stallLine(runs: Partial<Record<EngineId, Responsiveness[]>> | undefined): string {
  return Object.entries(runs ?? {})
    .map(([id, r]) => `${id} ${round(Math.max(...r!.map((x) => x.maxStallMs)))} (own ${round(Math.max(...r!.map((x) => x.maxOwnCpuMs ?? x.maxBusyMs)))})`)
    .join(', ');
}
