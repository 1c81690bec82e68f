import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../../../src/main/core/handlers';
import { exportBackup, inlineRunner, restoreBackup } from '../../../../../src/main/core/backup';
import { createEntry, getEntry, updateEntry } from '../../../../../src/main/core/journal/entries';
import { createFolderTokens, createSyncService } from '../../../../../src/main/core/sync';
import { createTestHearth, openTestJournal } from '../../../../support/journal';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();
const at = (utc: number) => ({ utc, offsetMinutes: 0 });

/** The folder the couple's sync tool keeps in step: here, one real folder both computers use. */
function sharedFolder(root: string): string {
  const shared = join(root, 'shared');
  mkdirSync(shared);
  return shared;
}

async function computer(root: string, name: string) {
  const { hearth } = await openTestJournal(join(root, name), { partners: ['Robin', 'Sam'] });
  const folders = createFolderTokens();
  const sync = createSyncService({ hearth, folderTokens: folders });
  return { hearth, sync, folders };
}

/**
 * A journal set up through the app's own handlers (as the setup screen does), so the recovery
 * code made there reaches sync; resolves once sync has kept it stretched.
 */
async function setUpThroughTheApp(root: string) {
  const hearth = createTestHearth(join(root, 'a'));
  const folders = createFolderTokens();
  const sync = createSyncService({ hearth, folderTokens: folders });
  const handlers = createHandlers(hearth, { sync });
  const { recoveryCode } = await handlers['setup.create']({ partners: ['Robin', 'Sam'], lock: { lockMode: 'device' } });
  const saved = () => (hearth.db().prepare('SELECT state FROM sync_config').get() as { state: string } | undefined)?.state ?? '';
  await vi.waitFor(() => expect(saved()).toContain('recoveryTicket'), { timeout: 10_000 });
  return { hearth, folders, sync, handlers, recoveryCode, saved };
}

describe('sync service: share, pair, join, sync through a real folder', () => {
  it('B joins A with a pairing code, then each sees the other’s writing; a code works once', async () => {
    const root = tempDir();
    const shared = sharedFolder(root);
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
      const versions = await side.sync.history(first.id);
      expect(versions.map((v) => v.body)).toEqual(['Written before B came', 'Edited on the laptop', 'Edited on the desktop']);
      expect(versions.find((v) => v.parallel)?.computer).toBe('Robin’s laptop');
    }
    // The code is spent: a third computer cannot use it.
    const c = await computer(root, 'c');
    await expect(c.sync.join(c.folders.issue(shared).token, 'Third', { pairingCode: code })).rejects.toMatchObject({ code: expect.stringMatching(/SYNC_/) });
  });
});

describe('what never enters the folder', () => {
  it('a private page stays on its computer: none of its words reach the folder, in any encoding', async () => {
    const root = tempDir();
    const shared = sharedFolder(root);
    const a = await computer(root, 'a');
    const handlers = createHandlers(a.hearth, { sync: a.sync });
    await handlers['private.create']({ partner: 'a', passphrase: 'a private passphrase here', withRecoveryCode: false });
    await handlers['private.unlock']({ partner: 'a', method: 'passphrase', passphrase: 'a private passphrase here' });
    await handlers['private.notes.create']({ partner: 'a', body: 'PRIVATE-MARKER-7781 only for me', tags: ['secret-tag-4419'] });
    createEntry(a.hearth.db(), { author: 'a', body: 'SHARED-MARKER-2288 for both of us', tags: ['shared-tag-9931'], at: at(Date.now()) });
    await handlers['sync.start']({ folder: a.folders.issue(shared).token, computerName: 'Robin’s laptop' });
    await a.sync.syncNow();
    const bytes = Buffer.concat(readdirSync(shared).map((name) => readFileSync(join(shared, name))));
    expect(readdirSync(shared).length).toBeGreaterThan(0);
    for (const marker of ['PRIVATE-MARKER-7781', 'secret-tag-4419', 'SHARED-MARKER-2288', 'shared-tag-9931', 'Robin’s laptop', 'Robin']) {
      expect(bytes.includes(Buffer.from(marker, 'utf8')), marker).toBe(false);
      expect(bytes.includes(Buffer.from(marker, 'utf16le')), marker).toBe(false);
    }
    // And the shared entry did go: a computer that joins finds it, but never the private note.
    const { code } = await a.sync.pairingCode();
    const b = await computer(root, 'b');
    await b.sync.join(b.folders.issue(shared).token, 'Sam’s desktop', { pairingCode: code });
    const bodies = (b.hearth.db().prepare('SELECT body FROM entries').all() as { body: string }[]).map((r) => r.body);
    expect(bodies).toEqual(['SHARED-MARKER-2288 for both of us']);
  });
});

