/**
 * Where the time goes, for the figures that miss their goals (BENCHMARKS.md, "What limits
 * it"). Not part of `npm run bench`; run it on its own:
 *   node --import tsx bench/breakdown.ts [--entries=100000] [--out=bench/results/breakdown.json]
 * Builds the generated journal once as Hearth's SQLCipher file and as plain SQLite, then
 * times, each the median of several runs, every step of: opening to the home screen (cold
 * cache, as at unlock), a search for a very common word (with the app's settings, with the
 * page cache sized to the file, and without the prefix match), export's stages and
 * restore's stages. It also tries the remedies STACK.md points to (cache_size sized to the
 * database) and two more (a narrower count, an FTS5 prefix index) on copies, never on the
 * app's code.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createCipheriv, randomBytes, scrypt } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { decryptWithPassphrase, encryptWithPassphrase } from '../src/main/core/backup/age-file';
import { BackupDocumentV1, decodeBackupDocument } from '../src/main/core/backup/document';
import { readJournal, writeJournal, writeJournalJson } from '../src/main/core/backup/journal-io';
import { openEncrypted, type WritableDB } from '../src/main/core/db/connection';
import { migrate } from '../src/main/core/db/migrate';
import { countEntries, listEntries, listPartners, searchEntries } from '../src/main/core/journal';
import { recentSessions, sessionsInProgress } from '../src/main/core/sessions/sessions';
import { suggestNext } from '../src/main/core/sessions/suggestion';
import { parseUnknown } from '../src/shared/parse';
import { NOW, saveEntry } from './engines/sql-reads';
import { openPlain } from './engines/plain-connection';
import { environment } from './environment';
import { writeJournalFile } from './backup/journal-file';
import { generateJournal, PASSPHRASE } from './generate';
import { median, round } from './stats';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const ENTRIES = Number(flag('entries') ?? 100_000);
const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = flag('out') ?? join(root, 'bench', 'results', 'breakdown.json');
const KEY = randomBytes(32);
const APP_CACHE_KIB = 64 * 1024;
const results: Record<string, Record<string, number>> = {};
/**
 * Tried: SQLite3 Multiple Ciphers' other page ciphers (raw key, same pragmas), against the
 * app's SQLCipher scheme (AES-256-CBC + HMAC-SHA512 per page).
 */
const OTHER_CIPHERS = ['chacha20', 'aegis'] as const;

function openOtherCipher(path: string, cipher: string, cacheKiB: number): WritableDB {
  const db = new Database(path);
  db.pragma(`cipher='${cipher}'`);
  db.pragma(`key="x'${KEY.toString('hex')}'"`);
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma(`cache_size = -${cacheKiB}`);
  db.pragma('secure_delete = ON');
  return db as WritableDB;
}

