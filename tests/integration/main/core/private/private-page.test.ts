import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncrypted } from '../../../../../src/main/core/db/connection';
import type { HandlerTable } from '../../../../../src/main/core/ipc/handlers';
import { privateDatabaseFile } from '../../../../../src/main/core/private';
import { createOsKeychain } from '../../../../../src/main/core/vault/keychain';
import { readVaultFile } from '../../../../../src/main/core/vault/vault-file';
import { filesContaining, listFiles } from '../../../../support/scan';
import { useTempDirs } from '../../../../support/temp-dir';
import { A_PASSPHRASE, B_PASSPHRASE, JOURNAL_PASSPHRASE, journalAt, MARKER, reopen } from './support';

const tempDir = useTempDirs();
/** Sync handlers throw where async ones reject; IPC turns both into an error answer. */
const run = async <T>(call: () => T | Promise<T>): Promise<T> => call();

/** Every channel that only reads, with a valid input: what a renderer could ask for at any moment. */
const READS = (handlers: HandlerTable) => [
  () => handlers['app.status'](undefined),
  () => handlers['journal.summary'](undefined),
  () => handlers['entries.list']({ limit: 200 }),
  () => handlers['entries.search']({ query: MARKER.slice(0, 14), limit: 50 }),
  () => handlers['entries.search']({ query: 'ñandú', limit: 50 }),
  () => handlers['entries.tags'](undefined),
  () => handlers['entries.trash.list']({ limit: 50 }),
  () => handlers['checkins.list']({ limit: 100 }),
  () => handlers['checkins.latest'](undefined),
  () => handlers['timeline.events']({ limit: 100 }),
  () => handlers['private.status'](undefined),
  () => handlers['private.notes.list']({ partner: 'a', limit: 200 }),
  () => handlers['private.notes.search']({ partner: 'a', query: 'ñandú', limit: 50 }),
  () => handlers['private.checkins.list']({ partner: 'a' }),
  () => handlers['private.notes.list']({ partner: 'b', limit: 200 }),
];

/** Each answer or error as JSON, as it would cross IPC. */
async function everyAnswer(handlers: HandlerTable): Promise<string> {
  const answers: string[] = [];
  for (const read of READS(handlers)) {
    try {
      answers.push(JSON.stringify(await read()));
    } catch (error) {
      answers.push(JSON.stringify({ message: (error as Error).message, code: (error as { code?: string }).code }));
    }
  }
  return answers.join('\n');
}

async function pageWithMarker(dir: string) {
  const journal = await journalAt(dir);
  const { handlers } = journal;
  await handlers['private.create']({ partner: 'a', passphrase: A_PASSPHRASE, withRecoveryCode: true });
  await handlers['private.notes.create']({ partner: 'a', body: `${MARKER} I have not said this aloud yet`, tags: ['alone'] });
  await handlers['private.checkins.create']({ partner: 'a', close: 2, safe: 4, heard: 1, note: `${MARKER} check-in` });
  await handlers['entries.create']({ author: 'a', body: 'A shared line anyone may read' });
  return journal;
}

describe('a private page is sealed', () => {
  it('holds the marker in no file of the data folder, open or locked', async () => {
    const { dataDir, hearth, handlers } = await pageWithMarker(tempDir());
    // Open: the page's file and its write-ahead log exist, and neither holds the words.
    const names = listFiles(dataDir).map((f) => f.slice(dataDir.length + 1));
    expect(names).toEqual(expect.arrayContaining(['private-a.db', 'private-a.json', 'journal.db', 'vault.json']));
    expect((await handlers['private.notes.search']({ partner: 'a', query: 'ñandú', limit: 5 })).notes).toHaveLength(1);
    expect(filesContaining(dataDir, MARKER)).toEqual([]);
    expect(filesContaining(dataDir, 'said this aloud')).toEqual([]);
    await handlers['private.lock'](undefined);
    expect(filesContaining(dataDir, MARKER)).toEqual([]);
    hearth.lock();
    expect(filesContaining(dataDir, MARKER)).toEqual([]);
    expect(filesContaining(dataDir, 'said this aloud')).toEqual([]);
  });

  it('answers nothing of the page on any channel while it is closed, and only whether it exists', async () => {
    const { handlers, hearth } = await pageWithMarker(tempDir());
    // While open, the page answers (so the scan below can fail).
    expect(await everyAnswer(handlers)).toContain(MARKER);
    await handlers['private.lock'](undefined);
    const closed = await everyAnswer(handlers);
    expect(closed).not.toContain(MARKER);
    expect(closed).not.toContain('said this aloud');
    expect(await handlers['private.status'](undefined)).toEqual({ a: { exists: true }, b: { exists: false } });
    // Opening the journal again never opens a page.
    hearth.lock();
    await handlers['vault.unlock']({ method: 'passphrase', passphrase: JOURNAL_PASSPHRASE });
    expect(await everyAnswer(handlers)).not.toContain(MARKER);
  });

  it('locks with every journal lock, and its key no longer opens anything', async () => {
    const { handlers, hearth } = await pageWithMarker(tempDir());
    hearth.lock();
    await hearth.unlock({ method: 'passphrase', passphrase: JOURNAL_PASSPHRASE });
    await expect(run(() => handlers['private.notes.list']({ partner: 'a', limit: 10 }))).rejects.toMatchObject({ code: 'LOCKED' });
    await handlers['private.unlock']({ partner: 'a', method: 'passphrase', passphrase: A_PASSPHRASE });
    expect((await handlers['private.notes.list']({ partner: 'a', limit: 10 })).notes[0]!.body).toContain(MARKER);
  });

  it('one partner cannot read the other’s open page', async () => {
    const { handlers } = await pageWithMarker(tempDir());
    await expect(run(() => handlers['private.notes.list']({ partner: 'b', limit: 10 }))).rejects.toMatchObject({ code: 'LOCKED' });
    await expect(run(() => handlers['private.notes.search']({ partner: 'b', query: 'ñandú', limit: 10 }))).rejects.toMatchObject({ code: 'LOCKED' });
  });
});

