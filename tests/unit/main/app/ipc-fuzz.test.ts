/**
 * IPC under attack: for every contract channel, thousands of malformed and hostile payloads
 * go through the real registration (registerIpc on the recording stand-in, from the app's own
 * window) into a real, open journal. Each must come back as a typed answer, the process must
 * live, Object.prototype must stay clean, and the journal must not change.
 *
 * Reproduce a failure with the seed fast-check prints: HEARTH_FUZZ_SEED=<n> npx vitest run …
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerIpc, type InvokeEvent, type InvokeListener } from '../../../../src/main/app/ipc';
import { createHandlers, type AppHandlerTable, type Hearth } from '../../../../src/main/core';
import { CATALOGUE } from '../../../../src/shared/exercises';
import { CHANNEL_NAMES, ipcChannelName, type ChannelName } from '../../../../src/shared/ipc/channels';
import { contract } from '../../../../src/shared/ipc/contract';
import { ERROR_CODES } from '../../../../src/shared/result';
import { openTestJournal } from '../../../support/journal';
import { snapshotDir } from '../../../support/scan';
import { ipcMain, recorded, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const SEED = Number(process.env['HEARTH_FUZZ_SEED'] ?? 20_261_126);
const RUNS_PER_CHANNEL = Number(process.env['HEARTH_FUZZ_RUNS'] ?? 1_500);

/**
 * Channels that change the journal (or touch files named in the input) when their input is
 * valid. They are sent only inputs that are invalid by construction (see `refusedByConstruction`),
 * and must refuse every one without calling their handler.
 */
const CHANGES_STATE = new Set<ChannelName>([
  'setup.create',
  'vault.lock',
  'vault.changeLock',
  'vault.regenerateRecoveryCode',
  'settings.update',
  'entries.create',
  'entries.update',
  'entries.delete',
  'entries.restore',
  'entries.trash.empty',
  'checkins.create',
  'sessions.start',
  'sessions.moveTo',
  'sessions.complete',
  'sessions.abandon',
  'deck.skipToday',
  'deck.draw',
  'deck.favourite',
  'deck.talked',
  'fortnight.get', // starts the fortnight on the day it is first shown
  'fortnight.update',
  'private.create',
  'private.unlock', // counts a wrong try
  'private.notes.create',
  'private.notes.update',
  'private.notes.delete',
  'private.notes.share',
  'private.checkins.create',
  'backup.export',
  'backup.inspect',
  'backup.restore',
  'backup.safetyCopies.delete',
  // Sync writes into its folder and its keys; while it is off, core refuses these by what they
  // ask (no folder chosen, not on), which is not a malformed input: only malformed ones are sent.
  'sync.start',
  'sync.pairingCode',
  'sync.join',
  'sync.now',
  'sync.removeComputer',
  'sync.stop',
]);

// ── hostile material ──────────────────────────────────────────────────────────────────────
const MEGABYTE = 1 << 20;
const UNKNOWN_KEY = 'hearth-fuzz-unknown-key';
const HUGE_MARK = 'x'.repeat(64);

/** Built fresh for every payload (thunks), so nothing one request does can leak into the next. */
const deepObject = (depth = 10_000) => {
  const root: Record<string, unknown> = {};
  let node = root;
  for (let i = 0; i < depth; i++) node = (node['a'] = {}) as Record<string, unknown>;
  return root;
};
const deepArray = (depth = 10_000) => {
  const root: unknown[] = [];
  let node = root;
  for (let i = 0; i < depth; i++) {
    const next: unknown[] = [];
    node.push(next);
    node = next;
  }
  return root;
};
const deepJson = (depth = 10_000) => JSON.parse(`${'{"__proto__":'.repeat(depth)}{"polluted":true}${'}'.repeat(depth)}`);
const sparse = () => {
  const array: unknown[] = [];
  array[100_000] = 'a';
  array[3] = 'b';
  return array;
};
/**
 * What a stack overflow inside the validator looks like from dispatch's side: reading the
 * input throws. (Only fast-check's own symbol, to print it, reads without throwing.)
 */
