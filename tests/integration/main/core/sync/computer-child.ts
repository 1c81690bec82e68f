/**
 * One computer of the couple, for the two-computer sync tests (two-computers.test.ts): a real
 * Hearth core with the real OS keychain, its own data folder and its own copy of the shared
 * folder (as Syncthing gives each computer its own). It reads one JSON command a line on stdin
 * and answers each with one JSON line on stdout, `{"id":…,"ok":true,"result":…}` or
 * `{"id":…,"ok":false,"error":{code,message}}`. A write is acknowledged when its answer is
 * printed. `writeLoop` also prints `{"event":"ack",…}` after each entry it saved.
 *   node computer-child.mjs --data-dir <dir> --sync-dir <dir> [--background]
 * It must run inside its own keyring session (scripts/with-keyring.sh); the test keeps one
 * session a computer, so a restart after SIGKILL finds its device key again.
 */
import * as A from '@automerge/automerge';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createHandlers } from '../../../../../src/main/core/handlers';
import { createHearth } from '../../../../../src/main/core/hearth';
import { createFolderTokens, createSyncService } from '../../../../../src/main/core/sync';
import { emptyDoc, readEntry, readRecord, type SyncDoc } from '../../../../../src/main/core/sync/doc';
import { REPLICATED } from '../../../../../src/main/core/sync/replicated';
import { allKeys, readRow } from '../../../../../src/main/core/sync/rows';
import { createOsKeychain } from '../../../../../src/main/core/vault/keychain';
import { FAST_KDF } from '../../../../support/fast-kdf';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const dataDir = arg('--data-dir') ?? '';
const syncDir = arg('--sync-dir') ?? '';
if (!dataDir || !syncDir) throw new Error('usage: computer-child --data-dir <dir> --sync-dir <dir> [--background]');
const background = process.argv.includes('--background');

const hearth = createHearth({ dataDir, keychain: createOsKeychain(), kdf: FAST_KDF });
const folderTokens = createFolderTokens();
const sync = createSyncService({ hearth, folderTokens, background, tickMs: 30 });
const handlers = createHandlers(hearth, { sync });

type Json = Record<string, unknown>;
const print = (line: Json) => process.stdout.write(`${JSON.stringify(line)}\n`);

