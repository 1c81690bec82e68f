/**
 * Outsiders change nothing (issue 19): a third computer with its own journal writing into A's
 * copy of the folder, and sync files with one flipped byte, are rejected, counted, and never
 * applied; the journal stays exactly as it was.
 *
 *   bash scripts/with-keyring.sh npx vitest run --project integration tests/integration/main/core/sync/outsiders.test.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSyncFileName, readHeader } from '../../../../../src/main/core/sync/folder';
import { useTempDirs } from '../../../../support/temp-dir';
import { COMPUTER_A, COMPUTER_B, useComputers } from './two-computers-support';

const tempDir = useTempDirs();
const { computer, pairUp, untilQuiet } = useComputers();

const syncFiles = (dir: string) => new Set(readdirSync(dir).filter(isSyncFileName));
interface Status {
  rejected: { damaged: number; otherJournal: number };
  computers: { name: string }[];
}
interface Dump {
  entries: { body: string }[];
}

describe('outsiders change nothing', () => {
  it('a third journal sharing into A’s folder copy changes nothing on A or B, and its files are counted as another journal’s', async () => {
    const root = tempDir();
    const { a, b, tool } = await pairUp(root, 31);
    await a.call('create', { input: { author: 'a', body: 'ZQXMARK ours, before the stranger came' } });
    await untilQuiet(tool, [a, b]);
    const [beforeA, beforeB] = [await a.call('dump'), await b.call('dump')];

    // C: its own journal and keychain, sharing into the very folder A reads.
    const ours = syncFiles(a.syncDir);
    const c = await computer(root, 'c', { syncDir: a.syncDir });
    await c.call('setup', { partners: ['Cleo Stranger', 'Dev Stranger'] });
    await c.call('share', { name: 'Stranger’s tablet' });
    for (let i = 0; i < 4; i++) {
      await c.call('create', { input: { author: 'a', body: `ZQXMARK stranger ${i}`, tags: ['ZQXTAG-stranger'] } });
      await c.call('checkIn', { input: { partner: 'b', close: 1, safe: 1, heard: 1, note: 'stranger' } });
      await c.call('syncNow');
    }
    await c.call('pairingCode'); // an invitation to C's journal lies there too
    const theirs = [...syncFiles(a.syncDir)].filter((n) => !ours.has(n));
    const sealed = theirs.filter((n) => readHeader(readFileSync(join(a.syncDir, n)))?.keyKind === 'epoch');
    expect(sealed.length).toBeGreaterThanOrEqual(4);

    await a.call('syncNow');
    expect(await a.call('dump')).toEqual(beforeA);
    expect(await a.call('docCheck')).toEqual({ outbox: 0, differences: [] });
    const statusA = await a.call<Status>('status');
    expect(statusA.rejected).toEqual({ damaged: 0, otherJournal: sealed.length });
    expect(statusA.computers.map((m) => m.name).sort()).toEqual([COMPUTER_A, COMPUTER_B].sort());

    // The sync tool carries C's files on to B: nothing changes there either.
    await untilQuiet(tool, [a, b]);
    expect(await b.call('dump')).toEqual(beforeB);
    expect((await b.call<Status>('status')).rejected).toEqual({ damaged: 0, otherJournal: sealed.length });
    expect(await a.call('dump')).toEqual(beforeA);
  }, 120_000);

  it('a flipped byte in the header, middle or tail of a sync file: rejected, counted as damaged, never applied', async () => {
    const root = tempDir();
    const { a, b, tool } = await pairUp(root, 47);
    const before = await a.call<Dump>('dump');
    // B writes five changes, one file each.
    const files: string[] = [];
    for (let i = 0; i < 5; i++) {
      const known = syncFiles(b.syncDir);
      await b.call('create', { input: { author: 'b', body: `ZQXMARK flipped ${i}` } });
      await b.call('syncNow');
      files.push(...[...syncFiles(b.syncDir)].filter((n) => !known.has(n)));
    }
    expect(files).toHaveLength(5);
    // Each arrives at A with one byte flipped: the magic, the key id, the header's check, the middle, the last byte.
    const where = (size: number) => [0, 20, 44, Math.floor(size / 2), size - 1];
    files.forEach((name, i) => {
      const bytes = readFileSync(join(b.syncDir, name));
      const at = where(bytes.length)[i]!;
      bytes[at] = bytes[at]! ^ 0x01;
      writeFileSync(join(a.syncDir, name), bytes);
    });
    await a.call('syncNow');
    expect((await a.call<Status>('status')).rejected).toEqual({ damaged: 5, otherJournal: 0 });
    expect(await a.call<Dump>('dump')).toEqual(before);
    expect(await a.call('docCheck')).toEqual({ outbox: 0, differences: [] });

    // The sync tool puts the whole files in their place: now they apply, and nothing is counted.
    for (const name of files) writeFileSync(join(a.syncDir, name), readFileSync(join(b.syncDir, name)));
    await untilQuiet(tool, [a, b]);
    const after = await a.call<Dump>('dump');
    expect(after.entries.map((e) => e.body).filter((body) => body.includes('flipped')).sort()).toEqual(
      [0, 1, 2, 3, 4].map((i) => `ZQXMARK flipped ${i}`),
    );
    expect((await a.call<Status>('status')).rejected).toEqual({ damaged: 0, otherJournal: 0 });
    expect(await b.call('dump')).toEqual(after);
  }, 120_000);
});