const throwsWhenRead = () => ({
  [fc.toStringMethod]: () => 'an object whose getters throw RangeError',
  get limit(): never {
    throw new RangeError('Maximum call stack size exceeded');
  },
  get id(): never {
    throw new RangeError('Maximum call stack size exceeded');
  },
});
const proxyThatThrows = () =>
  new Proxy(
    {},
    {
      get(_target, key) {
        if (key === fc.toStringMethod) return () => 'a proxy that throws on every read';
        if (typeof key === 'symbol') return undefined;
        throw new RangeError('Maximum call stack size exceeded');
      },
      ownKeys() {
        throw new TypeError('ownKeys refused');
      },
    },
  );

const HOSTILE_LEAVES: (() => unknown)[] = [
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => Number.NEGATIVE_INFINITY,
  () => -0,
  () => 1e308,
  () => Number.MAX_SAFE_INTEGER + 2,
  () => 0.5,
  () => -1,
  () => '',
  () => ' ',
  () => '\0',
  () => 'x'.repeat(MEGABYTE),
  () => '😀'.repeat(MEGABYTE / 2),
  () => '\uD800'.repeat(MEGABYTE),
  () => `${HUGE_MARK}${'\u202E'.repeat(MEGABYTE)}`,
  () => null,
  () => undefined,
  () => true,
  () => [],
  () => ({}),
  () => new Uint8Array(16),
  () => new Float64Array([Number.NaN, Number.POSITIVE_INFINITY]),
  () => new ArrayBuffer(8),
  () => new Date(Number.NaN),
  () => new Date(0),
  () => new Map([['limit', 10]]),
  () => new Set(['a']),
  () => Object.create(null),
  () => Object.assign(Object.create(null), { limit: 10, id: 'x' }),
  // eslint-disable-next-line no-new-wrappers
  () => new String('a'),
  // eslint-disable-next-line no-new-wrappers
  () => new Number(5),
  () => Object.assign(['a', 'b'], { limit: 10 }),
  () => ({ length: 2, 0: 'a', 1: 'b' }),
  () => ({ toString: 'x', valueOf: 'y', hasOwnProperty: 'z', then: 'w' }),
  () => ({ then: 'not a function' }),
  () => Object.create({ limit: 10, id: 'inherited', author: 'a', body: 'inherited' }),
  sparse,
  deepObject,
  deepArray,
  deepJson,
  throwsWhenRead,
  proxyThatThrows,
];
const hostileLeaf = fc.integer({ min: 0, max: HOSTILE_LEAVES.length - 1 }).map((i) => HOSTILE_LEAVES[i]!());

/** A JSON text with `__proto__`, `constructor` or `prototype` at some depth, parsed: own keys, as IPC would deliver them. */
const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype'];
const pollutingJson = fc
  .tuple(
    fc.array(fc.constantFrom(...POLLUTING_KEYS, 'a', 'filter', 'lock', 'sheet', 'choice', 'before'), { minLength: 1, maxLength: 5 }),
    fc.constantFrom('{"polluted":true}', '{"isAdmin":true,"toString":"pwned"}', '"polluted"', '[1,2]', 'null'),
  )
  .map(([path, leaf]) => JSON.parse(path.reduceRight((inner, key) => `{"${key}":${inner}}`, leaf)) as unknown);

