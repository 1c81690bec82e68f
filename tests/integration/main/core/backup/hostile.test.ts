import { closeSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBackup, inlineRunner, inspectBackup, restoreBackup } from '../../../../../src/main/core/backup';
import { decryptWithPassphrase } from '../../../../../src/main/core/backup/age-file';
import { MAX_DOCUMENT_BYTES, MAX_RECORD_BYTES } from '../../../../../src/main/core/backup/document';
import { HearthError } from '../../../../../src/main/core/errors';
import { RECORD_SCHEMAS, TABLES } from '../../../../../src/main/core/schema';
import { snapshotDir } from '../../../../support/scan';
import { useTempDirs } from '../../../../support/temp-dir';
import { corruptions, payloadStart, seededRandom, snapshotJournal, writeAgeFile } from './support/files';
import { newJournal, sampleJournal, seed } from './support/journal';

const tempDir = useTempDirs();
const PASSPHRASE = 'a thousand hostile files';
const MARKER = 'hostile-marker-9031';
const TOTAL = 1_000;
/** Every answer names what is wrong; none is INTERNAL or a crash. */
const NAMED = [
  'BACKUP_DAMAGED',
  'BACKUP_WRONG_PASSPHRASE',
  'BACKUP_NOT_AGE',
  'BACKUP_NOT_PASSPHRASE',
  'BACKUP_TOO_COSTLY',
  'BACKUP_INVALID',
  'BACKUP_TOO_LARGE',
  'BACKUP_FROM_FUTURE',
];

type Doc = Record<string, unknown> & Record<'partners' | 'settings' | 'sessions' | 'entries' | 'checkIns', Record<string, unknown>[]>;
type Case = { label: string; content: Buffer | object } | { label: string; file: string };

const edit = (doc: Doc, key: string, index: number, changes: Record<string, unknown>): Doc => ({
  ...doc,
  [key]: (doc[key] as Record<string, unknown>[]).map((row, i) => (i === index ? { ...row, ...changes } : row)),
});

/** Byte offsets of JSON structure ({ } [ ] : ,) outside strings: replacing any of them breaks the text. */
function structuralOffsets(text: Buffer): number[] {
  const out: number[] = [];
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const b = text[i]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (b === 0x5c) escaped = true;
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) inString = true;
    else if ('{}[]:,'.includes(String.fromCharCode(b))) out.push(i);
  }
  return out;
}

