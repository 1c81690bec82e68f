import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Hearth } from '../../../../../src/main/core/hearth';
import { createEntry, getEntry, listEntries, updateEntry } from '../../../../../src/main/core/journal/entries';
import { emptyTrash, listTrash, trashEntry } from '../../../../../src/main/core/journal/trash';
import { createCheckIn } from '../../../../../src/main/core/checkins/check-ins';
import { SyncEngine, type FolderPort } from '../../../../../src/main/core/sync/engine';
import { inThreadKeeper, type KeeperPort } from '../../../../../src/main/core/sync/keeper';
import { openTestJournal } from '../../../../support/journal';
import { useTempDirs } from '../../../../support/temp-dir';
import { memoryFolder } from './memory-folder';

const tempDir = useTempDirs();
const at = (utc: number) => ({ utc, offsetMinutes: 60 });
const T = Date.UTC(2026, 11, 5, 20);

async function computer(name: string, folder: FolderPort, clock = { now: T }, keeper?: (device: string) => KeeperPort) {
  const { hearth } = await openTestJournal(join(tempDir(), name), { partners: ['Robin', 'Sam'], clock: () => clock.now });
  const device = randomBytes(16).toString('hex');
  const engine = new SyncEngine({ db: hearth.db(), device, folder, now: () => clock.now, keeper: keeper?.(device) });
  return { hearth, engine, device, clock };
}

/**
 * A keeper that, when it has worked out a merge, lets someone write to the journal before it
 * answers: what the app's main thread may do while the real keeper works in its own thread
 * (an IPC save arriving meanwhile). `write` says whether it wrote; it writes once.
 */
function keeperWithAWriteDuringTheMerge(write: () => boolean): (device: string) => KeeperPort {
  return (device) => {
    const inner = inThreadKeeper(device);
    let done = false;
    return {
      ...inner,
      async request(request) {
        const answer = await inner.request(request);
        if (request.op === 'propose' && !done) done = write();
        return answer;
      },
    };
  };
}

const bodies = (hearth: Hearth) => listEntries(hearth.db(), 100).entries.map((e) => e.body).sort();