// ── a valid input per channel: the base that near misses are made from ─────────────────
const ids = { entry: '', session: '' };
const validSheet = () => ({
  format: 'hearth-conversation-sheet',
  version: 1,
  paper: 'A4',
  title: 'Our evening',
  date: '2026-11-26',
  dateLabel: '26 November 2026',
  names: { a: 'Ada', b: 'Ben' },
  notice: 'Paper is not encrypted.',
  excerpt: null,
  exercises: [
    {
      id: 'three-minutes-each',
      title: 'Three minutes each',
      theme: 'Listen to understand',
      minutes: 10,
      why: 'Being heard without interruption helps.',
      safetyNote: null,
      turns: [
        { key: 'a', role: 'speaker', who: 'Ada', label: 'Ada speaks', title: 'Speak', instruction: null, timer: null, prompts: [], lines: 0, then: null },
      ],
      reflection: [],
      notesLines: 0,
    },
  ],
});
const VALID: Record<ChannelName, () => unknown> = {
  'app.status': () => undefined,
  'setup.create': () => ({ partners: ['Ada', 'Ben'], lock: { lockMode: 'device' } }),
  'vault.unlock': () => ({ method: 'device' }),
  'vault.lock': () => undefined,
  'vault.changeLock': () => ({ choice: { lockMode: 'device+passphrase', passphrase: 'a long enough passphrase' } }),
  'vault.regenerateRecoveryCode': () => ({}),
  'settings.get': () => undefined,
  'settings.update': () => ({ autoLockMinutes: 10 }),
  'journal.summary': () => undefined,
  'entries.list': () => ({ limit: 10, filter: { authors: ['a', 'both'] } }),
  'entries.get': () => ({ id: ids.entry }),
  'entries.create': () => ({ author: 'a', body: 'Injected by the fuzzer', tags: ['us'] }),
  'entries.update': () => ({ id: ids.entry, body: 'Rewritten by the fuzzer' }),
  'entries.delete': () => ({ id: ids.entry }),
  'entries.restore': () => ({ id: ids.entry }),
  'entries.trash.list': () => ({ limit: 10 }),
  'entries.trash.empty': () => ({ confirm: true }),
  'entries.search': () => ({ query: 'walk', limit: 10 }),
  'entries.tags': () => undefined,
  'checkins.create': () => ({ partner: 'a', close: 3, safe: 4, heard: 5 }),
  'checkins.list': () => ({ limit: 10 }),
  'checkins.latest': () => undefined,
  'timeline.get': () => ({ from: '2026-01-01', to: '2026-12-31', bucket: 'month', weekStartsOn: 1 }),
  'timeline.events': () => ({ limit: 10 }),
  'sessions.start': () => ({ exerciseId: CATALOGUE[0]!.id }),
  'sessions.get': () => ({ id: ids.session }),
  'sessions.inProgress': () => undefined,
  'sessions.recent': () => ({ limit: 5 }),
  'sessions.moveTo': () => ({ id: ids.session, stepIndex: 1 }),
  'sessions.complete': () => ({ id: ids.session, reflections: [] }),
  'sessions.abandon': () => ({ id: ids.session }),
  'home.suggestion': () => undefined,
  'deck.today': () => ({}),
  'deck.skipToday': () => ({}),
  'deck.draw': () => ({ deckId: 'memories' }),
  'deck.favourite': () => ({ questionId: 'memories-01', favourite: true }),
  'deck.favourites': () => undefined,
  'deck.talked': () => ({ questionId: 'memories-01' }),
  'fortnight.get': () => ({}),
  'fortnight.update': () => ({ done: 1 }),
  'private.status': () => undefined,
  'private.create': () => ({ partner: 'a', passphrase: 'a long enough passphrase', withRecoveryCode: false }),
  'private.unlock': () => ({ partner: 'a', method: 'passphrase', passphrase: 'a long enough passphrase' }),
  'private.lock': () => undefined,
  'private.notes.list': () => ({ partner: 'a', limit: 10 }),
  'private.notes.create': () => ({ partner: 'a', body: 'Injected by the fuzzer' }),
  'private.notes.update': () => ({ partner: 'a', id: 'some-note', body: 'Rewritten by the fuzzer' }),
  'private.notes.delete': () => ({ partner: 'a', id: 'some-note' }),
  'private.notes.search': () => ({ partner: 'a', query: 'walk', limit: 10 }),
  'private.notes.share': () => ({ partner: 'a', id: 'some-note' }),
  'private.checkins.create': () => ({ partner: 'a', close: 3, safe: 4, heard: 5 }),
  'private.checkins.list': () => ({ partner: 'a' }),
  // Well-formed tokens no dialog issued: valid input, refused by core without touching a file.
  'backup.export': () => ({ token: 'F'.repeat(43), passphrase: 'a long enough passphrase' }),
  'backup.inspect': () => ({ token: 'F'.repeat(43), passphrase: 'a long enough passphrase' }),
  'backup.restore': () => ({ token: 'F'.repeat(43), passphrase: 'a long enough passphrase', mode: 'replace' }),
  'backup.safetyCopies.list': () => undefined,
  'backup.safetyCopies.delete': () => ({ id: 'some-copy' }),
  'backup.chooseExportPath': () => undefined,
  'backup.chooseBackupFile': () => undefined,
  'sheet.print': () => ({ sheet: validSheet() }),
  'sheet.savePdf': () => ({ sheet: validSheet() }),
  'sync.status': () => undefined,
  // A well-formed folder token no dialog issued, as for backup.
  'sync.start': () => ({ folder: 'F'.repeat(43), computerName: 'Robin’s laptop' }),
  'sync.pairingCode': () => undefined,
  'sync.join': () => ({ folder: 'F'.repeat(43), computerName: 'Sam’s laptop', pairingCode: '7K2QM-0D4XA-9TR5B-HW3NC-Z8P1RT' }),
  'sync.now': () => undefined,
  'sync.removeComputer': () => ({ id: 'a'.repeat(32) }),
  'sync.stop': () => undefined,
  'entries.history': () => ({ id: ids.entry }),
  'sync.chooseFolder': () => undefined,
};