/** Hostile documents of every kind the review named, generated from the description and a seed. */
function documentCases(doc: Doc, dir: string, good: Buffer): Case[] {
  const cases: Case[] = [];
  const text = Buffer.from(JSON.stringify(doc), 'utf8');
  const random = seededRandom(20261205);

  // Finding 6: schema-valid, but not what the app writes.
  cases.push(
    { label: 'autoLockMinutes -1', content: edit(doc, 'settings', 0, { value: '-1' }) },
    { label: 'autoLockMinutes 99,999,999', content: edit(doc, 'settings', 0, { value: '99999999' }) },
    { label: 'session state "not json"', content: edit(doc, 'sessions', 0, { state: 'not json' }) },
    { label: 'day 0000-00-00', content: edit(doc, 'entries', 0, { day: '0000-00-00' }) },
    { label: 'partner name of 1,000 with U+202E and NUL', content: edit(doc, 'partners', 0, { name: `\u202e${'a\u0000'.repeat(500)}` }) },
  );

  // Wrong types and missing fields, for every field of every table the description names.
  const wrong = [null, 7, 'text', true, [], {}, -1, 1.5, '0000-00-00', 'x'.repeat(300)];
  for (const table of TABLES) {
    const rows = doc[table.document] as Record<string, unknown>[] | undefined;
    if (!rows?.length) continue;
    for (const field of Object.keys(table.fields)) {
      const tried = new Set<string>();
      for (const value of wrong) {
        // Skip a "wrong" value that is in fact allowed here (null for a nullable column, a word for a name).
        const test = edit(doc, table.document, 0, { [field]: value });
        const key = JSON.stringify(value);
        if (tried.has(key) || RECORD_SCHEMAS.get(table.document)!.safeParse((test[table.document] as unknown[])[0]).success) continue;
        tried.add(key);
        cases.push({ label: `${table.document}.0.${field} = ${key.slice(0, 20)}`, content: test });
      }
      const { [field]: _gone, ...without } = rows[0]!;
      // A field added after the format was released may be absent (older files lack it).
      if ((table.fields as Record<string, { added?: true }>)[field]!.added) continue;
      cases.push({ label: `${table.document}.0.${field} missing`, content: { ...doc, [table.document]: [without, ...rows.slice(1)] } });
    }
    cases.push({ label: `${table.document}.0 with an unknown field`, content: edit(doc, table.document, 0, { [`${MARKER}`]: 1 }) });
    cases.push({ label: `${table.document} not an array`, content: { ...doc, [table.document]: { 0: rows[0] } } });
    cases.push({ label: `${table.document}.0 not an object`, content: { ...doc, [table.document]: [[rows[0]], ...rows.slice(1)] } });
    // Duplicate ids: the same record twice.
    cases.push({ label: `${table.document}: duplicate ${table.key}`, content: { ...doc, [table.document]: [...rows, rows[0]] } });
  }
  cases.push(
    { label: 'entries: a duplicate tag', content: edit(doc, 'entries', 0, { tags: ['us', 'us'] }) },
    { label: 'three partners', content: { ...doc, partners: [...doc.partners, { ...doc.partners[0], slot: 'c' }] } },
    { label: 'no partner b', content: { ...doc, partners: doc.partners.slice(0, 1) } },
    { label: 'a reflection of a missing session', content: { ...doc, sessions: [] } },
    { label: 'an envelope field missing', content: { ...doc, exportedAt: undefined } },
    { label: 'a future version', content: { ...doc, version: 2, extra: true } },
    { label: 'version 0', content: { ...doc, version: 0 } },
    { label: 'another format', content: { ...doc, format: 'someone-else' } },
    { label: 'an unknown top-level field', content: { ...doc, [MARKER]: [] } },
    { label: 'a duplicate top-level key', content: Buffer.from(`{"format":"hearth-backup",${text.subarray(1).toString('utf8')}`) },
    { label: 'a JSON array', content: [doc] },
    { label: 'a JSON string', content: Buffer.from('"hearth-backup"') },
    { label: 'empty text', content: Buffer.alloc(0) },
    { label: 'only spaces', content: Buffer.from('   \n') },
    { label: 'two documents', content: Buffer.concat([text, text]) },
    { label: 'trailing garbage', content: Buffer.concat([text, Buffer.from(' x')]) },
    { label: 'a trailing comma in an array', content: Buffer.from(text.toString('utf8').replace(']', ',]')) },
    // Huge strings and deep nesting: bounded before they cost memory.
    { label: 'an entry over the record bound', content: edit(doc, 'entries', 0, { body: 'a'.repeat(MAX_RECORD_BYTES + 10) }) },
    { label: 'an entry of 500,000 characters', content: edit(doc, 'entries', 0, { body: 'b'.repeat(500_000) }) },
    { label: 'a tag of 100,000 characters', content: edit(doc, 'entries', 0, { tags: ['t'.repeat(100_000)] }) },
    { label: 'an app version of 100 KB', content: { ...doc, appVersion: 'v'.repeat(100_000) } },
    { label: 'a record nested 100,000 deep', content: Buffer.from(text.toString('utf8').replace('"entries":[', `"entries":[${'['.repeat(100_000)}${']'.repeat(100_000)},`)) },
    { label: 'a record nested 2,000,000 deep', content: Buffer.from(text.toString('utf8').replace('"entries":[', `"entries":[${'['.repeat(2_000_000)}`)) },
    { label: 'an envelope value nested 30,000 deep', content: Buffer.from(text.toString('utf8').replace('"appVersion":', `"appVersion":${'['.repeat(30_000)}${']'.repeat(30_000)},"x":`)) },
    { label: 'a million empty records', content: { ...doc, settings: Array.from({ length: 1_000_000 }, () => ({})) } },
  );
  // Bytes that are not UTF-8, inside strings.
  for (let i = 0; i < 20; i++) {
    const bytes = Buffer.from(text);
    const strings = [...text.keys()].filter((k) => text[k] === 0x22);
    bytes[strings[random(strings.length)]! + 1] = [0xff, 0xc0, 0xed, 0xf8][i % 4]!;
    cases.push({ label: `a byte that is not UTF-8 (${i})`, content: bytes });
  }

  // Oversized: a real header and passphrase, and a payload whose plaintext would be larger
  // than the bound. Refused from its size alone, before any of it is decrypted or parsed.
  const oversized = join(dir, 'oversized.age');
  const fd = openSync(oversized, 'w');
  writeSync(fd, good.subarray(0, payloadStart(good)));
  const zeros = Buffer.alloc(1 << 20);
  for (let written = 0; written < MAX_DOCUMENT_BYTES + (20 << 20); written += zeros.length) writeSync(fd, zeros);
  closeSync(fd);
  cases.push({ label: 'a plaintext larger than any journal (from the file size)', file: oversized });

  // Broken text: cut short anywhere, or a structural character replaced.
  const structure = structuralOffsets(text);
  for (let i = 0; i < 120; i++) cases.push({ label: `JSON cut at ${i}`, content: text.subarray(0, random(text.length - 1)) });
  for (let i = 0; i < 120; i++) {
    const bytes = Buffer.from(text);
    const at = structure[random(structure.length)]!;
    bytes[at] = 'x"0 '.charCodeAt(random(4));
    cases.push({ label: `structure at ${at} replaced`, content: bytes });
  }
  return cases;
}

