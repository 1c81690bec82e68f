import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHearth } from '../../../../../src/main/core/hearth';
import { createEntry, getEntry, updateEntry } from '../../../../../src/main/core/journal/entries';
import { createFolderTokens, createSyncService } from '../../../../../src/main/core/sync';
import { FAST_KDF } from '../../../../support/fast-kdf';
import { createMemoryKeychain } from '../../../../support/memory-keychain';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();
const at = (utc: number) => ({ utc, offsetMinutes: 0 });

async function computer(root: string, name: string) {
  const hearth = createHearth({ dataDir: join(root, name), keychain: createMemoryKeychain(), kdf: FAST_KDF });
  await hearth.setup(['Robin', 'Sam']);
  const folders = createFolderTokens();
  const sync = createSyncService({ hearth, folderTokens: folders });
  return { hearth, sync, folders };
}

describe('sync service: share, pair, join, sync through a real folder', () => {
  it('B joins A with a pairing code, then each sees the other’s writing; a code works once', async () => {
    const root = tempDir();
    const shared = join(root, 'shared');
    mkdirSync(shared);
    const a = await computer(root, 'a');
    const b = await computer(root, 'b');
    await a.sync.start(a.folders.issue(shared).token, 'Robin’s laptop');
    const first = createEntry(a.hearth.db(), { author: 'a', body: 'Written before B came', at: at(Date.now()) });
    await a.sync.syncNow();
    const { code } = await a.sync.pairingCode();
    const joined = await b.sync.join(b.folders.issue(shared).token, 'Sam’s desktop', { pairingCode: code });
    expect(joined.on).toBe(true);
    expect(getEntry(b.hearth.db(), first.id)?.body).toBe('Written before B came');
    // A sees the join request and adds B; then B's own writing reaches A.
    await a.sync.syncNow();
    await b.sync.syncNow();
    expect(a.sync.status().computers.map((c) => c.name).sort()).toEqual(['Robin’s laptop', 'Sam’s desktop']);
    const fromB = createEntry(b.hearth.db(), { author: 'b', body: 'Hello from the desktop', at: at(Date.now()) });
    await b.sync.syncNow();
    await a.sync.syncNow();
    expect(getEntry(a.hearth.db(), fromB.id)?.body).toBe('Hello from the desktop');
    // Parallel edits: both versions in the history on both computers.
    updateEntry(a.hearth.db(), first.id, { body: 'Edited on the laptop' }, Date.now());
    updateEntry(b.hearth.db(), first.id, { body: 'Edited on the desktop' }, Date.now() + 5);
    await a.sync.syncNow();
    await b.sync.syncNow();
    await a.sync.syncNow();
    for (const side of [a, b]) {
      const versions = side.sync.history(first.id);
      expect(versions.map((v) => v.body)).toEqual(['Written before B came', 'Edited on the laptop', 'Edited on the desktop']);
      expect(versions.find((v) => v.parallel)?.computer).toBe('Robin’s laptop');
    }
    // The code is spent: a third computer cannot use it.
    const c = await computer(root, 'c');
    await expect(c.sync.join(c.folders.issue(shared).token, 'Third', { pairingCode: code })).rejects.toMatchObject({ code: expect.stringMatching(/SYNC_/) });
  });
});