/** The valid input with one thing wrong or hostile: a value replaced, a key added, a key removed, nested deeper. */
function nearMisses(channel: ChannelName): fc.Arbitrary<unknown> {
  const base = VALID[channel];
  const keysOf = () => {
    const value = base();
    return value && typeof value === 'object' ? Object.keys(value) : [];
  };
  const keys = keysOf();
  const withValue = (key: string, value: unknown) => {
    const input = base() as Record<string, unknown>;
    Object.defineProperty(input, key, { value, enumerable: true, configurable: true, writable: true });
    return input;
  };
  const variants: fc.Arbitrary<unknown>[] = [
    // an extra key, possibly one that lives on Object.prototype, with a hostile value
    fc
      .tuple(fc.constantFrom(...POLLUTING_KEYS, 'toString', 'hasOwnProperty', 'then', UNKNOWN_KEY), hostileLeaf)
      .map(([key, value]) => (keys.length ? withValue(key, value) : { [key]: value })),
    // the whole valid input wrapped one level deeper, or in an array
    fc.constantFrom('wrap', 'array').map((how) => (how === 'wrap' ? { input: base() } : [base()])),
    // a polluting JSON object merged in at the top
    pollutingJson.map((polluting) =>
      polluting && typeof polluting === 'object' && !Array.isArray(polluting) && keys.length
        ? Object.assign(base() as object, JSON.parse(JSON.stringify(polluting)))
        : polluting,
    ),
  ];
  if (keys.length) {
    // one expected key with a wrong or hostile value, or with polluting JSON, or missing
    variants.push(fc.tuple(fc.constantFrom(...keys), hostileLeaf).map(([key, value]) => withValue(key, value)));
    variants.push(fc.tuple(fc.constantFrom(...keys), pollutingJson).map(([key, value]) => withValue(key, value)));
    variants.push(
      fc.constantFrom(...keys).map((key) => {
        const input = base() as Record<string, unknown>;
        delete input[key];
        return input;
      }),
    );
  }
  return fc.oneof(...variants);
}

/** Anything at all, including the odd corners of JavaScript values (no symbols: IPC cannot carry them). */
const anything = fc.anything({
  maxDepth: 4,
  maxKeys: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary',
});

function payloads(channel: ChannelName): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: anything, weight: 4 },
    { arbitrary: hostileLeaf, weight: 3 },
    { arbitrary: pollutingJson, weight: 2 },
    { arbitrary: nearMisses(channel), weight: 5 },
    // valid inputs, so the "answers with a value" half of the property is exercised too
    { arbitrary: fc.constant(null).map(() => VALID[channel]()), weight: 1 },
  );
}

/**
 * Makes a payload that the channel's schema must refuse: every state-changing channel takes a
 * strict object (an own key it does not know is refused) or, for vault.lock, nothing at all.
 */
/** Channels that take no input and change state: `null` is their malformed input. */
const NO_INPUT_CHANGES = new Set<ChannelName>(['vault.lock', 'sync.pairingCode', 'sync.now', 'sync.stop']);