async function time(group: string, label: string, runs: number, work: () => unknown): Promise<number> {
  await work(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  const ms = round(median(samples));
  (results[group] ??= {})[label] = ms;
  console.log(`${group.padEnd(8)} ${label.padEnd(64)} ${String(ms).padStart(10)} ms`);
  return ms;
}

const dir = mkdtempSync(join(tmpdir(), 'hearth-breakdown-'));
try {
  console.log(`${ENTRIES} entries; load ${environment().loadBefore.join(' ')}`);
  const journal = generateJournal(ENTRIES);
  const encPath = join(dir, 'enc.db');
  const plainPath = join(dir, 'plain.db');
  const build = (db: WritableDB) => writeJournalFile(db, journal);
  const otherCipherPath = (cipher: string) => join(dir, `${cipher}.db`);
  const timedBuild = (name: string, db: WritableDB) => {
    const start = performance.now();
    build(db);
    (results.build ??= {})[`${name} ms`] = round(performance.now() - start);
  };
  timedBuild('encrypted (sqlcipher)', openEncrypted(encPath, { key: KEY }));
  timedBuild('plain', openPlain(plainPath, { cacheKiB: APP_CACHE_KIB }));
  for (const cipher of OTHER_CIPHERS) timedBuild(`${cipher} (tried)`, openOtherCipher(otherCipherPath(cipher), cipher, APP_CACHE_KIB));
  const fileKiB = Math.ceil(statSync(encPath).size / 1024);
  results.build!['encrypted file MiB'] = round(fileKiB / 1024);
  results.build!['plain file MiB'] = round(statSync(plainPath).size / 2 ** 20);
  console.log(`built: ${JSON.stringify(results.build)}`);

  const openers: Record<string, (cacheKiB?: number) => WritableDB> = {
    encrypted: (cacheKiB = APP_CACHE_KIB) => openEncrypted(encPath, { key: KEY, cacheKiB }),
    plain: (cacheKiB = APP_CACHE_KIB) => openPlain(plainPath, { cacheKiB }),
    ...Object.fromEntries(
      OTHER_CIPHERS.map((cipher) => [`${cipher} (tried)`, (cacheKiB = APP_CACHE_KIB) => openOtherCipher(otherCipherPath(cipher), cipher, cacheKiB)]),
    ),
  };

  // ── open to the home screen, cold (a fresh connection each time, as at unlock) ──
  for (const [name, open] of Object.entries(openers)) {
    const steps: [string, (db: WritableDB) => unknown][] = [
      ['listPartners', (db) => listPartners(db)],
      ['countEntries (count(*) WHERE deleted_at IS NULL)', (db) => countEntries(db)],
      ['listEntries, newest 50', (db) => listEntries(db, 50)],
      ['suggestNext', (db) => suggestNext(db, NOW)],
      ['sessionsInProgress + recentSessions(3)', (db) => (sessionsInProgress(db), recentSessions(db, 3))],
    ];
    await time('open', `${name}: open + migrate`, 9, () => {
      const db = open();
      migrate(db);
      db.close();
    });
    for (const [label, step] of steps) {
      await time('open', `${name}: open + ${label}`, 9, () => {
        const db = open();
        step(db);
        db.close();
      });
    }
    await time('open', `${name}: open + all of the home screen`, 9, () => {
      const db = open();
      migrate(db);
      for (const [, step] of steps) step(db);
      db.close();
    });
    // Tried: the same count from the narrowest index that holds every live entry.
    await time('open', `${name}: open + count via entries_by_author (tried)`, 9, () => {
      const db = open();
      db.prepare('SELECT count(*) FROM entries INDEXED BY entries_by_author WHERE deleted_at IS NULL').get();
      db.close();
    });
  }

  // ── save one entry (createEntry, durable: WAL + synchronous=FULL), on an open connection ──
  {
    let n = 0;
    for (const [name, open] of Object.entries(openers)) {
      const db = open();
      await time('save', `${name}: createEntry`, 25, () => saveEntry(db, 1000 + n++));
      // The same without the fsync, to separate the disk from the cipher.
      db.pragma('synchronous = OFF');
      await time('save', `${name}: createEntry, synchronous=OFF (no fsync; not the app)`, 25, () => saveEntry(db, 1000 + n++));
      db.close();
    }
  }

  // ── search: a very common word, as typed (the last word is also a prefix) ──
  for (const [name, open] of Object.entries(openers)) {
    const caches = [['app cache (64 MiB)', APP_CACHE_KIB], ['cache sized to the file (tried)', fileKiB + 16 * 1024]] as const;
    for (const [cache, kib] of name.includes('tried') ? caches.slice(0, 1) : caches) {
      const db = open(kib);
      for (const word of ['the', 'together', 'harbour']) {
        await time('search', `${name}, ${cache}: "${word}" (app: word + prefix)`, 15, () => searchEntries(db, word, 50));
      }
      await time('search', `${name}, ${cache}: "the" as a whole word only (tried)`, 15, () =>
        db
          .prepare(`SELECT e.uid FROM entries_fts f CROSS JOIN entries e ON e.id = f.rowid WHERE entries_fts MATCH '"the"' AND e.deleted_at IS NULL ORDER BY f.rowid DESC LIMIT 51`)
          .all(),
      );
      db.close();
    }
  }
  {
    // Tried: an FTS5 prefix index (prefix='2 3') on a copy of the encrypted file.
    const copy = join(dir, 'prefix.db');
    copyFileSync(encPath, copy);
    const db = openEncrypted(copy, { key: KEY });
    const ftsBytes = () => db.prepare('SELECT sum(length(block)) FROM entries_fts_data').pluck().get() as number;
    results.search!['FTS index MB, as the app builds it'] = round(ftsBytes() / 1e6);
    const t = performance.now();
    db.exec(`DROP TABLE entries_fts;
      CREATE VIRTUAL TABLE entries_fts USING fts5 (body, content = 'entries', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
      INSERT INTO entries_fts (entries_fts, rank) VALUES ('pgsz', 3900);
      INSERT INTO entries_fts (entries_fts) VALUES ('rebuild');`);
    results.search!['prefix index: rebuild ms'] = round(performance.now() - t);
    results.search!["FTS index MB, with prefix='2 3'"] = round(ftsBytes() / 1e6);
    for (const word of ['the', 'together']) await time('search', `encrypted, prefix index '2 3' (tried): "${word}"`, 15, () => searchEntries(db, word, 50));
    db.close();
    rmSync(copy, { force: true });
  }

  // ── export, stage by stage (Hearth's worker: tasks.ts exportToTemp) ──
  {
    const db = openEncrypted(encPath, { key: KEY, readonly: true });
    const meta = { appVersion: '0.1.0', exportedAt: new Date(NOW).toISOString() };
    // Export's own step since issue 14: SQLite makes the records' JSON text, in pieces of bytes.
    await time('export', 'the JSON text made by SQLite (writeJournalJson, encrypted)', 3, () => writeJournalJson(db, meta, () => {}, () => {}));
    let snapshot = readJournal(db, meta);
    await time('export', 'read the snapshot as JS objects (readJournal; before issue 14)', 3, () => (snapshot = readJournal(db, meta)));
    db.close();
    const plainDb = openPlain(plainPath, { readonly: true, cacheKiB: APP_CACHE_KIB });
    await time('export', 'the JSON text made by SQLite (writeJournalJson, plain)', 3, () => writeJournalJson(plainDb, meta, () => {}, () => {}));
    await time('export', 'read the snapshot as JS objects (readJournal, plain; before issue 14)', 3, () => readJournal(plainDb, meta));
    plainDb.close();
    await time('export', 'validate (zod BackupDocumentV1; no longer part of export since issue 14)', 3, () => parseUnknown(BackupDocumentV1, snapshot));
    let plaintext = Buffer.from(JSON.stringify(snapshot));
    await time('export', 'JSON.stringify (before issue 14)', 3, () => (plaintext = Buffer.from(JSON.stringify(snapshot))));
    results.export!['plaintext MB'] = round(plaintext.length / 1e6);
    await time('export', 'scrypt, work factor 18 (native, once)', 3, () =>
      new Promise((resolve, reject) => scrypt('x', randomBytes(16), 32, { N: 2 ** 18, r: 8, p: 1, maxmem: 512 * 2 ** 20 }, (e, k) => (e ? reject(e) : resolve(k)))),
    );
    let file = Buffer.alloc(0);
    await time('export', 'age payload encrypt (native chacha20-poly1305 since issue 14; scrypt 2^10)', 3, async () => {
      const pieces: Uint8Array[] = [];
      await encryptWithPassphrase(plaintext, PASSPHRASE, 10, (p) => pieces.push(p));
      file = Buffer.concat(pieces);
    });
    await time('export', 'age payload decrypt (native; scrypt 2^10)', 3, () => decryptWithPassphrase(file, PASSPHRASE));
    await time('export', 'decode + validate again (no longer part of export: it verifies the bytes with a hash)', 3, () => decodeBackupDocument(plaintext));
    await time('export', "for contrast: node's native chacha20-poly1305, 64 KiB chunks", 3, () => {
      const key = randomBytes(32);
      for (let offset = 0, n = 0; offset < plaintext.length; offset += 65_536, n += 1) {
        const nonce = Buffer.alloc(12);
        nonce.writeUInt32BE(n, 7);
        const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
        cipher.update(plaintext.subarray(offset, offset + 65_536));
        cipher.final();
        cipher.getAuthTag();
      }
    });
  }

  // ── restore's build and verify (tasks.ts buildRestoredJournal), by page cache ──
  {
    const doc = decodeBackupDocument(Buffer.from(JSON.stringify(journal)));
    const variants: [string, () => WritableDB][] = [
      ['encrypted, app cache (64 MiB)', () => openEncrypted(join(dir, 'r-enc.db'), { key: KEY })],
      ['encrypted, cache sized to the file (tried)', () => openEncrypted(join(dir, 'r-enc-big.db'), { key: KEY, cacheKiB: fileKiB + 16 * 1024 })],
      ['plain, app cache (64 MiB)', () => openPlain(join(dir, 'r-plain.db'), { cacheKiB: APP_CACHE_KIB })],
      ...OTHER_CIPHERS.map((cipher) => [`${cipher} (tried), app cache`, () => openOtherCipher(join(dir, `r-${cipher}.db`), cipher, APP_CACHE_KIB)] as [string, () => WritableDB]),
    ];
    for (const [name, open] of variants) {
      const db = open();
      migrate(db);
      let s = performance.now();
      writeJournal(db, doc, () => {});
      const write = performance.now() - s;
      s = performance.now();
      db.pragma('integrity_check');
      const integrity = performance.now() - s;
      s = performance.now();
      db.prepare(`INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')`).run();
      const fts = performance.now() - s;
      s = performance.now();
      readJournal(db, { appVersion: doc.appVersion, exportedAt: doc.exportedAt });
      const reread = performance.now() - s;
      s = performance.now();
      db.pragma('wal_checkpoint(TRUNCATE)');
      const checkpoint = performance.now() - s;
      db.close();
      results[`restore: ${name}`] = {
        writeJournal: round(write),
        integrity_check: round(integrity),
        'fts integrity-check': round(fts),
        readJournal: round(reread),
        'checkpoint(TRUNCATE)': round(checkpoint),
      };
      console.log(`restore  ${name.padEnd(44)} ${JSON.stringify(results[`restore: ${name}`])}`);
    }
  }
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify({ entries: ENTRIES, environment: { ...environment() }, results }, null, 2)}\n`);
  console.log(`\nJSON: ${OUT}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
