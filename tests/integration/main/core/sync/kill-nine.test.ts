/**
 * kill -9 during sync, on either computer (issue 19): no acknowledged entry is lost, and no
 * change is ever half applied: after a restart each journal says exactly what its own sync
 * document says, and once the folders are exchanged the other computer has everything.
 *
 *   bash scripts/with-keyring.sh npx vitest run --project integration tests/integration/main/core/sync/kill-nine.test.ts
 *
 * HEARTH_SYNC_KILL_SEED=<n> replays a run (the seed is printed).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../support/temp-dir';
import { mulberry32 as seeded } from '../../../../../src/shared/seeded';
import { useComputers, type Computer } from './two-computers-support';

const tempDir = useTempDirs();
const { pairUp, untilQuiet } = useComputers();
const SEED = Number(process.env['HEARTH_SYNC_KILL_SEED'] ?? 19_2026);

interface Dump {
  entries: { uid: string; body: string; deleted_at: number | null }[];
}

/** Every acknowledged entry, with its exact body, is in this computer's journal. */
async function missingFrom(c: Computer, acked: { id: string; body: string }[]): Promise<string[]> {
  const { entries } = await c.call<Dump>('dump');
  const bodies = new Map(entries.map((e) => [e.uid, e.body]));
  return acked.filter((a) => bodies.get(a.id) !== a.body).map((a) => `${a.id} ${a.body}`);
}

describe('kill -9 during sync', () => {
  it('A killed at random moments while writing and syncing loses no acknowledged entry and half-applies nothing; B ends with all', async () => {
    const random = seeded(SEED);
    console.log(`kill-nine seed ${SEED}`);
    const { a, b, tool } = await pairUp(tempDir(), SEED, { background: true });
    const acked: { id: string; body: string }[] = [];
    for (let kill = 1; kill <= 6; kill++) {
      void a.send('writeLoop', { prefix: `ZQXMARK kill ${kill}` });
      while (a.acks.length === 0) await sleep(5);
      await sleep(Math.floor(random() * 900));
      await a.kill();
      acked.push(...a.acks);
      await a.restart();
      expect(await missingFrom(a, acked)).toEqual([]);
      // Nothing new has arrived: a sync after the restart changes nothing in the journal, and
      // the journal is what its own sync document says.
      const before = await a.call('dump');
      await a.call('syncNow');
      expect(await a.call('dump')).toEqual(before);
      expect(await a.call('docCheck')).toEqual({ outbox: 0, differences: [] });
    }
    expect(acked.length).toBeGreaterThan(6);
    await untilQuiet(tool, [a, b]);
    expect(await missingFrom(b, acked)).toEqual([]);
    expect(await b.call('dump')).toEqual(await a.call('dump'));
    console.log(`kill-nine: ${acked.length} entries acknowledged across 6 kills of A, all on both computers`);
  }, 180_000);

  it('B killed while it applies a batch of 2,000 entries ends consistent after each restart, and then has them all', async () => {
    const random = seeded(SEED + 1);
    const { a, b, tool } = await pairUp(tempDir(), SEED + 1);
    await a.call('bulkCreate', { count: 2_000, prefix: 'ZQXMARK batch' });
    await a.call('syncNow');
    tool.round(false);
    const start = await b.call<number>('count');
    let kills = 0;
    let applied = false;
    // From just after the request to well past a whole apply, so some kills land inside it.
    for (const base of [20, 150, 400, 800, 1_400, 2_200]) {
      let answered = false;
      void b.send('syncNow').then((r) => (answered = r.ok));
      await sleep(base + Math.floor(random() * 100));
      if (answered) {
        applied = true;
        break;
      }
      await b.kill();
      kills += 1;
      await b.restart();
      const count = await b.call<number>('count');
      // All of the batch or none of it, and the journal is what B's sync document says.
      expect([start, start + 2_000]).toContain(count);
      expect(await b.call('docCheck')).toEqual({ outbox: 0, differences: [] });
      if (count === start + 2_000) {
        applied = true;
        break;
      }
    }
    console.log(`kill-nine: B killed ${kills} times while syncing the batch; ${applied ? 'one sync then finished' : 'none finished'}`);
    await untilQuiet(tool, [a, b]);
    expect(await b.call<number>('count')).toBe(start + 2_000);
    expect(await b.call('docCheck')).toEqual({ outbox: 0, differences: [] });
  }, 180_000);
});
