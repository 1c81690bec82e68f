import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isAppWindowSender, registerIpc, type InvokeEvent, type InvokeListener } from '../../../../src/main/app/ipc';
import { createHandlers, DATABASE_FILE, type HandlerTable, type Hearth } from '../../../../src/main/core';
import { CHANNEL_NAMES, ipcChannelName, type ChannelName } from '../../../../src/shared/ipc/channels';
import { openTestJournal } from '../../../support/journal';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();

/** Stand-ins for the app window's web contents and frames, as Electron's invoke event shows them. */
const appWindow = { id: 1 };
const appFrame = { url: 'app://hearth/index.html', parent: null };
const trusted: InvokeEvent = { sender: appWindow, senderFrame: appFrame };
const FOREIGN_SENDERS: Record<string, InvokeEvent> = {
  'a foreign page in the app window': { sender: appWindow, senderFrame: { url: 'https://evil.example/', parent: null } },
  'a file:// page': { sender: appWindow, senderFrame: { url: 'file:///tmp/evil.html', parent: null } },
  'another app:// host': { sender: appWindow, senderFrame: { url: 'app://evil/index.html', parent: null } },
  'a subframe of the app page': { sender: appWindow, senderFrame: { url: 'app://hearth/index.html', parent: appFrame } },
  'a frame already gone (null)': { sender: appWindow, senderFrame: null },
  'another web contents': { sender: { id: 2 }, senderFrame: { url: 'app://hearth/index.html', parent: null } },
  'a frame that throws when read': {
    sender: appWindow,
    get senderFrame(): never {
      throw new Error('Render frame was disposed');
    },
  },
};

/** The real core behind the real registration, with every handler call counted. */
async function journalBehindIpc(state: 'needs-setup' | 'locked' | 'open') {
  const { hearth, dataDir } = await openTestJournal(tempDir(), { partners: ['Ada', 'Ben'], setup: state !== 'needs-setup' });
  if (state !== 'needs-setup') {
    await createHandlers(hearth)['entries.create']({ author: 'both', body: 'Our first evening walk.' });
    if (state === 'locked') hearth.lock();
  }
  const real = createHandlers(hearth);
  const called = vi.fn();
  const counted = Object.fromEntries(
    Object.entries(real).map(([name, handler]) => [name, (input: never) => (called(name), (handler as (i: never) => unknown)(input))]),
  ) as unknown as HandlerTable;
  const listeners = new Map<string, InvokeListener[]>();
  registerIpc(
    { handle: (channel, listener) => listeners.set(channel, [...(listeners.get(channel) ?? []), listener]) },
    counted,
    (event) => isAppWindowSender(event, appWindow),
    () => {},
    // The print and dialog channels are main/app's own (print.ts, backup-dialogs.ts, sync-dialog.ts, each
    // with its own test): counted stand-ins here.
    {
      'sheet.print': () => (called('sheet.print'), { printed: false, pages: 1 }),
      'sheet.savePdf': () => (called('sheet.savePdf'), { saved: false as const }),
      'backup.chooseExportPath': () => (called('backup.chooseExportPath'), { cancelled: true as const }),
      'backup.chooseBackupFile': () => (called('backup.chooseBackupFile'), { cancelled: true as const }),
      'sync.chooseFolder': () => (called('sync.chooseFolder'), { cancelled: true as const }),
    },
  );
  const send = (channel: ChannelName, event: InvokeEvent, ...args: unknown[]) =>
    listeners.get(ipcChannelName(channel))![0]!(event, ...args);
  return { hearth, dataDir, called, listeners, send };
}

/** Everything a request could change: status, the vault file, the database and the entries. */
function fingerprint(hearth: Hearth, dataDir: string) {
  const read = (name: string) => (existsSync(join(dataDir, name)) ? readFileSync(join(dataDir, name)).toString('base64') : null);
  const status = hearth.status();
  return {
    status,
    files: existsSync(dataDir) ? readdirSync(dataDir).sort() : [],
    vault: read('vault.json'),
    database: read(DATABASE_FILE),
    wal: read(`${DATABASE_FILE}-wal`),
    entries: status.state === 'open' ? hearth.db().prepare('SELECT count(*) AS n FROM entries').get() : null,
  };
}

