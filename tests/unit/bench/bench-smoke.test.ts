import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { figuresTable, goalsList, memoryTable, restoreFloorTable } from '../../../bench/report';
import { ENGINES, runSuite, WORKLOADS, WORKLOAD_TITLES, type BenchResult } from '../../../bench/suite';

/**
 * The benchmark suite at a tiny size, so `npm run bench` cannot rot unnoticed: every engine
 * runs every workload, the table has them all, and the JSON is written. No timing is
 * asserted (this machine's speed is not the subject of a test).
 */
describe('bench suite (tiny run)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-smoke-'));
  const outFile = join(dir, 'results', 'latest.json');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('measures every engine on every workload, prints the table and writes the JSON', async () => {
    const result: BenchResult = await runSuite({
      sizes: [120],
      repetitions: () => ({ open: 1, timeline: 1, save: 1, queries: 9, searchPasses: 1, backup: 1, exports: 1, backupWarmup: false }),
      // A cheap scrypt: this test is about the suite, not the KDF's cost.
      workFactor: 10,
      outFile,
      workDir: join(dir, 'work'),
      mode: 'smoke',
    });

    const [size] = result.sizes;
    expect(size?.entries).toBe(120);
    for (const workload of WORKLOADS) {
      for (const engine of ENGINES) {
        const figure = size!.figures[workload]?.[engine];
        expect(figure, `${workload} × ${engine}`).toBeDefined();
        expect(figure!.samples.length).toBeGreaterThan(0);
        expect(Number.isFinite(figure!.median)).toBe(true);
      }
    }
    const table = figuresTable(result);
    for (const workload of WORKLOADS) expect(table).toContain(`| ${WORKLOAD_TITLES[workload]} | 120 |`);
    for (const title of ['(a) Hearth', '(b) plain SQLite', '(c) whole-file JSON']) expect(table).toContain(title);

    // The engines read the same journal: (a) and (b) run the same code, so they must agree.
    expect(size!.checks.sameConnectionSettings).toBe(true);
    expect(size!.checks.homeAgrees).toMatchObject({ plain: true });
    expect(size!.checks['timeline-allAgrees']).toMatchObject({ plain: true });
    expect(size!.checks.restoreAgrees).toMatchObject({ plain: true });
    expect(size!.responsiveness.export?.hearth?.length).toBe(1);
    expect(size!.responsiveness.restore?.hearth?.length).toBe(1);
    // Peak memory of every export and restore, in the JSON and in its own table.
    for (const workload of ['export', 'restore'] as const) {
      for (const engine of ENGINES) {
        const memory = size!.responsiveness[workload]?.[engine]?.[0]?.memory;
        expect(memory?.peakRssBytes, `${workload} × ${engine}`).toBeGreaterThanOrEqual(memory!.baseRssBytes);
        expect(memory!.baseRssBytes).toBeGreaterThan(0);
      }
    }
    expect(memoryTable(result)).toMatch(/^\| 120 \| .* MB \(\d+ MB\) \|$/m);

    // Restore's floor: one scrypt plus a whole build of the journal, in its own table and in the goal's line.
    const floor = size!.restoreFloor;
    expect(floor.sqlcipher.totalMs).toBeGreaterThan(0);
    expect(floor.plain.totalMs).toBeGreaterThan(0);
    expect(floor.floorMs).toBeCloseTo(floor.scryptMs + floor.sqlcipher.totalMs, 0);
    // The build's four steps each timed, adding up to it (one run here, each figure rounded),
    // and "rows only" is scrypt with the first two: more than scrypt, less than the floor.
    expect(floor.runs).toBe(1);
    for (const build of [floor.sqlcipher, floor.plain]) {
      for (const step of [build.insertsMs, build.commitMs, build.indexesMs, build.fullTextMs]) expect(step).toBeGreaterThan(0);
      expect(Math.abs(build.insertsMs + build.commitMs + build.indexesMs + build.fullTextMs - build.totalMs)).toBeLessThan(0.5);
    }
    expect(floor.rowsOnlyMs).toBeGreaterThan(floor.scryptMs);
    expect(floor.rowsOnlyMs).toBeLessThan(floor.floorMs);
    expect(restoreFloorTable(result)).toMatch(/^\| 120 \| (?:[^|]+\| ){3}[^|]+ \/ [^|]+ \/ [^|]+ \/ [^|]+ = [^|]+ \| [^|]+ = [^|]+ \| [\d.]+× \| [\d.]+× \/ [\d.]+× \|$/m);
    expect(goalsList(result)).toMatch(/restore ≤ 1\.5× export at 120 — .*the floor of any restore on this design.*the rows alone, encrypted and committed \(no index, no search\): [\d.]+×$/m);

    // With the age CLI here (CI installs it), export is compared with it, medians and quickest run.
    if (result.age.passphrase) {
      expect(goalsList(result)).toMatch(/export ≤ 1\.5× the age CLI \(age -p\) — 120: [\d.]+× \(against age's quickest run [\d.]+×\)/);
    }

    expect(existsSync(outFile)).toBe(true);
    const written = JSON.parse(readFileSync(outFile, 'utf8')) as BenchResult;
    expect(written.sizes[0]!.figures.search!.hearth!.samples.length).toBe(9);
    expect(written.environment.nproc).toBeGreaterThan(0);
    expect(existsSync(join(dir, 'work'))).toBe(true);
  }, 180_000);
});