describe('sync engine (memory folder)', () => {
  it('a write on A appears on B, with its tags, mood and check-ins', async () => {
    const folder = memoryFolder();
    const a = await computer('a', folder.port());
    const b = await computer('b', folder.port());
    await a.engine.enable('share');
    await b.engine.enable('join');
    const entry = createEntry(a.hearth.db(), { author: 'a', body: 'Dinner on the balcony', mood: 4, tags: ['us', 'summer'], at: at(T) });
    createCheckIn(a.hearth.db(), { partner: 'b', close: 4, safe: 5, heard: 3, note: 'Good evening.', at: at(T) });
    await a.engine.syncNow();
    await b.engine.syncNow();
    const seen = getEntry(b.hearth.db(), entry.id);
    expect(seen).toMatchObject({ body: 'Dinner on the balcony', mood: 4, tags: ['summer', 'us'], author: 'a', day: entry.day });
    expect(b.hearth.db().prepare('SELECT note FROM check_ins').all()).toEqual([{ note: 'Good evening.' }]);
  });

  it('joining takes the shared journal’s names', async () => {
    const folder = memoryFolder();
    const a = await computer('a', folder.port());
    a.hearth.db().prepare(`UPDATE partners SET name = 'Alex' WHERE slot = 'a'`).run();
    await a.engine.enable('share');
    await a.engine.syncNow();
    const b = await computer('b', folder.port());
    await b.engine.enable('join');
    await b.engine.syncNow();
    expect(b.hearth.db().prepare(`SELECT name FROM partners WHERE slot = 'a'`).get()).toEqual({ name: 'Alex' });
  });

  it('a journal with writing of its own can join: both journals’ writing ends in both, and where both hold an entry every version is kept', async () => {
    const folder = memoryFolder();
    const a = await computer('a', folder.port());
    const b = await computer('b', folder.port());
    await a.engine.enable('share');
    await b.engine.enable('join');
    const shared = createEntry(a.hearth.db(), { author: 'a', body: 'From before the pause', at: at(T) });
    await a.engine.syncNow();
    await b.engine.syncNow();
    // B stops syncing (its document is gone), and both go on writing apart.
    b.hearth.db().prepare('DELETE FROM sync_config').run();
    b.hearth.db().prepare('DELETE FROM sync_chunks').run();
    updateEntry(b.hearth.db(), shared.id, { body: 'From before the pause, edited on B while apart' }, T + 50);
    const onlyB = createEntry(b.hearth.db(), { author: 'b', body: 'Written on B while apart', tags: ['apart'], at: at(T + 60) });
    const onlyA = createEntry(a.hearth.db(), { author: 'a', body: 'Written on A while apart', at: at(T + 70) });
    await a.engine.syncNow();
    // B joins again, with all that writing.
    const again = new SyncEngine({ db: b.hearth.db(), device: randomBytes(16).toString('hex'), folder: folder.port(), now: () => T });
    await again.enable('join');
    // Nothing of B's is taken in before the shared journal has arrived.
    expect(await again.capture()).toBe(0);
    await again.syncNow();
    await a.engine.syncNow();
    for (const side of [a.hearth, b.hearth]) {
      expect(bodies(side)).toEqual(['From before the pause, edited on B while apart', 'Written on A while apart', 'Written on B while apart']);
      expect(getEntry(side.db(), onlyB.id)?.tags).toEqual(['apart']);
      expect(getEntry(side.db(), onlyA.id)).not.toBeNull();
    }
    expect((await a.engine.history(shared.id)).map((v) => v.body)).toEqual(['From before the pause', 'From before the pause, edited on B while apart']);
    expect(b.hearth.db().prepare(`SELECT name FROM partners ORDER BY slot`).all()).toEqual(
      a.hearth.db().prepare(`SELECT name FROM partners ORDER BY slot`).all(),
    );
  });

  it('edits of one entry made on both computers at once are both kept; the newest shows and says so', async () => {
    const folder = memoryFolder();
    const a = await computer('a', folder.port());
    const b = await computer('b', folder.port());
    await a.engine.enable('share');
    await b.engine.enable('join');
    const { id } = createEntry(a.hearth.db(), { author: 'both', body: 'First words', at: at(T) });
    await a.engine.syncNow();
    await b.engine.syncNow();
    updateEntry(a.hearth.db(), id, { body: 'Edited on A' }, T + 1000);
    updateEntry(b.hearth.db(), id, { body: 'Edited on B' }, T + 2000);
    await a.engine.syncNow();
    await b.engine.syncNow();
    await a.engine.syncNow();
    for (const side of [a, b]) {
      expect(getEntry(side.hearth.db(), id)?.body).toBe('Edited on B');
      expect(side.hearth.db().prepare('SELECT edited_in_parallel AS p FROM entries WHERE uid = ?').get(id)).toEqual({ p: 1 });
      const history = await side.engine.history(id);
      expect(history.map((v) => v.body)).toEqual(['First words', 'Edited on A', 'Edited on B']);
      expect(history.find((v) => v.body === 'Edited on A')?.parallel).toBe(true);
      expect(history.find((v) => v.body === 'Edited on B')?.current).toBe(true);
    }
    expect(await a.engine.heads()).toEqual(await b.engine.heads());
  });

  it('an edit saved while this computer’s own change is being taken in is not lost: it reaches the other computer', async () => {
    const folder = memoryFolder();
    let db: Hearth | undefined;
    let id = '';
    const a = await computer('a', folder.port(), { now: T }, keeperWithAWriteDuringTheMerge(() => {
        updateEntry(db!.db(), id, { body: 'Second thoughts, saved meanwhile' }, T + 2000);
        return true;
      }),
    );
    db = a.hearth;
    const b = await computer('b', folder.port());
    ({ id } = createEntry(a.hearth.db(), { author: 'a', body: 'First thoughts', at: at(T) }));
    await a.engine.enable('share');
    await b.engine.enable('join');
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect(getEntry(b.hearth.db(), id)?.body).toBe('Second thoughts, saved meanwhile');
    expect((await b.engine.history(id)).map((v) => v.body)).toEqual(['Second thoughts, saved meanwhile']);
    expect(a.engine.status().pending).toBe(0);
  });

  it('an edit saved while the other computer’s edit is being merged is neither overwritten nor lost: both versions are kept', async () => {
    const folder = memoryFolder();
    let b: Awaited<ReturnType<typeof computer>> | undefined;
    let id = '';
    let armed = false;
    const a = await computer('a', folder.port());
    b = await computer('b', folder.port(), { now: T }, (device) =>
      keeperWithAWriteDuringTheMerge(() => {
        if (armed) updateEntry(b!.hearth.db(), id, { body: 'Edited on B while A’s edit was merging' }, T + 3000);
        return armed;
      })(device),
    );
    await a.engine.enable('share');
    await b.engine.enable('join');
    ({ id } = createEntry(a.hearth.db(), { author: 'both', body: 'First words', at: at(T) }));
    await a.engine.syncNow();
    await b.engine.syncNow();
    updateEntry(a.hearth.db(), id, { body: 'Edited on A' }, T + 1000);
    await a.engine.syncNow();
    armed = true;
    // B's first merge after this one is where B's own edit lands, between working it out and writing it.
    await b.engine.pull();
    expect(getEntry(b.hearth.db(), id)?.body).toBe('Edited on B while A’s edit was merging');
    await b.engine.syncNow();
    await a.engine.syncNow();
    for (const side of [a, b]) {
      expect(getEntry(side.hearth.db(), id)?.body).toBe('Edited on B while A’s edit was merging');
      expect((await side.engine.history(id)).map((v) => v.body).sort()).toEqual(['Edited on A', 'Edited on B while A’s edit was merging', 'First words']);
    }
    expect(await a.engine.heads()).toEqual(await b.engine.heads());
  });

  it('a merge that fails half-way in the keeper leaves sync able to go on: the next sync takes the change in', async () => {
    const folder = memoryFolder();
    let failures = 0;
    // Works the merge out (Automerge changes the document in place), then fails before answering.
    const failingOnce = (device: string): KeeperPort => {
      const inner = inThreadKeeper(device);
      return {
        ...inner,
        async request(request) {
          const answer = await inner.request(request);
          if (request.op === 'propose' && request.proposal.local.length > 0 && failures-- > 0) throw new Error('the keeper failed');
          return answer;
        },
      };
    };
    const a = await computer('a', folder.port(), { now: T }, failingOnce);
    const b = await computer('b', folder.port());
    await a.engine.enable('share');
    await b.engine.enable('join');
    const { id } = createEntry(a.hearth.db(), { author: 'a', body: 'Written once, synced on the second try', at: at(T) });
    failures = 1;
    await expect(a.engine.syncNow()).rejects.toThrow('the keeper failed');
    // Nothing was taken in: the change still waits in the outbox.
    expect(a.hearth.db().prepare(`SELECT key FROM sync_outbox WHERE tbl = 'entries'`).all()).toEqual([{ key: id }]);
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect(getEntry(b.hearth.db(), id)?.body).toBe('Written once, synced on the second try');
    expect(await a.engine.heads()).toEqual(await b.engine.heads());
  });

  it('one side puts an entry in the trash and empties it while the other edits: the edit wins, nothing typed is lost', async () => {
    const folder = memoryFolder();
    const a = await computer('a', folder.port());
    const b = await computer('b', folder.port());
    await a.engine.enable('share');
    await b.engine.enable('join');
    const { id } = createEntry(a.hearth.db(), { author: 'a', body: 'Something to keep', at: at(T) });
    const gone = createEntry(a.hearth.db(), { author: 'a', body: 'Really gone', at: at(T + 1) });
    await a.engine.syncNow();
    await b.engine.syncNow();
    trashEntry(a.hearth.db(), id, T + 100);
    trashEntry(a.hearth.db(), gone.id, T + 100);
    emptyTrash(a.hearth.db());
    updateEntry(b.hearth.db(), id, { body: 'Something to keep, and more' }, T + 200);
    await a.engine.syncNow();
    await b.engine.syncNow();
    await a.engine.syncNow();
    for (const side of [a, b]) {
      expect(getEntry(side.hearth.db(), id)?.body).toBe('Something to keep, and more');
      expect(getEntry(side.hearth.db(), gone.id)).toBeNull();
      expect(listTrash(side.hearth.db(), 10).entries).toEqual([]);
    }
    // An entry put in the trash on one side (no edit elsewhere) is in the trash on both.
    trashEntry(b.hearth.db(), id, T + 300);
    await b.engine.syncNow();
    await a.engine.syncNow();
    expect(listTrash(a.hearth.db(), 10).entries.map((e) => e.id)).toEqual([id]);
  });

  it('files delivered twice, out of order, or as a whole snapshot give the same journal', async () => {
    const folder = memoryFolder();
    const a = await computer('a', folder.port());
    await a.engine.enable('share');
    for (let i = 0; i < 5; i++) {
      createEntry(a.hearth.db(), { author: 'a', body: `entry ${i}`, at: at(T + i) });
      await a.engine.push();
    }
    const files = [...folder.files.entries()];
    // B gets them in reverse order, each twice.
    const reversed = memoryFolder();
    for (const [name, bytes] of [...files].reverse()) reversed.files.set(name, bytes);
    const b = await computer('b', reversed.port());
    await b.engine.enable('join');
    await b.engine.pull();
    const dup = reversed.port();
    const c = await computer('c', dup);
    await c.engine.enable('join');
    await c.engine.pull();
    await c.engine.pull();
    expect(bodies(b.hearth)).toEqual(bodies(a.hearth));
    expect(bodies(c.hearth)).toEqual(bodies(a.hearth));
  });

  it('a write acknowledged just before a crash is synced after the restart (the outbox is in the same transaction)', async () => {
    const folder = memoryFolder();
    const a = await computer('a', folder.port());
    await a.engine.enable('share');
    await a.engine.syncNow();
    createEntry(a.hearth.db(), { author: 'a', body: 'written, then the power went', at: at(T) });
    // No capture, no push: the process dies here. A new engine on the same journal:
    const again = new SyncEngine({ db: a.hearth.db(), device: a.device, folder: folder.port(), now: () => T });
    expect(again.status().pending).toBe(1);
    await again.syncNow();
    const b = await computer('b', folder.port());
    await b.engine.enable('join');
    await b.engine.syncNow();
    expect(bodies(b.hearth)).toEqual(['written, then the power went']);
  });

  it('folding chunks and files into one save loses nothing, even with a change still waiting for an earlier one', async () => {
    const folder = memoryFolder();
    const a = await computer('a', folder.port());
    await a.engine.enable('share');
    await a.engine.push();
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      createEntry(a.hearth.db(), { author: 'a', body: `kept ${i}`, at: at(T + i) });
      await a.engine.push();
      order.push([...folder.files.keys()].at(-1)!);
    }
    // B gets the files newest first, and folds its chunks after every two.
    // And B restarts after every pull, so only what it kept in its journal counts.
    const late = memoryFolder();
    const b = await computer('b', late.port());
    const port = late.port();
    const restartB = () => new SyncEngine({ db: b.hearth.db(), device: b.device, folder: port, now: () => T, compactAt: { chunks: 2, files: 2 } });
    await restartB().enable('join');
    late.files.set('first', folder.files.get([...folder.files.keys()][0]!)!);
    for (const name of [...order].reverse()) {
      late.files.set(name, folder.files.get(name)!);
      await restartB().pull();
    }
    expect(bodies(b.hearth)).toEqual(bodies(a.hearth));
    // A folds its own files into one snapshot: a newcomer reading only what is left still gets everything.
    const small = new SyncEngine({ db: a.hearth.db(), device: a.device, folder: folder.port(), now: () => T, compactAt: { chunks: 2, files: 2 } });
    createEntry(a.hearth.db(), { author: 'a', body: 'one more', at: at(T + 99) });
    await small.push();
    expect(folder.files.size).toBeLessThan(order.length);
    const c = await computer('c', folder.port());
    await c.engine.enable('join');
    await c.engine.pull();
    expect(bodies(c.hearth)).toEqual(bodies(a.hearth));
  });

  it('a look at the folder that finds nothing new writes nothing to the journal, yet counts as the last sync', async () => {
    const folder = memoryFolder();
    const clock = { now: T };
    const a = await computer('a', folder.port(), clock);
    await a.engine.enable('share');
    createEntry(a.hearth.db(), { author: 'a', body: 'one', at: at(T) });
    await a.engine.syncNow();
    const writes = () => (a.hearth.db().prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const before = writes();
    clock.now = T + 60_000;
    await a.engine.syncNow();
    await a.engine.syncNow();
    expect(writes()).toBe(before);
    expect(a.engine.status().lastSyncAt).toBe(T + 60_000);
  });
});
