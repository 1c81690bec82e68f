/**
 * Two computers, one journal (issue 19): two real cores in two processes, each with its own
 * data folder, its own private gnome-keyring session and its own copy of the shared folder;
 * the test plays the sync tool between the two copies, with the faults real tools have.
 *
 *   bash scripts/with-keyring.sh npx vitest run --project integration tests/integration/main/core/sync
 *
 * HEARTH_SYNC_SEEDS=1,2,3 replays chosen fast-check seeds (a failure prints its seed).
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../../src/shared/exercises';
import { useTempDirs } from '../../../../support/temp-dir';
import { COMPUTER_A, COMPUTER_B, folderBytes, PARTNERS_A, PARTNERS_B, useComputers, type Computer } from './two-computers-support';

const tempDir = useTempDirs();
const SEEDS = (process.env['HEARTH_SYNC_SEEDS'] ?? '20261205,7741,90210').split(',').map(Number);
const OPS = 200;

// Distinctive words for the plaintext scan: none may appear in any byte of the folder.
const MARK = 'ZQXMARK';
const TAGS = ['ZQXTAG-sunrise', 'ZQXTAG-walks', 'ZQXTAG-léa', 'ZQXTAG-🌙'];
const WORDS = ['we', 'walked', 'to', 'the', 'lake', 'talked', 'about', 'our', 'week', 'felt', 'heard', 'close', 'safe', '🌙', 'léa', 'Zürich'];
const EXERCISES = CATALOGUE.slice(0, 6).map((e) => e.id);

const { pairUp, untilQuiet } = useComputers();

// ── the operations each side makes offline ──────────────────────────────────────────────

const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));
const moodArb = fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined });
const tagsArb = fc.subarray(TAGS, { maxLength: 3 });
const opArb = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('create' as const), author: fc.constantFrom('a', 'b', 'both'), text, mood: moodArb, tags: tagsArb }) },
  {
    weight: 7,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      text,
      shared: fc.boolean(),
      pick: fc.nat(),
      mood: fc.option(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), { nil: undefined }),
      tags: fc.option(tagsArb, { nil: undefined }),
    }),
  },
  // Shared entries go to the trash less often, so more of them live on with both sides' edits.
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('trash' as const), shared: fc.integer({ min: 0, max: 4 }).map((n) => n === 0), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restore' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('emptyTrash' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('checkIn' as const),
      partner: fc.constantFrom('a', 'b'),
      r: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })),
      note: fc.option(text, { nil: undefined }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('startSession' as const), exercise: fc.constantFrom(...EXERCISES) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('endSession' as const),
      pick: fc.nat(),
      abandon: fc.boolean(),
      reflections: fc.subarray(['a', 'b'] as const),
      text,
      feeling: moodArb,
    }),
  },
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;
const sideArb = fc.array(fc.record({ op: opArb, syncAfter: fc.integer({ min: 0, max: 2 }).map((n) => n === 0) }), {
  minLength: OPS,
  maxLength: OPS,
});

/** What one side knows it did, to choose valid operations and to check the end. */
interface Side {
  c: Computer;
  tag: string;
  live: string[];
  trash: string[];
  openSessions: string[];
  n: number;
  /**
   * Each entry's newest body saved here since the last sync. Sync takes a journal's rows as
   * they are when it runs, so a body saved over before then (by the same person) was never a
   * version anyone else could see; what a sync took must never be lost.
   */
  pending: Map<string, string>;
  /** Each entry's body as this side's last sync took it: what an erase here marks as seen. */
  synced: Map<string, string>;
}
interface Ledger {
  /** Every body some side acknowledged, by entry. */
  bodies: Map<string, Set<string>>;
  /** Bodies the trash held when a side emptied it, by entry. */
  erasedSeen: Map<string, Set<string>>;
  /** The body a side showed when it put the entry in the trash, by entry. */
  trashedSeen: Map<string, Set<string>>;
}