const canonical = (value: unknown): string =>
  value === null || typeof value !== 'object'
    ? JSON.stringify(value)
    : Array.isArray(value)
      ? `[${value.map(canonical).join(',')}]`
      : `{${Object.keys(value as Json)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((value as Json)[k])}`)
          .join(',')}}`;

/** Everything that replicates, as this computer's journal holds it, in an order both computers share. */
async function dump(extraUids: string[] = []): Promise<Json> {
  const db = hearth.db();
  const entries = (
    db
      .prepare(
        `SELECT uid, author, kind, body, mood, session_id, question_id, written_privately_at, created_at, updated_at, day,
                deleted_at, edited_in_parallel,
                (SELECT json_group_array(tag) FROM (SELECT tag FROM entry_tags WHERE entry_id = e.id ORDER BY tag)) AS tags
         FROM entries e ORDER BY uid`,
      )
      .all() as (Json & { uid: string; tags: string })[]
  ).map((e) => ({ ...e, tags: JSON.parse(e.tags) as string[] }));
  const uids = [...new Set([...entries.map((e) => e.uid), ...extraUids])].sort();
  const history: Record<string, unknown> = {};
  for (const uid of uids) history[uid] = await sync.history(uid);
  const rows = (sql: string) => db.prepare(sql).all();
  return {
    partners: rows('SELECT slot, name, created_at FROM partners ORDER BY slot'),
    entries,
    history,
    trash: rows('SELECT uid FROM entries WHERE deleted_at IS NOT NULL ORDER BY uid'),
    checkIns: rows('SELECT uid, partner, close, safe, heard, note, created_at, day FROM check_ins ORDER BY uid'),
    sessions: rows('SELECT * FROM sessions ORDER BY id'),
    deckMarks: rows('SELECT * FROM deck_marks ORDER BY question_id'),
  };
}

/**
 * Whether the journal says exactly what the sync document kept in it says (no half-applied
 * change): the document is rebuilt from the journal's own chunks, as the engine does on start.
 */
function docCheck(): Json {
  const db = hearth.db();
  const outbox = (db.prepare('SELECT count(*) AS n FROM sync_outbox').get() as { n: number }).n;
  let doc = emptyDoc('ff'.repeat(16));
  for (const { bytes } of db.prepare('SELECT bytes FROM sync_chunks ORDER BY rowid').iterate() as Iterable<{ bytes: Buffer }>) {
    doc = A.loadIncremental(doc, new Uint8Array(bytes));
  }
  const differences: Json[] = [];
  for (const table of REPLICATED) {
    const docKeys =
      table.table === 'entries' ? Object.keys((doc as SyncDoc).entries) : Object.keys((doc as SyncDoc).records[table.document] ?? {});
    const keys = new Set([...docKeys, ...allKeys(db, table)]);
    for (const key of keys) {
      const inDoc = readRecord(doc, table, key);
      const inJournal = readRow(db, table, key);
      if (table.table === 'partners' && inDoc === null) continue; // a journal's own names until the shared ones arrive
      if (canonical(inDoc) !== canonical(inJournal)) differences.push({ table: table.table, key, inDoc, inJournal });
      if (table.table === 'entries' && inJournal) {
        const flag = (db.prepare('SELECT edited_in_parallel AS p FROM entries WHERE uid = ?').get(key) as { p: number }).p === 1;
        const docFlag = readEntry(doc, key)?.editedInParallel ?? false;
        if (flag !== docFlag) differences.push({ table: 'entries.edited_in_parallel', key, inDoc: docFlag, inJournal: flag });
      }
    }
  }
  return { outbox, differences };
}

const tokenFor = () => folderTokens.issue(syncDir).token;
let stopLoop = false;

async function run(cmd: Json): Promise<unknown> {
  const h = handlers as unknown as Record<string, (input?: unknown) => unknown>;
  switch (cmd['op']) {
    case 'setup':
      return (await hearth.setup(cmd['partners'] as [string, string])).status;
    case 'unlock':
      return hearth.unlock();
    case 'share':
      return sync.start(tokenFor(), cmd['name'] as string);
    case 'pairingCode':
      return sync.pairingCode();
    case 'join':
      return sync.join(tokenFor(), cmd['name'] as string, { pairingCode: cmd['code'] as string });
    case 'create':
      return h['entries.create']!(cmd['input']);
    case 'update':
      return h['entries.update']!(cmd['input']);
    case 'trash':
      return h['entries.delete']!({ id: cmd['uid'] });
    case 'restore':
      return h['entries.restore']!({ id: cmd['uid'] });
    case 'emptyTrash': {
      // What the trash held when it was emptied: the test checks an unseen edit still won.
      const seen = hearth.db().prepare('SELECT uid, body FROM entries WHERE deleted_at IS NOT NULL').all();
      return { ...(h['entries.trash.empty']!() as Json), seen };
    }
    case 'checkIn':
      return h['checkins.create']!(cmd['input']);
    case 'startSession':
      return h['sessions.start']!(cmd['input']);
    case 'completeSession':
      return h['sessions.complete']!(cmd['input']);
    case 'abandonSession':
      return h['sessions.abandon']!({ id: cmd['sid'] });
    case 'syncNow':
      return sync.syncNow();
    case 'status':
      return sync.status();
    case 'dump':
      return dump((cmd['uids'] as string[] | undefined) ?? []);
    case 'docCheck':
      return docCheck();
    case 'rejectedFiles': {
      // The service's own record of files it could not open, and whether each is still in the folder.
      const row = hearth.db().prepare('SELECT state FROM sync_config WHERE id = 1').get() as { state: string } | undefined;
      const files = (row ? (JSON.parse(row.state) as { rejectedFiles?: Record<string, string> }).rejectedFiles : undefined) ?? {};
      return Object.entries(files).map(([name, reason]) => ({ name, reason, present: existsSync(join(syncDir, name)) }));
    }
    case 'count':
      return (hearth.db().prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
    case 'bulkCreate': {
      const ids: string[] = [];
      for (let i = 0; i < (cmd['count'] as number); i++) {
        ids.push((h['entries.create']!({ author: 'both', body: `${cmd['prefix'] as string} ${i}` }) as { id: string }).id);
      }
      return ids.length;
    }
    case 'writeLoop': {
      // Writes until killed (or `count`), syncing in the background; each saved entry is acknowledged.
      stopLoop = false;
      const count = (cmd['count'] as number | undefined) ?? Infinity;
      for (let n = 0; n < count && !stopLoop; n++) {
        const body = `${cmd['prefix'] as string} ${n} ZQXMARK`;
        const entry = h['entries.create']!({ author: 'a', body, tags: n % 3 === 0 ? ['ZQXTAG-loop'] : [] }) as { id: string };
        print({ event: 'ack', id: entry.id, body });
        if (n % 7 === 0) await sync.syncNow();
        else await new Promise((resolve) => setImmediate(resolve));
      }
      return null;
    }
    case 'quit':
      sync.close();
      hearth.lock();
      setImmediate(() => process.exit(0));
      return null;
    default:
      throw new Error(`unknown op ${String(cmd['op'])}`);
  }
}

print({ event: 'ready', pid: process.pid });
const lines = createInterface({ input: process.stdin });
// One command at a time, in order, as a person's clicks are.
let queue = Promise.resolve();
lines.on('line', (line) => {
  if (!line.trim()) return;
  const cmd = JSON.parse(line) as Json;
  queue = queue.then(async () => {
    try {
      print({ id: cmd['id'], ok: true, result: (await run(cmd)) ?? null });
    } catch (error) {
      const e = error as { code?: string; message?: string; stack?: string };
      print({ id: cmd['id'], ok: false, error: { code: e.code ?? 'THROWN', message: e.message ?? String(error), stack: e.code ? undefined : e.stack } });
    }
  });
});
// The end of stdin: finish what was asked, then lock and leave.
lines.on('close', () => {
  void queue.then(() => {
    sync.close();
    if (hearth.status().state === 'open') hearth.lock();
    process.exit(0);
  });
});