describe('only A’s private passphrase opens A’s page', () => {
  it('the journal passphrase, the journal recovery code and B’s passphrase each fail', async () => {
    const { handlers, recoveryCode } = await pageWithMarker(tempDir());
    await handlers['private.create']({ partner: 'b', passphrase: B_PASSPHRASE, withRecoveryCode: false });
    const tries = [
      { partner: 'a' as const, method: 'passphrase' as const, passphrase: JOURNAL_PASSPHRASE },
      { partner: 'a' as const, method: 'passphrase' as const, passphrase: recoveryCode },
      { partner: 'a' as const, method: 'recovery' as const, code: recoveryCode },
      { partner: 'a' as const, method: 'passphrase' as const, passphrase: B_PASSPHRASE },
      { partner: 'b' as const, method: 'passphrase' as const, passphrase: A_PASSPHRASE },
    ];
    for (const attempt of tries) {
      await expect(run(() => handlers['private.unlock'](attempt))).rejects.toMatchObject({
        code: attempt.method === 'passphrase' ? 'WRONG_PASSPHRASE' : 'WRONG_RECOVERY_CODE',
      });
      await expect(run(() => handlers['private.notes.list']({ partner: 'a', limit: 10 }))).rejects.toMatchObject({ code: 'LOCKED' });
    }
    await handlers['private.unlock']({ partner: 'a', method: 'passphrase', passphrase: A_PASSPHRASE });
    expect((await handlers['private.notes.list']({ partner: 'a', limit: 10 })).notes).toHaveLength(1);
  });

  it('neither the journal key nor the device key opens the page file', async () => {
    const { dataDir, hearth, handlers } = await pageWithMarker(tempDir());
    await handlers['private.lock'](undefined);
    const file = privateDatabaseFile(dataDir, 'a');
    await hearth.withDatabaseKey(async ({ dek }) => {
      expect(() => openEncrypted(file, { key: dek, readonly: true })).toThrow(expect.objectContaining({ code: 'WRONG_KEY' }));
    });
    const deviceKey = await createOsKeychain().get(readVaultFile(join(dataDir, 'vault.json'))!.journalId);
    expect(deviceKey).toHaveLength(32);
    expect(() => openEncrypted(file, { key: deviceKey!, readonly: true })).toThrow(expect.objectContaining({ code: 'WRONG_KEY' }));
    // The key file holds no key in the clear, and no reference to the journal's wraps.
    const keyFile = readFileSync(join(dataDir, 'private-a.json'), 'utf8');
    expect(keyFile).not.toContain(deviceKey!.toString('base64'));
    expect(Object.keys(JSON.parse(keyFile) as object).sort()).toEqual(
      ['createdAt', 'format', 'journalId', 'passphrase', 'recovery', 'slot', 'version'].sort(),
    );
  });

  it('the private recovery code opens it when the passphrase is forgotten', async () => {
    const { handlers } = await journalAt(tempDir());
    const { recoveryCode } = await handlers['private.create']({ partner: 'a', passphrase: A_PASSPHRASE, withRecoveryCode: true });
    await handlers['private.notes.create']({ partner: 'a', body: MARKER });
    await handlers['private.lock'](undefined);
    await handlers['private.unlock']({ partner: 'a', method: 'recovery', code: recoveryCode!.toLowerCase() });
    expect((await handlers['private.notes.list']({ partner: 'a', limit: 10 })).notes[0]!.body).toBe(MARKER);
  });
});