const add = (map: Map<string, Set<string>>, key: string, value: string) => (map.get(key) ?? map.set(key, new Set()).get(key)!).add(value);
const pickFrom = <T>(items: T[], n: number) => items[n % items.length]!;
/** What each side did, in order, written out with the dumps when HEARTH_SYNC_DEBUG names a file. */
const opLog: string[] = [];

function flush(side: Side, ledger: Ledger): void {
  for (const [uid, body] of side.pending) {
    add(ledger.bodies, uid, body);
    side.synced.set(uid, body);
  }
  side.pending.clear();
}

async function perform(side: Side, op: Op, shared: string[], ledger: Ledger): Promise<void> {
  const c = side.c;
  const body = (t: string) => `${MARK} ${side.tag}${++side.n}: ${t}`;
  const record = (entry: { id: string; body: string }) => {
    side.pending.set(entry.id, entry.body);
    opLog.push(`${side.tag} ${op.kind} ${entry.id} ${entry.body}`);
  };
  const create = async (author: string, t: string, mood?: number, tags?: string[]) => {
    const entry = await c.call<{ id: string; body: string }>('create', {
      input: { author, body: body(t), ...(mood ? { mood } : {}), ...(tags ? { tags } : {}) },
    });
    record(entry);
    side.live.push(entry.id);
  };
  switch (op.kind) {
    case 'create':
      return create(op.author, op.text, op.mood, op.tags);
    case 'edit': {
      const choices = op.shared ? side.live.filter((id) => shared.includes(id)) : side.live;
      if (choices.length === 0) return create('both', op.text);
      const entry = await c.call<{ id: string; body: string }>('update', {
        input: { id: pickFrom(choices, op.pick), body: body(op.text), ...(op.mood !== undefined ? { mood: op.mood } : {}), ...(op.tags ? { tags: op.tags } : {}) },
      });
      return record(entry);
    }
    case 'trash': {
      const choices = op.shared ? side.live.filter((id) => shared.includes(id)) : side.live;
      if (choices.length === 0) return create('a', op.shared ? 'nothing shared to trash' : 'nothing to trash');
      const uid = pickFrom(choices, op.pick);
      await c.call('trash', { uid });
      opLog.push(`${side.tag} trash ${uid}`);
      const shown = side.pending.get(uid) ?? side.synced.get(uid);
      if (shown) add(ledger.trashedSeen, uid, shown);
      side.live = side.live.filter((id) => id !== uid);
      side.trash.push(uid);
      return;
    }
    case 'restore': {
      if (side.trash.length === 0) return create('b', 'nothing to restore');
      const uid = pickFrom(side.trash, op.pick);
      await c.call('restore', { uid });
      opLog.push(`${side.tag} restore ${uid}`);
      side.trash = side.trash.filter((id) => id !== uid);
      side.live.push(uid);
      return;
    }
    case 'emptyTrash': {
      const { seen } = await c.call<{ seen: { uid: string; body: string }[] }>('emptyTrash');
      for (const s of seen) {
        // The trash held s.body; if that was saved after the last sync, the erase marks the version that sync took.
        add(ledger.erasedSeen, s.uid, s.body);
        const synced = side.synced.get(s.uid);
        if (synced) add(ledger.erasedSeen, s.uid, synced);
        side.pending.delete(s.uid);
      }
      opLog.push(`${side.tag} emptyTrash ${seen.map((s) => s.uid).join(' ')}`);
      expect(new Set(seen.map((s) => s.uid))).toEqual(new Set(side.trash));
      side.trash = [];
      return;
    }
    case 'checkIn':
      await c.call('checkIn', {
        input: { partner: op.partner, close: op.r[0], safe: op.r[1], heard: op.r[2], ...(op.note ? { note: `ZQXNOTE ${op.note}` } : {}) },
      });
      return;
    case 'startSession': {
      const session = await c.call<{ id: string }>('startSession', { input: { exerciseId: op.exercise } });
      side.openSessions.push(session.id);
      return;
    }
    case 'endSession': {
      if (side.openSessions.length === 0) {
        side.openSessions.push((await c.call<{ id: string }>('startSession', { input: { exerciseId: EXERCISES[0] } })).id);
        return;
      }
      const sid = pickFrom(side.openSessions, op.pick);
      side.openSessions = side.openSessions.filter((id) => id !== sid);
      opLog.push(`${side.tag} ${op.abandon ? 'abandon' : 'complete'} ${sid}`);
      if (op.abandon) {
        await c.call('abandonSession', { sid });
        return;
      }
      const session = await c.call<{ reflections: { id: string; body: string }[] }>('completeSession', {
        input: { id: sid, reflections: op.reflections.map((author) => ({ author, body: body(`reflection ${op.text}`), ...(op.feeling ? { feeling: op.feeling } : {}) })) },
      });
      for (const r of session.reflections) {
        record(r);
        side.live.push(r.id);
      }
      return;
    }
  }
}

