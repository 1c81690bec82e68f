/**
 * What the journal's page cipher costs a restore: restore's floor build (records already in
 * memory, restore's bulk-load settings, no checks; bench/backup/restore-floor.ts) with the
 * journal's page cipher (SQLCipher, DESIGN §4–5), with two of the others SQLite3 Multiple
 * Ciphers offers (ChaCha20-Poly1305 and AEGIS-256, its fastest), and with none: only to show
 * what changing the journal's cipher would and would not buy.
 *   node --import tsx bench/page-ciphers.ts [--entries=100000] [--runs=3]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type BuildSteps } from './backup/restore-floor';
import { openEncrypted, type WritableDB } from '../src/main/core/db/connection';
import { TABLES, type AnyTable } from '../src/main/core/schema';
import { openPlain } from './engines/plain-connection';
import { generateJournal } from './generate';
import { environment } from './environment';
import { median } from './stats';
import { formatMs as ms } from './report';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const ENTRIES = Number(flag('entries') ?? 100_000);
const RUNS = Number(flag('runs') ?? 3);
const key = randomBytes(32);
const CACHE_KIB = 16 * 1024;

const openers: [string, (path: string) => WritableDB][] = [
  ['SQLCipher (AES-256-CBC, HMAC-SHA512): the journal', (path) => openEncrypted(path, { key })],
  ['ChaCha20-Poly1305 (sqleet)', (path) => openPlain(path, { cacheKiB: CACHE_KIB, cipher: { name: 'chacha20', key } })],
  ['AEGIS-256', (path) => openPlain(path, { cacheKiB: CACHE_KIB, cipher: { name: 'aegis', key } })],
  ['none (plain SQLite)', (path) => openPlain(path, { cacheKiB: CACHE_KIB })],
];

const dir = mkdtempSync(join(tmpdir(), 'hearth-page-ciphers-'));
try {
  console.log(`${ENTRIES} entries, ${RUNS} runs each, interleaved; load ${environment().loadBefore.join(' ')}`);
  const journal = generateJournal(ENTRIES);
  const rows: [AnyTable, Record<string, unknown>][] = [];
  for (const table of TABLES) {
    for (const row of (journal as unknown as Record<string, Record<string, unknown>[] | undefined>)[table.document] ?? []) rows.push([table, row]);
  }
  const backupBytes = Buffer.byteLength(JSON.stringify(journal));
  const runs = new Map<string, BuildSteps[]>(openers.map(([name]) => [name, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const [name, open] of openers) runs.get(name)!.push(build(open, join(dir, 'build.db'), rows, backupBytes));
  }
  const m = (list: BuildSteps[], pick: (b: BuildSteps) => number) => ms(median(list.map(pick)));
  console.log('| page cipher | inserts | commit | indexes | full-text index | build |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [name, list] of runs) {
    console.log(`| ${name} | ${m(list, (b) => b.insertsMs)} | ${m(list, (b) => b.commitMs)} | ${m(list, (b) => b.indexesMs)} | ${m(list, (b) => b.fullTextMs)} | ${m(list, (b) => b.totalMs)} |`);
  }
  console.log(`load after ${environment().loadBefore.join(' ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