describe('share when ready', () => {
  it('moves exactly that one note into the journal, marked as written privately', async () => {
    const { handlers } = await pageWithMarker(tempDir());
    const kept = await handlers['private.notes.create']({ partner: 'a', body: 'This one stays with me', mood: 2 });
    const toShare = await handlers['private.notes.create']({
      partner: 'a',
      body: 'I was scared to say I missed you',
      mood: 3,
      tags: ['missing', 'us'],
      at: { utc: Date.UTC(2026, 10, 2, 21), offsetMinutes: 60 },
    });
    const before = (await handlers['entries.list']({ limit: 100 })).entries;

    const entry = await handlers['private.notes.share']({ partner: 'a', id: toShare.id });

    expect(entry).toMatchObject({
      author: 'a',
      kind: 'free',
      body: 'I was scared to say I missed you',
      mood: 3,
      tags: ['missing', 'us'],
      writtenPrivatelyAt: Date.UTC(2026, 10, 2, 21),
    });
    const after = (await handlers['entries.list']({ limit: 100 })).entries;
    expect(after).toHaveLength(before.length + 1);
    expect(after.filter((e) => !before.some((b) => b.id === e.id))).toEqual([entry]);
    expect(after.every((e) => !e.body.includes(MARKER) && !e.body.includes('stays with me'))).toBe(true);
    expect(after.filter((e) => e.writtenPrivatelyAt)).toHaveLength(1);

    const page = (await handlers['private.notes.list']({ partner: 'a', limit: 100 })).notes;
    expect(page.map((n) => n.id).sort()).toEqual([kept.id, page.find((n) => n.body.includes(MARKER))!.id].sort());
    expect(page.some((n) => n.id === toShare.id)).toBe(false);
    expect(await handlers['private.checkins.list']({ partner: 'a' })).toHaveLength(1);
    expect((await handlers['checkins.list']({ limit: 10 })).checkIns).toEqual([]);
    await expect(run(() => handlers['private.notes.share']({ partner: 'a', id: toShare.id }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('cannot share from a closed page', async () => {
    const { handlers } = await pageWithMarker(tempDir());
    const note = (await handlers['private.notes.list']({ partner: 'a', limit: 1 })).notes[0]!;
    await handlers['private.lock'](undefined);
    await expect(run(() => handlers['private.notes.share']({ partner: 'a', id: note.id }))).rejects.toMatchObject({ code: 'LOCKED' });
    expect((await handlers['entries.list']({ limit: 10 })).entries).toHaveLength(1);
  });
});

describe('the wrong-passphrase delay', () => {
  const stillClock = () => 1_800_000_000_000;
  const recorder = () => {
    const waits: number[] = [];
    return { waits, sleep: async (ms: number) => void waits.push(ms) };
  };

  it('grows with wrong private passphrases and holds across a restart', async () => {
    const first = recorder();
    const { dataDir, handlers, hearth } = await journalAt(tempDir(), { sleep: first.sleep, clock: stillClock });
    await handlers['private.create']({ partner: 'a', passphrase: A_PASSPHRASE, withRecoveryCode: false });
    for (let i = 0; i < 4; i++) {
      await expect(run(() => handlers['private.unlock']({ partner: 'a', method: 'passphrase', passphrase: `not it ${i}` }))).rejects.toMatchObject({
        code: 'WRONG_PASSPHRASE',
      });
    }
    expect(first.waits.filter((ms) => ms > 0)).toEqual([1000]);
    expect(readVaultFile(join(dataDir, 'vault.json'))!.attempts?.['private-a']).toMatchObject({ failures: 4 });
    hearth.lock();

    // A restart: a new core on the same folder.
    const second = recorder();
    const restarted = reopen(dataDir, { sleep: second.sleep, clock: stillClock });
    await restarted.hearth.unlock({ method: 'passphrase', passphrase: JOURNAL_PASSPHRASE });
    await expect(run(() => 
      restarted.handlers['private.unlock']({ partner: 'a', method: 'passphrase', passphrase: 'still not it' }),
    )).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(second.waits.filter((ms) => ms > 0)).toEqual([2000]);
    // The right passphrase still waits its turn, then opens and clears the count.
    await restarted.handlers['private.unlock']({ partner: 'a', method: 'passphrase', passphrase: A_PASSPHRASE });
    expect(second.waits.filter((ms) => ms > 0)).toEqual([2000, 4000]);
    expect(readVaultFile(join(dataDir, 'vault.json'))!.attempts?.['private-a']).toBeUndefined();
  });
});