interface Dump {
  partners: unknown[];
  entries: { uid: string; body: string; deleted_at: number | null; edited_in_parallel: number; tags: string[] }[];
  history: Record<string, { body: string; current: boolean; parallel: boolean }[]>;
  trash: unknown[];
  checkIns: unknown[];
  sessions: unknown[];
}

/** Every byte of both folders, searched for every word the journal holds that the host must not see. */
function plaintextScan(dirs: string[], needles: string[]): string[] {
  const found: string[] = [];
  for (const dir of dirs) {
    for (const { name, bytes } of folderBytes(dir)) {
      for (const needle of needles) {
        for (const encoding of ['utf8', 'utf16le'] as const) {
          if (bytes.includes(Buffer.from(needle, encoding)) || name.includes(needle)) found.push(`${needle} (${encoding}) in ${name}`);
        }
      }
    }
  }
  return found;
}

describe('two computers, one journal, one folder each: random work offline, merged through a faulty sync tool', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: ${OPS} operations on each side end in identical journals with nothing acknowledged lost`, async () => {
      const root = tempDir();
      const scenario = fc.record({
        a: sideArb,
        b: sideArb,
        toolSeed: fc.integer(),
        faultyRounds: fc.integer({ min: 3, max: 5 }),
        // A computer killed (SIGKILL) in the middle of a sync, and restarted on the same journal.
        kills: fc.array(fc.record({ round: fc.nat(2), side: fc.nat(1), afterMs: fc.integer({ min: 0, max: 40 }) }), { minLength: 1, maxLength: 2 }),
      });
      await fc.assert(
        fc.asyncProperty(scenario, async ({ a: opsA, b: opsB, toolSeed, faultyRounds, kills }) => {
          const { a, b, tool } = await pairUp(root, toolSeed);
          const ledger: Ledger = { bodies: new Map(), erasedSeen: new Map(), trashedSeen: new Map() };
          opLog.length = 0;

          // Online: a write on A appears on B (entries to edit on both sides later, sessions to end on both).
          const shared: string[] = [];
          const sharedBodies: [string, string][] = [];
          for (let i = 0; i < 8; i++) {
            const entry = await a.call<{ id: string; body: string }>('create', { input: { author: 'both', body: `${MARK} shared ${i}`, tags: [TAGS[i % 4]!] } });
            add(ledger.bodies, entry.id, entry.body);
            shared.push(entry.id);
            sharedBodies.push([entry.id, entry.body]);
          }
          const sessions = [];
          for (const exerciseId of EXERCISES.slice(0, 3)) sessions.push((await a.call<{ id: string }>('startSession', { input: { exerciseId } })).id);
          await a.call('syncNow');
          await untilQuiet(tool, [a, b]);
          const onB = await b.call<Dump>('dump');
          expect(onB.entries.map((e) => e.body).sort()).toEqual([...Array(8).keys()].map((i) => `${MARK} shared ${i}`).sort());
          expect(onB.partners).toEqual((await a.call<Dump>('dump')).partners);

          // Offline: 200 operations each, side by side; each syncs now and then into its own folder only.
          const sides: Side[] = [
            { c: a, tag: 'A', live: [...shared], trash: [], openSessions: [...sessions], n: 0, pending: new Map(), synced: new Map(sharedBodies) },
            { c: b, tag: 'B', live: [...shared], trash: [], openSessions: [...sessions], n: 0, pending: new Map(), synced: new Map(sharedBodies) },
          ];
          for (let i = 0; i < OPS; i++) {
            await Promise.all(
              ([opsA[i]!, opsB[i]!] as const).map(async (step, s) => {
                await perform(sides[s]!, step.op, shared, ledger);
                if (step.syncAfter) {
                  await sides[s]!.c.call('syncNow');
                  flush(sides[s]!, ledger);
                  opLog.push(`${sides[s]!.tag} syncNow`);
                }
              }),
            );
          }

          // Each side's first sync below takes what it has before it reads the other's.
          for (const side of sides) flush(side, ledger);
          // Back online, through a sync tool that misbehaves for a few rounds, then catches up.
          let killed = 0;
          for (let round = 0; round < faultyRounds; round++) {
            tool.round(true);
            for (const s of round % 2 === 0 ? [a, b] : [b, a]) {
              const kill = kills.find((k) => k.round === round && [a, b][k.side] === s);
              if (!kill) {
                await s.call('syncNow');
                continue;
              }
              let answered = false;
              const reply = s.send('syncNow').then(() => (answered = true));
              await sleep(kill.afterMs);
              if (answered) continue;
              await s.kill();
              await reply;
              await s.restart();
              killed += 1;
            }
          }
          await untilQuiet(tool, [a, b]);

          const uids = [...ledger.bodies.keys()];
          const [dumpA, dumpB] = await Promise.all([a.call<Dump>('dump', { uids }), b.call<Dump>('dump', { uids })]);
          expect(dumpB).toEqual(dumpA);

          // No acknowledged text is lost: every body either side saved is in its entry's history, on both.
          const lost: string[] = [];
          for (const [uid, bodies] of ledger.bodies) {
            for (const dump of [dumpA, dumpB]) {
              const kept = new Set((dump.history[uid] ?? []).map((v) => v.body));
              for (const body of bodies) if (!kept.has(body)) lost.push(`${uid}: ${body}`);
            }
          }
          if (process.env['HEARTH_SYNC_DEBUG']) {
            const { writeFileSync } = await import('node:fs');
            writeFileSync(process.env['HEARTH_SYNC_DEBUG'], JSON.stringify({ dumpA, dumpB, bodies: [...ledger.bodies].map(([k, v]) => [k, [...v]]), erased: [...ledger.erasedSeen].map(([k, v]) => [k, [...v]]), log: opLog }, null, 1));
          }
          expect(lost).toEqual([]);
          // Each entry shows its newest version; an entry is gone only if whoever emptied the trash had seen that version.
          for (const [uid, versions] of Object.entries(dumpA.history)) {
            const current = versions.find((v) => v.current);
            const row = dumpA.entries.find((e) => e.uid === uid);
            if (row) expect(row.body).toBe(current?.body);
            else expect([...(ledger.erasedSeen.get(uid) ?? [])]).toContain(current?.body);
            // In the trash only if whoever put it there had seen the version it shows (an unseen edit wins).
            if (row?.deleted_at) expect([...(ledger.trashedSeen.get(uid) ?? [])]).toContain(current?.body);
          }
          // The journal is what its sync document says, on both, with nothing left to send.
          for (const side of [a, b]) expect(await side.call('docCheck')).toEqual({ outbox: 0, differences: [] });

          // The plaintext scan: nothing typed, no name, no tag, in any byte of either folder.
          const needles = [MARK, 'ZQXNOTE', ...PARTNERS_A, ...PARTNERS_B, COMPUTER_A, COMPUTER_B, ...TAGS, 'Zürich'];
          expect(plaintextScan([a.syncDir, b.syncDir], needles)).toEqual([]);
          // No file is left counted as damaged or foreign once the tool has finished its work (half
          // files it completed, or dropped when their writer removed the original).
          for (const side of [a, b]) {
            const status = await side.call<{ rejected: unknown }>('status');
            if (process.env['HEARTH_SYNC_DEBUG']) {
              const { existsSync, statSync } = await import('node:fs');
              for (const f of await side.call<{ name: string; present: boolean }[]>('rejectedFiles')) {
                const sizes = [a, b].map((x) => (existsSync(join(x.syncDir, f.name)) ? statSync(join(x.syncDir, f.name)).size : null));
                console.log(`${side.name} rejected ${f.name} sizes A,B: ${sizes.join(',')}`);
              }
            }
            expect({ rejected: status.rejected, files: await side.call('rejectedFiles') }).toEqual({ rejected: { damaged: 0, otherJournal: 0 }, files: [] });
          }
          console.log(
            `seed ${seed}: ${dumpA.entries.length} entries (${dumpA.trash.length} in the trash), ${Object.keys(dumpA.history).length} histories, ` +
              `${dumpA.checkIns.length} check-ins, ${dumpA.sessions.length} sessions; ` +
              `parallel edits: ${dumpA.entries.filter((e) => e.edited_in_parallel).length}; killed mid-sync: ${killed}; tool: ${JSON.stringify(tool.counts)}`,
          );
        }),
        { seed, numRuns: 1, endOnFailure: true },
      );
    }, 240_000);
  }

  it('an entry saved again unchanged on one computer leaves both journals equal', async () => {
    const { a, b, tool } = await pairUp(tempDir(), 5);
    const entry = await a.call<{ id: string; body: string }>('create', { input: { author: 'a', body: `${MARK} saved twice`, tags: [TAGS[0]!] } });
    await untilQuiet(tool, [a, b]);
    // The editor saves with nothing changed (same words, mood and tags).
    await a.call('update', { input: { id: entry.id, body: entry.body, tags: [TAGS[0]!] } });
    await untilQuiet(tool, [a, b]);
    expect(await a.call('docCheck')).toEqual({ outbox: 0, differences: [] });
    expect(await b.call('dump')).toEqual(await a.call('dump'));
  }, 60_000);

  it('a session ended both ways at once (completed on one computer, abandoned on the other) ends as one coherent session on both', async () => {
    const { a, b, tool } = await pairUp(tempDir(), 9);
    // Two sessions, the roles swapped, so whichever computer's write wins a conflict, one of them shows it.
    const one = (await a.call<{ id: string }>('startSession', { input: { exerciseId: EXERCISES[0] } })).id;
    const two = (await a.call<{ id: string }>('startSession', { input: { exerciseId: EXERCISES[1] } })).id;
    await untilQuiet(tool, [a, b]);
    const reflect = (c: Computer, id: string) =>
      c.call('completeSession', { input: { id, reflections: [{ author: 'a', body: `${MARK} reflecting on ${id}`, feeling: 4 }] } });
    await reflect(a, one);
    await b.call('abandonSession', { sid: one });
    await a.call('abandonSession', { sid: two });
    await reflect(b, two);
    await untilQuiet(tool, [a, b]);
    const dump = await a.call<{ sessions: { id: string; status: string; completed_at: number | null; completed_day: string | null }[] }>('dump');
    expect(await b.call('dump')).toEqual(dump);
    const incoherent = dump.sessions.filter((s) => (s.status === 'completed') !== (s.completed_at !== null && s.completed_day !== null));
    expect(incoherent).toEqual([]);
  }, 60_000);
});
