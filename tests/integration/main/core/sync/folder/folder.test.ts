import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as realFs from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDevice, createKeyring, currentEpoch, memberOf, removeDevice, rotateEpoch, seal, SyncFolder, type FolderFs } from '../../../../../../src/main/core/sync/folder';
import { useTempDirs } from '../../../../../support/temp-dir';
import { computer, HEARTH_NAME, mountTmpfs, NOW, pair, syncUp, unmount } from './support';

const tempDir = useTempDirs();
const text = (s: string) => Buffer.from(s, 'utf8');

describe('the shared folder', () => {
  it('a change written on one computer is read on the other, under a random name', async () => {
    const dir = tempDir();
    const { a, b } = pair(dir);
    const name = await a.folder.write('data', text('change one'));
    expect(name).toMatch(HEARTH_NAME);
    expect(readdirSync(dir)).toEqual([name]);
    const scan = await b.folder.scan();
    expect(scan.rejected).toEqual([]);
    expect(scan.accepted).toHaveLength(1);
    expect(scan.accepted[0]).toMatchObject({ name, kind: 'data', device: a.identity.deviceId });
    expect(scan.accepted[0]!.bytes.toString()).toBe('change one');
    expect(scan.accepted[0]!.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports each file once, and only what is new since the last scan', async () => {
    const dir = tempDir();
    const { a, b } = pair(dir);
    await a.folder.write('data', text('one'));
    expect((await b.folder.scan()).accepted).toHaveLength(1);
    expect((await b.folder.scan()).accepted).toHaveLength(0);
    await a.folder.write('data', text('two'));
    expect((await b.folder.scan()).accepted.map((i) => i.bytes.toString())).toEqual(['two']);
    // The writer does not read back its own files.
    expect((await a.folder.scan()).accepted).toHaveLength(0);
  });

  it('remembers what it read across a restart through exported state', async () => {
    const dir = tempDir();
    const { a, b } = pair(dir);
    await a.folder.write('data', text('one'));
    await b.folder.scan();
    const state = b.folder.exportState();
    const again = new SyncFolder({ dir, identity: b.identity, keyring: () => b.keyring });
    again.importState(state);
    expect((await again.scan()).accepted).toHaveLength(0);
    const fresh = new SyncFolder({ dir, identity: b.identity, keyring: () => b.keyring });
    fresh.importState('not json');
    expect((await fresh.scan()).accepted).toHaveLength(1);
  });

  it('ignores temp and partial files, but reads Dropbox and Syncthing conflict copies like any other', async () => {
    const dir = tempDir();
    const { a, b } = pair(dir);
    const name = await a.folder.write('data', text('edited on both'));
    const stem = name.replace('.hearth', '');
    const original = join(dir, name);
    copyFileSync(original, join(dir, `${stem} (conflicted copy 2026-12-05).hearth`));
    copyFileSync(original, join(dir, `${stem}.sync-conflict-20261205-101010-ABCDEFG.hearth`));
    for (const junk of [`.${name}.1a2b3c.tmp`, `.syncthing.${name}.tmp`, `~${name}`, `${name}.tmp`, `${stem}.part`]) writeFileSync(join(dir, junk), 'half');
    const scan = await b.folder.scan();
    expect(scan.rejected).toEqual([]);
    expect(scan.accepted).toHaveLength(3);
    expect(new Set(scan.accepted.map((i) => i.digest)).size).toBe(1);
  });

  it('a file cut short by the sync tool is rejected, then accepted once the tool completes it', async () => {
    const dir = tempDir();
    const { a, b } = pair(dir);
    const name = await a.folder.write('data', text('arrives in two parts'));
    const whole = readFileSync(join(dir, name));
    writeFileSync(join(dir, name), whole.subarray(0, 600));
    expect(await b.folder.scan()).toEqual({ accepted: [], rejected: [{ name, reason: 'damaged' }] });
    // Unchanged, it is not tried again.
    expect(await b.folder.scan()).toEqual({ accepted: [], rejected: [] });
    writeFileSync(join(dir, name), whole);
    const scan = await b.folder.scan();
    expect(scan.rejected).toEqual([]);
    expect(scan.accepted.map((i) => i.bytes.toString())).toEqual(['arrives in two parts']);
  });

  it('a flipped byte in any file of the folder is rejected as damaged and never read', async () => {
    const dir = tempDir();
    const { a, b } = pair(dir);
    const names = [await a.folder.write('data', text('first')), await a.folder.write('data', text('second'))];
    for (const [i, name] of names.entries()) {
      const bytes = readFileSync(join(dir, name));
      const at = i === 0 ? 20 : bytes.length - 300;
      bytes[at] = bytes[at]! ^ 0x80;
      writeFileSync(join(dir, name), bytes);
    }
    const scan = await b.folder.scan();
    expect(scan.accepted).toEqual([]);
    expect(scan.rejected.map((r) => r.reason)).toEqual(['damaged', 'damaged']);
  });

  it("files of another journal in the same folder are rejected as other-journal, and change nothing", async () => {
    const dir = tempDir();
    const { a, b } = pair(dir);
    const outsider = computer(dir);
    outsider.keyring = createKeyring(outsider.identity, 'Someone else', NOW);
    const theirs = await outsider.folder.write('data', text('not yours'));
    await a.folder.write('data', text('ours'));
    const scan = await b.folder.scan();
    expect(scan.accepted.map((i) => i.bytes.toString())).toEqual(['ours']);
    expect(scan.rejected).toEqual([{ name: theirs, reason: 'other-journal' }]);
  });

  it('a file planted larger than any Hearth file is rejected unread', async () => {
    const dir = tempDir();
    const { b } = pair(dir);
    const small = new SyncFolder({ dir, identity: b.identity, keyring: () => b.keyring, maxFileBytes: 4096 });
    writeFileSync(join(dir, `${'a'.repeat(32)}.hearth`), Buffer.alloc(8192));
    expect((await small.scan()).rejected).toEqual([{ name: `${'a'.repeat(32)}.hearth`, reason: 'damaged' }]);
  });

  it('removes only files this computer wrote', async () => {
    const dir = tempDir();
    const { a, b } = pair(dir);
    const mine = await a.folder.write('data', text('mine'));
    const theirs = await b.folder.write('data', text('theirs'));
    await expect(a.folder.remove(theirs)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(a.folder.remove('../../etc/passwd')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await a.folder.remove(mine);
    expect(readdirSync(dir)).toEqual([theirs]);
  });
});

describe('keys that change', () => {
  it('a change delivered before the epoch change it needs is read once that arrives', async () => {
    const dir = tempDir();
    const away = tempDir();
    const { a, b } = pair(dir);
    const rotation = rotateEpoch(a.keyring, a.identity, NOW);
    a.keyring = rotation.keyring;
    const control = await a.folder.writeSealed(rotation.file);
    renameSync(join(dir, control), join(away, control)); // the sync tool has not brought it yet
    const data = await a.folder.write('data', text('sealed in the new epoch'));
    expect(await syncUp(b)).toEqual({ data: [], rejected: ['other-journal'] });
    // Unchanged and with nothing new learnt, it is not tried again.
    expect(await syncUp(b)).toEqual({ data: [], rejected: [] });
    renameSync(join(away, control), join(dir, control));
    expect(await syncUp(b)).toEqual({ data: ['sealed in the new epoch'], rejected: [] });
    expect(b.keyring.current).toBe(a.keyring.current);
    expect(readdirSync(dir).sort()).toEqual([control, data].sort());
  });

  it('a removed computer, with the folder and every old key, reads nothing written after, and what it writes is refused', async () => {
    const dir = tempDir();
    const { a, b } = pair(dir);
    const c = computer(dir, a.keyring);
    const add = addDevice(a.keyring, a.identity, memberOf(c.identity, 'Old desktop'), NOW);
    a.keyring = add.keyring;
    await a.folder.writeSealed(add.file);
    await syncUp(b);
    await syncUp(c);
    await a.folder.write('data', text('all three read this'));
    expect((await syncUp(c)).data).toEqual(['all three read this']);

    const removal = removeDevice(a.keyring, a.identity, c.identity.deviceId, NOW);
    a.keyring = removal.keyring;
    await a.folder.writeSealed(removal.file);
    await syncUp(b);
    await a.folder.write('data', text('after the removal, from A'));
    await b.folder.write('data', text('after the removal, from B'));

    const seenByC = await syncUp(c);
    expect(c.keyring.removedHere).toBe(true);
    expect(seenByC.data).toEqual([]);
    expect(seenByC.rejected).toEqual(['other-journal', 'other-journal']);

    // Hearth on C stops writing; a changed copy of it that writes anyway is refused by the others.
    await expect(c.folder.write('data', text('C tries to write on'))).rejects.toMatchObject({ code: 'SYNC_NOT_MEMBER' });
    await c.folder.writeSealed(seal(currentEpoch(c.keyring), 'data', c.identity, text('C tries to write on')));
    expect(await syncUp(b)).toEqual({ data: ['after the removal, from A'], rejected: ['not-member'] });
  });
});

const noPath = (dir: string) => (error: { message: string }) => !error.message.includes(dir) && !error.message.includes('/');

describe('when the folder cannot be used', () => {
  it('a missing folder says so, for writing and for scanning, without a path', async () => {
    const dir = tempDir();
    const gone = join(dir, 'Shared');
    const { a } = pair(gone);
    const err1 = await a.folder.write('data', text('x')).catch((e: unknown) => e as { code: string; message: string });
    const err2 = await a.folder.scan().catch((e: unknown) => e as { code: string; message: string });
    for (const error of [err1, err2]) {
      expect(error).toMatchObject({ code: 'SYNC_FOLDER_MISSING' });
      expect(noPath(gone)(error as { message: string })).toBe(true);
    }
  });

  it('a read-only folder says it cannot be written, and leaves no temp file', async () => {
    const dir = tempDir();
    const ro = join(dir, 'ro');
    const mounted = mountTmpfs(ro, '1m', true);
    if (!mounted) {
      // Without mount, a folder without write permission (only effective when not root).
      mkdirSync(ro, { recursive: true });
      chmodSync(ro, 0o500);
    }
    console.info(`read-only folder: ${mounted ? 'a read-only tmpfs' : 'chmod 0500'}`);
    try {
      const { a } = pair(ro);
      const error = await a.folder.write('data', text('x')).catch((e: unknown) => e as { code: string; message: string });
      expect(error).toMatchObject({ code: 'SYNC_FOLDER_READ_ONLY' });
      expect(noPath(ro)(error as { message: string })).toBe(true);
      expect(readdirSync(ro)).toEqual([]);
    } finally {
      if (mounted) unmount(ro);
    }
  });

  it('a full disk says so and leaves no temp file behind (a real 64 KiB tmpfs)', async ({ skip }) => {
    const dir = tempDir();
    const tiny = join(dir, 'tiny');
    if (!mountTmpfs(tiny, '64k')) {
      skip('mounting a tmpfs is not permitted here; the injected ENOSPC test below covers the mapping');
      return;
    }
    try {
      const { a } = pair(tiny);
      let error: { code?: string; message: string } | undefined;
      const written: string[] = [];
      for (let i = 0; i < 200 && !error; i++) {
        try {
          written.push(await a.folder.write('data', Buffer.alloc(6000, i)));
        } catch (e) {
          error = e as { code: string; message: string };
        }
      }
      expect(error).toMatchObject({ code: 'SYNC_DISK_FULL' });
      expect(noPath(tiny)(error!)).toBe(true);
      expect(readdirSync(tiny).sort()).toEqual(written.sort());
    } finally {
      unmount(tiny);
    }
  });

  it('a full disk reported by the file system (injected ENOSPC) maps to SYNC_DISK_FULL, temp file removed', async () => {
    const dir = tempDir();
    const a = computer(dir);
    a.keyring = createKeyring(a.identity, 'A', NOW);
    const full: FolderFs = {
      ...realFs,
      open: (async (...args: Parameters<typeof realFs.open>) => {
        const handle = await realFs.open(...args);
        if (args[1] !== 'wx') return handle;
        handle.writeFile = async () => {
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        };
        return handle;
      }) as typeof realFs.open,
    };
    const folder = new SyncFolder({ dir, identity: a.identity, keyring: () => a.keyring, fs: full });
    await expect(folder.write('data', text('x'))).rejects.toMatchObject({ code: 'SYNC_DISK_FULL' });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a file moved into the folder while being scanned', () => {
  it('a rename between listing and reading is skipped, not an error', async () => {
    const dir = tempDir();
    const { a, b } = pair(dir);
    const name = await a.folder.write('data', text('moving'));
    const racing: FolderFs = {
      ...realFs,
      readdir: (async (...args: Parameters<typeof realFs.readdir>) => {
        const names = await realFs.readdir(...args);
        renameSync(join(dir, name), join(dir, `${'b'.repeat(32)}.hearth`));
        return names;
      }) as typeof realFs.readdir,
    };
    const folder = new SyncFolder({ dir, identity: b.identity, keyring: () => b.keyring, fs: racing });
    expect(await folder.scan()).toEqual({ accepted: [], rejected: [] });
    expect(existsSync(join(dir, name))).toBe(false);
    rmSync(join(dir, `${'b'.repeat(32)}.hearth`));
  });
});
