import Database from 'better-sqlite3-multiple-ciphers';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';

export interface Environment {
  nproc: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
  kernel: string;
  sqlite: string;
  cipher: string;
  loadBefore: number[];
  loadAfter?: number[];
}

/** The 1, 5 and 15 minute load averages, two decimals. */
export const loadNow = (): number[] => loadavg().map((n) => Math.round(n * 100) / 100);

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) return line.split(':')[1]!.trim();
  } catch {
    // Not Linux: fall back to what Node reports.
  }
  return cpus()[0]?.model ?? 'unknown';
}

/** The machine and the software the figures were taken on. */
export function environment(): Environment {
  const db = new Database(':memory:');
  let sqlite = 'unknown';
  let cipher = 'unknown';
  try {
    sqlite = String(db.prepare('SELECT sqlite_version()').pluck().get());
    cipher = String(db.prepare('SELECT sqlite3mc_version()').pluck().get());
  } catch {
    // Older builds lack sqlite3mc_version(); the SQLite version is enough then.
  } finally {
    db.close();
  }
  return {
    nproc: availableParallelism(),
    cpuModel: cpuModel(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: process.platform,
    kernel: release(),
    sqlite,
    cipher,
    loadBefore: loadNow(),
  };
}