const hugeText = 'x'.repeat(1_000_000);
/** Inputs no channel accepts, whatever its schema. */
const MALFORMED_FOR_ANY: [string, unknown][] = [
  ['null', null],
  ['a number', 42],
  ['a boolean', true],
  ['an array', ['Ada', 'Ben']],
  ['an empty array', []],
  ['a huge string', hugeText],
  ['an object with a __proto__ key', JSON.parse('{"__proto__": {"polluted": true}}')],
  ['an object with an unexpected key', { unexpected: 1 }],
];
/** Near misses: shaped like the real input but wrong in one way. */
const MALFORMED_FOR: Partial<Record<ChannelName, [string, unknown][]>> = {
  'setup.create': [
    ['an extra key', { partners: ['Ada', 'Ben'], lock: { lockMode: 'device' }, admin: true }],
    ['names of the wrong type', { partners: [1, 2], lock: { lockMode: 'device' } }],
    ['three partners', { partners: ['Ada', 'Ben', 'Cy'], lock: { lockMode: 'device' } }],
    ['a huge name', { partners: [hugeText, 'Ben'], lock: { lockMode: 'device' } }],
    ['partners as an object', { partners: { 0: 'Ada', 1: 'Ben' }, lock: { lockMode: 'device' } }],
    ['no lock chosen', { partners: ['Ada', 'Ben'] }],
    ['an unknown lock mode', { partners: ['Ada', 'Ben'], lock: { lockMode: 'none' } }],
    ['a passphrase mode without its passphrase', { partners: ['Ada', 'Ben'], lock: { lockMode: 'device+passphrase' } }],
    ['a passphrase on the device mode', { partners: ['Ada', 'Ben'], lock: { lockMode: 'device', passphrase: 'sneaked in here' } }],
    ['a huge passphrase', { partners: ['Ada', 'Ben'], lock: { lockMode: 'device+passphrase', passphrase: hugeText } }],
  ],
  'entries.list': [
    ['an extra key', { limit: 10, all: true }],
    ['a limit as text', { limit: '10' }],
    ['a limit too large', { limit: 1e9 }],
    ['a malformed cursor', { limit: 10, before: { createdAt: 'yesterday', id: 1 } }],
  ],
  'entries.create': [
    ['an extra key', { author: 'a', body: 'Hello', id: 'chosen-by-page' }],
    ['an unknown author', { author: 'mallory', body: 'Hello' }],
    ['a body over the limit', { author: 'a', body: 'x'.repeat(100_001) }],
    ['an empty body', { author: 'a', body: '   ' }],
    ['a mood out of range', { author: 'a', body: 'Hello', mood: 6 }],
    ['a tag with a comma', { author: 'a', body: 'Hello', tags: ['a,b'] }],
    ['a __proto__ key', JSON.parse('{"author": "a", "body": "Hello", "__proto__": {"isAdmin": true}}')],
  ],
};

afterEach(() => {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
});

describe('IPC registration', () => {
  it('registers every contract channel exactly once, and nothing else', async () => {
    const { listeners } = await journalBehindIpc('needs-setup');
    expect([...listeners.keys()].sort()).toEqual(CHANNEL_NAMES.map(ipcChannelName).sort());
    for (const [channel, registered] of listeners) expect(registered, channel).toHaveLength(1);
  });

  it('answers the app window itself (the control for every refusal below)', async () => {
    const { send, called } = await journalBehindIpc('needs-setup');
    expect(await send('app.status', trusted, undefined)).toMatchObject({ ok: true, value: { state: 'needs-setup' } });
    expect(called).toHaveBeenCalledWith('app.status');
  });
});

describe('a sender check that throws', () => {
  it('refuses, as when the window is already destroyed', async () => {
    const listeners = new Map<string, InvokeListener>();
    const { hearth } = await openTestJournal(tempDir(), { setup: false });
    const isTrusted = () => {
      throw new TypeError('Object has been destroyed');
    };
    registerIpc({ handle: (c, l) => listeners.set(c, l) }, createHandlers(hearth), isTrusted, () => {});
    const answer = await listeners.get(ipcChannelName('app.status'))!(trusted, undefined);
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });
});

describe.each(Object.entries(FOREIGN_SENDERS))('a request from %s', (_name, sender) => {
  it.each(CHANNEL_NAMES)('is refused on %s before its handler runs, and changes nothing', async (channel) => {
    const { hearth, dataDir, send, called } = await journalBehindIpc('open');
    const before = fingerprint(hearth, dataDir);
    const input = channel === 'entries.create' ? { author: 'a', body: 'Injected' } : undefined;
    const answer = await send(channel, sender, input);
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(called).not.toHaveBeenCalled();
    expect(fingerprint(hearth, dataDir)).toEqual(before);
  });
});

describe.each(['needs-setup', 'locked', 'open'] as const)('with the journal %s, malformed input', (state) => {
  it.each(CHANNEL_NAMES)('on %s is refused as INVALID_INPUT and changes nothing', async (channel) => {
    const { hearth, dataDir, send, called } = await journalBehindIpc(state);
    const before = fingerprint(hearth, dataDir);
    for (const [what, input] of [...MALFORMED_FOR_ANY, ...(MALFORMED_FOR[channel] ?? [])]) {
      const answer = await send(channel, trusted, input);
      expect(answer, what).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(JSON.stringify(answer), what).not.toContain('xxxxxxxxxx');
    }
    // More than the one argument the preload sends: someone else built this call.
    expect(await send(channel, trusted, undefined, 'extra')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(called).not.toHaveBeenCalled();
    expect(fingerprint(hearth, dataDir)).toEqual(before);
  });
});

describe('what IPC logs', () => {
  it('is the channel and the code, never the input', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const listeners = new Map<string, InvokeListener>();
      const { hearth } = await openTestJournal(tempDir(), { setup: false });
      registerIpc({ handle: (c, l) => listeners.set(c, l) }, createHandlers(hearth), (e) => isAppWindowSender(e, appWindow));
      const create = listeners.get(ipcChannelName('entries.create'))!;
      await create(trusted, { author: 'a', body: 'SECRET-DIARY-TEXT', extra: 'SECRET-EXTRA' });
      await create(FOREIGN_SENDERS['a foreign page in the app window']!, { author: 'a', body: 'SECRET-DIARY-TEXT' });
      await create(trusted, { author: 'a', body: 'SECRET-DIARY-TEXT' }); // no journal yet: NOT_SET_UP
      const lines = warn.mock.calls.map((call) => call.join(' '));
      expect(lines).toEqual([
        '[hearth] entries.create INVALID_INPUT',
        '[hearth] entries.create FORBIDDEN_SENDER',
        '[hearth] entries.create NOT_SET_UP',
      ]);
    } finally {
      warn.mockRestore();
    }
  });
});