function refusedByConstruction(channel: ChannelName, payload: unknown): unknown {
  if (NO_INPUT_CHANGES.has(channel)) return payload === undefined ? null : payload;
  if (payload === null || typeof payload !== 'object') return payload;
  try {
    Object.defineProperty(payload, UNKNOWN_KEY, { value: true, enumerable: true, configurable: true, writable: true });
    return payload;
  } catch {
    return [payload]; // an object that refuses a new key (a hostile proxy): an array is refused too
  }
}

// ── the oracle ───────────────────────────────────────────────────────────────────────────
const KNOWN_CODES = new Set<string>(ERROR_CODES);

/** What the contract's own schema says about this input; a validator that throws means refused. */
function schemaAccepts(channel: ChannelName, payload: unknown): boolean {
  try {
    return contract[channel].input.safeParse(payload).success;
  } catch {
    return false;
  }
}

function expectTypedAnswer(channel: ChannelName, answer: unknown): void {
  expect(answer && typeof answer === 'object', `${channel}: an answer object`).toBe(true);
  const result = answer as { ok: unknown; value?: unknown; error?: { code: unknown; message: unknown } };
  if (result.ok === true) {
    expect(Object.keys(result).sort()).toEqual(['ok', 'value']);
    expect(contract[channel].output.safeParse(result.value).success, `${channel}: the value fits the contract`).toBe(true);
    return;
  }
  expect(result.ok).toBe(false);
  expect(Object.keys(result).sort()).toEqual(['error', 'ok']);
  expect(Object.keys(result.error!).sort()).toEqual(['code', 'message']);
  expect(KNOWN_CODES.has(result.error!.code as string), `${channel}: known code ${String(result.error!.code)}`).toBe(true);
  expect(typeof result.error!.message).toBe('string');
  expect(result.error!.message as string).not.toMatch(/\n\s+at |Error:|RangeError|TypeError/);
}

const prototypesNow = () => ({
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
  func: Object.getOwnPropertyNames(Function.prototype).sort(),
});

// ── the journal behind the real registration ───────────────────────────────────────────
const trusted: InvokeEvent = { sender: { id: 1 }, senderFrame: { url: 'app://hearth/index.html', parent: null } };
let dataDir = '';
let hearth: Hearth;
const called = new Map<string, number>();
const sent = new Map<ChannelName, { total: number; valid: number; refused: number; otherErrors: number }>();
const prototypesBefore = prototypesNow();