describe('joining with the journal’s recovery code', () => {
  it('works without typing it again when sharing: the code made at setup is kept stretched, never as text', async () => {
    const root = tempDir();
    const shared = sharedFolder(root);
    const { hearth, folders, sync, handlers, recoveryCode, saved } = await setUpThroughTheApp(root);
    const plain = recoveryCode.replace(/[^A-Za-z0-9]/g, '');
    expect(saved()).not.toContain(plain);
    expect(saved()).not.toContain(recoveryCode);
    createEntry(hearth.db(), { author: 'a', body: 'Before the second computer', at: at(Date.now()) });
    await handlers['sync.start']({ folder: folders.issue(shared).token, computerName: 'Robin’s laptop' });

    const b = await computer(root, 'b');
    await expect(b.sync.join(b.folders.issue(shared).token, 'Sam’s desktop', { recoveryCode: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE' })).rejects.toMatchObject({
      code: expect.stringMatching(/RECOVERY_CODE_TYPO|SYNC_CODE_WRONG/),
    });
    await b.sync.join(b.folders.issue(shared).token, 'Sam’s desktop', { recoveryCode });
    expect((b.hearth.db().prepare('SELECT body FROM entries').all() as { body: string }[]).map((r) => r.body)).toEqual(['Before the second computer']);
  });
});

describe('removing a computer', () => {
  it('the removed computer reads nothing written after, and the recovery code stops letting anyone join until a new one is made', async () => {
    const root = tempDir();
    const shared = sharedFolder(root);
    const { hearth, folders, sync, handlers, recoveryCode, saved } = await setUpThroughTheApp(root);
    await sync.start(folders.issue(shared).token, 'Robin’s laptop');
    const b = await computer(root, 'b');
    await b.sync.join(b.folders.issue(shared).token, 'Old desktop', { pairingCode: (await sync.pairingCode()).code });
    await sync.syncNow();
    const old = sync.status().computers.find((c) => !c.thisComputer)!;
    await sync.removeComputer(old.id);
    expect(sync.status().computers.map((c) => c.name)).toEqual(['Robin’s laptop']);
    const after = createEntry(hearth.db(), { author: 'a', body: 'Written after the removal', at: at(Date.now()) });
    await sync.syncNow();
    await b.sync.syncNow();
    expect(getEntry(b.hearth.db(), after.id)).toBeNull();
    expect(b.sync.status().problem?.message).toMatch(/removed/);
    // The recovery code no longer opens a way in…
    expect(sync.status().recoveryCodeJoins).toBe(false);
    const c = await computer(root, 'c');
    await expect(c.sync.join(c.folders.issue(shared).token, 'New laptop', { recoveryCode })).rejects.toMatchObject({ code: 'SYNC_NO_OFFER' });
    // …until a new one is made.
    const { recoveryCode: fresh } = await handlers['vault.regenerateRecoveryCode']({});
    await vi.waitFor(() => expect(saved()).toContain('recoveryTicket'), { timeout: 10_000 });
    await sync.syncNow();
    expect(sync.status().recoveryCodeJoins).toBe(true);
    await expect(c.sync.join(c.folders.issue(shared).token, 'New laptop', { recoveryCode })).rejects.toMatchObject({ code: 'SYNC_CODE_WRONG' });
    await c.sync.join(c.folders.issue(shared).token, 'New laptop', { recoveryCode: fresh });
    expect(getEntry(c.hearth.db(), after.id)?.body).toBe('Written after the removal');
  });
});

describe('wrong codes wait, as wrong passphrases do', () => {
  it('after three free tries, each wrong pairing code in a row waits longer before the next', async () => {
    const root = tempDir();
    const shared = sharedFolder(root);
    const a = await computer(root, 'a');
    await a.sync.start(a.folders.issue(shared).token, 'Robin’s laptop');
    await a.sync.pairingCode();
    const waits: number[] = [];
    const { hearth } = await openTestJournal(join(root, 'b'), {
      partners: ['Robin', 'Sam'],
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    const folders = createFolderTokens();
    const sync = createSyncService({ hearth, folderTokens: folders });
    for (let i = 0; i < 6; i++) {
      await expect(sync.join(folders.issue(shared).token, 'Sam’s desktop', { pairingCode: 'ABCDE-FGHJK-MNPQR-STVWX-YZ012' })).rejects.toMatchObject({
        code: 'SYNC_CODE_WRONG',
      });
    }
    // Tries 4, 5 and 6 wait about 1, 2 and 4 seconds (less what has passed since the last).
    expect(waits).toHaveLength(3);
    expect(waits[0]!).toBeGreaterThan(500);
    expect(waits[1]!).toBeGreaterThan(waits[0]!);
    expect(waits[2]!).toBeGreaterThan(waits[1]!);
  });
});

describe('after a restore', () => {
  it('the restored computer starts with sync off, and joins again with a new code: both journals end with everything', async () => {
    const root = tempDir();
    const shared = sharedFolder(root);
    const a = await computer(root, 'a');
    const b = await computer(root, 'b');
    await a.sync.start(a.folders.issue(shared).token, 'Robin’s laptop');
    await b.sync.join(b.folders.issue(shared).token, 'Sam’s desktop', { pairingCode: (await a.sync.pairingCode()).code });
    const before = createEntry(a.hearth.db(), { author: 'a', body: 'In the backup', at: at(Date.now()) });
    await a.sync.syncNow();
    const file = join(root, 'us.age');
    const fast = { runner: inlineRunner, workFactor: 2 };
    await exportBackup(a.hearth, file, 'a long enough passphrase', fast);
    const afterBackup = createEntry(b.hearth.db(), { author: 'b', body: 'Written on B after the backup', at: at(Date.now() + 1) });
    await b.sync.syncNow();

    await restoreBackup(a.hearth, file, 'a long enough passphrase', { mode: 'replace' }, fast);
    // The restored journal has no sync state (it is this computer's own, never in a backup).
    expect(a.sync.status().on).toBe(false);
    const onA = createEntry(a.hearth.db(), { author: 'a', body: 'Written on A after the restore', at: at(Date.now() + 2) });
    // B shows a code; A, with writing of its own, joins again.
    const { code } = await b.sync.pairingCode();
    await a.sync.join(a.folders.issue(shared).token, 'Robin’s laptop', { pairingCode: code });
    await b.sync.syncNow();
    await a.sync.syncNow();
    for (const side of [a, b]) {
      for (const entry of [before, afterBackup, onA]) expect(getEntry(side.hearth.db(), entry.id)?.body).toBe(entry.body);
    }
  });
});