describe('1,000 hostile backups are each refused by name, and change nothing', () => {
  it('seeded corruptions of the file, and hostile documents of every kind', { timeout: 600_000 }, async () => {
    const dir = tempDir();
    const hearth = await newJournal(join(dir, 'mine'));
    seed(hearth.db(), sampleJournal('mine'));
    const other = await newJournal(join(dir, 'other'));
    const journal = sampleJournal(MARKER);
    // Long enough for several STREAM chunks, so whole chunks can be swapped by the corruptions.
    journal.entries.push(
      ...Array.from({ length: 4 }, (_, i) => ({ ...journal.entries[0]!, uid: `long-${i}`, body: `${MARKER} ${i} ${'a long letter '.repeat(5_000)}` })),
    );
    seed(other.db(), journal);
    const goodPath = join(dir, 'good.age');
    await exportBackup(other, goodPath, PASSPHRASE, { runner: inlineRunner, workFactor: 1 });
    const good = readFileSync(goodPath);
    const doc = JSON.parse(Buffer.from(await decryptWithPassphrase(good, PASSPHRASE)).toString('utf8')) as Doc;

    const documents = documentCases(doc, dir, good);
    const files = corruptions(good, TOTAL - documents.length, 20261205).map((c) => ({ label: c.label, content: c.bytes, raw: true }));
    const cases = [...documents.map((c) => ({ ...c, raw: false })), ...files];
    expect(cases).toHaveLength(TOTAL);

    const before = await snapshotJournal(hearth);
    const baseline = process.resourceUsage().maxRSS * 1024;
    let largest = 0;
    const byCode = new Map<string, number>();
    const path = join(dir, 'hostile.age');
    for (const [i, c] of cases.entries()) {
      let file = path;
      if ('file' in c) file = c.file;
      else if (c.raw) writeFileSync(path, c.content as Buffer);
      else await writeAgeFile(path, c.content, PASSPHRASE, 1);
      largest = Math.max(largest, statSync(file).size);
      const error = await inspectBackup(file, PASSPHRASE, { runner: inlineRunner }).then(
        () => new Error(`accepted: ${c.label}`),
        (e: unknown) => e,
      );
      expect(error, c.label).toBeInstanceOf(HearthError);
      const { code, message } = error as HearthError;
      expect(NAMED, `${c.label}: ${code} ${message}`).toContain(code);
      expect(message).not.toContain(MARKER);
      byCode.set(code, (byCode.get(code) ?? 0) + 1);
      // Some through the whole restore, in the worker, against the open journal.
      if (i % 40 === 0 || 'file' in c) {
        await expect(restoreBackup(hearth, file, PASSPHRASE, { mode: 'replace' }), c.label).rejects.toSatisfy(
          (e: unknown) => e instanceof HearthError && e.code === code,
        );
      }
    }
    const peak = process.resourceUsage().maxRSS * 1024 - baseline;
    const bound = 2 * largest + 200 * 1024 * 1024;
    hearth.lock();
    expect(snapshotDir(hearth.dataDir)).toEqual(before);
    expect(peak).toBeLessThanOrEqual(bound);
    console.info(
      `hostile backups: ${cases.length} refused by name (${documents.length} hostile documents, ${files.length} corrupted files); ` +
        `by code ${JSON.stringify(Object.fromEntries(byCode))}; journal folder byte-identical; ` +
        `peak memory growth ${(peak / 2 ** 20).toFixed(0)} MiB within 2 × ${(largest / 2 ** 20).toFixed(0)} MiB + 200 MiB`,
    );
  });
});
