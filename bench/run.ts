/**
 * `npm run bench` — how fast Hearth is against the alternatives, in one run.
 *   npm run bench                 1,000, 10,000 and 100,000 entries (≈ 5–10 min)
 *   npm run bench -- --quick      1,000 entries, fewer repetitions (< 1 min)
 *   --sizes=1000,10000            other sizes
 *   --out=path.json               where to write the JSON (default bench/results/latest.json)
 *   --work-factor=18              scrypt log2(N) for backups (18: the app's and age's default)
 *   --sync-entries=10000          the journal size for sync between two computers (default
 *                                 10,000; 1,000 with --quick; 0 to leave sync out)
 * Prints the table and writes the JSON. See BENCHMARKS.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fullReport } from './report';
import { runSuite, type Repetitions } from './suite';
import { benchSync, syncReport } from './sync';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`))?.split('=')[1];
const quick = args.includes('--quick');

for (const a of args) {
  if (!/^--(quick|sizes|out|work-factor|sync-entries)(=.*)?$/.test(a)) {
    console.error(`unknown option ${a}\n\nusage: npm run bench [-- --quick] [--sizes=1000,10000] [--out=file.json] [--work-factor=18] [--sync-entries=10000]`);
    process.exit(2);
  }
}

/** Repetitions sized so the full run stays within ten minutes on two loaded cores. */
function repetitions(entries: number): Repetitions {
  // Multiples of the balanced orders' lengths where cheap (4 for open, 3 for timeline, 6 for save and search).
  if (quick) return { open: 12, timeline: 12, save: 12, queries: 36, searchPasses: 1, backup: 3, exports: 3, backupWarmup: true };
  if (entries <= 2_000) return { open: 32, timeline: 30, save: 18, queries: 90, searchPasses: 2, backup: 3, exports: 5, backupWarmup: true };
  if (entries <= 20_000) return { open: 20, timeline: 21, save: 18, queries: 90, searchPasses: 2, backup: 3, exports: 5, backupWarmup: true };
  // The stress size: a whole-file open or save costs seconds, a restore tens of seconds. Each
  // backup runs in a fresh worker (as in the app), so the smaller sizes' runs are its warm-up.
  return { open: 12, timeline: 9, save: 6, queries: 90, searchPasses: 1, backup: 3, exports: 5, backupWarmup: false };
}

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = flag('sizes')?.split(',').map(Number) ?? (quick ? [1_000] : [1_000, 10_000, 100_000]);
if (sizes.some((n) => !Number.isInteger(n) || n < 50)) {
  console.error('--sizes takes whole numbers of entries, each at least 50');
  process.exit(2);
}
const workFactor = Number(flag('work-factor') ?? 18);

const outFile = flag('out') ?? join(root, 'bench', 'results', 'latest.json');
const result = await runSuite({
  sizes,
  repetitions,
  workFactor,
  outFile,
  log: (line) => console.log(line),
  mode: quick ? 'quick' : flag('sizes') ? 'custom' : 'full',
});
let report = fullReport(result);
// Sync (issue 19): two Hearth cores, each with its own copy of a shared folder.
const syncEntries = Number(flag('sync-entries') ?? (quick ? 1_000 : 10_000));
if (syncEntries > 0) {
  console.log(`sync: ${syncEntries.toLocaleString('en')} entries…`);
  const sync = await benchSync(syncEntries, quick ? 10 : 40, (line) => console.log(line));
  const saved = JSON.parse(readFileSync(outFile, 'utf8')) as Record<string, unknown>;
  writeFileSync(outFile, `${JSON.stringify({ ...saved, sync }, null, 2)}\n`);
  report += `\n\n${syncReport(sync)}`;
}
console.log(`\n${report}`);
// The same report as Markdown, beside the JSON, for BENCHMARKS.md.
const markdown = outFile.replace(/\.json$/, '') + '.md';
writeFileSync(markdown, `${report}\n`);
console.log(`\nJSON: ${relative(process.cwd(), outFile)}; Markdown: ${relative(process.cwd(), markdown)}`);