const entryCount = () => (hearth.db().prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
/** The journal's folder, byte for byte. The -shm file is SQLite's shared-memory index: readers update it, it holds no data. */
const journalState = () => {
  const files = Object.fromEntries(
    [...snapshotDir(dataDir)]
      .filter(([file]) => !file.endsWith('-shm'))
      .map(([file, bytes]) => [basename(file), createHash('sha256').update(bytes).digest('hex').slice(0, 16)]),
  );
  return { files, entries: entryCount(), status: hearth.status() };
};

beforeAll(async () => {
  resetFakeElectron();
  ({ hearth, dataDir } = await openTestJournal(mkdtempSync(join(tmpdir(), 'hearth-fuzz-')), { partners: ['Ada', 'Ben'] }));
  const handlers = createHandlers(hearth);
  ids.entry = (await handlers['entries.create']({ author: 'both', body: 'Our first evening walk.' })).id;
  await handlers['entries.create']({ author: 'a', body: 'A quiet morning.', tags: ['us'] });
  await handlers['checkins.create']({ partner: 'b', close: 4, safe: 5, heard: 3 });
  ids.session = (await handlers['sessions.start']({ exerciseId: CATALOGUE[0]!.id })).id;

  // Every handler counts its calls; the app-level (print) ones are stand-ins that change nothing.
  const counting = <T extends object>(table: T): T =>
    Object.fromEntries(
      Object.entries(table).map(([name, handler]) => [
        name,
        (input: unknown) => {
          called.set(name, (called.get(name) ?? 0) + 1);
          return (handler as (input: unknown) => unknown)(input);
        },
      ]),
    ) as T;
  const printStandIns: AppHandlerTable = {
    'sheet.print': async () => ({ printed: false, pages: 1 }),
    'sheet.savePdf': async () => ({ saved: false }),
    'backup.chooseExportPath': async () => ({ cancelled: true as const }),
    'backup.chooseBackupFile': async () => ({ cancelled: true as const }),
    'sync.chooseFolder': async () => ({ cancelled: true as const }),
  };
  registerIpc(ipcMain, counting(handlers), (event) => event === trusted, () => {}, counting(printStandIns));
}, 60_000);

afterAll(() => {
  hearth?.lock();
  if (dataDir) rmSync(join(dataDir, '..'), { recursive: true, force: true });
  const rows = [...sent].map(([channel, n]) => `  ${channel.padEnd(28)} ${String(n.total).padStart(6)} sent  ${String(n.valid).padStart(5)} valid  ${String(n.refused).padStart(6)} INVALID_INPUT  ${String(n.otherErrors).padStart(5)} other errors`);
  const total = [...sent.values()].reduce((sum, n) => sum + n.total, 0);
  console.log(`IPC fuzz (seed ${SEED}): payloads per channel\n${rows.join('\n')}\n  ${'total'.padEnd(28)} ${String(total).padStart(6)} sent over ${sent.size} channels`);
});

const listenerFor = (channel: ChannelName): InvokeListener => {
  const found = recorded.ipcHandlers.filter((h) => h.channel === ipcChannelName(channel));
  expect(found).toHaveLength(1);
  return found[0]!.listener as InvokeListener;
};

describe('IPC under attack', () => {
  it('registers every contract channel', () => {
    expect(recorded.ipcHandlers.map((h) => h.channel).sort()).toEqual(CHANNEL_NAMES.map(ipcChannelName).sort());
  });

  it.each(CHANNEL_NAMES.map((channel, index) => [channel, index] as const))(
    '%s answers every hostile payload with a typed result, and the journal does not change',
    async (channel, index) => {
      const listener = listenerFor(channel);
      const before = journalState();
      const changesState = CHANGES_STATE.has(channel);
      const counts = { total: 0, valid: 0, refused: 0, otherErrors: 0 };
      sent.set(channel, counts);

      await fc.assert(
        fc.asyncProperty(payloads(channel), fc.boolean(), async (generated, extraArgument) => {
          const payload = changesState ? refusedByConstruction(channel, generated) : generated;
          const accepts = !extraArgument && schemaAccepts(channel, payload);
          if (changesState) expect(accepts, `${channel}: the payload was built to be invalid`).toBe(false);
          const callsBefore = called.get(channel) ?? 0;

          // More arguments than the preload ever sends is itself malformed.
          const answer = extraArgument ? await listener(trusted, payload, 'extra') : await listener(trusted, payload);
          counts.total += 1;

          expectTypedAnswer(channel, answer);
          const handlerRan = (called.get(channel) ?? 0) > callsBefore;
          if (accepts) {
            counts.valid += 1;
            expect(handlerRan, `${channel}: a valid input reaches its handler`).toBe(true);
            expect((answer as { error?: { code: string } }).error?.code).not.toBe('INVALID_INPUT');
          } else {
            expect(answer, `${channel}: refused`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
            expect(handlerRan, `${channel}: a refused input never reaches its handler`).toBe(false);
          }
          if (answer.ok === false) counts[answer.error.code === 'INVALID_INPUT' ? 'refused' : 'otherErrors'] += 1;
          // Nothing of a huge input comes back.
          expect(JSON.stringify(answer).length).toBeLessThan(100_000);
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
          expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
        }),
        { numRuns: RUNS_PER_CHANNEL, seed: SEED + index, endOnFailure: true },
      );

      expect(counts.total).toBeGreaterThanOrEqual(RUNS_PER_CHANNEL);
      expect(prototypesNow()).toEqual(prototypesBefore);
      expect(journalState()).toEqual(before);
    },
    60_000,
  );

  it('leaves the journal open and whole, and the prototypes clean, after all of it', async () => {
    expect(hearth.status().state).toBe('open');
    expect(entryCount()).toBe(2);
    expect((hearth.db().pragma('integrity_check') as { integrity_check: string }[])[0]?.integrity_check).toBe('ok');
    expect(prototypesNow()).toEqual(prototypesBefore);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
