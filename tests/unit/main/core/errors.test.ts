import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HearthError } from '../../../../src/main/core/errors';
import { ERROR_CODES } from '../../../../src/shared/result';

/**
 * Every sentence a person can meet from the main process lives in one catalogue per feature
 * (an errors.ts beside the code, or app's print-errors.ts). These tests hold the catalogues to
 * the house rules and keep new inline sentences from creeping back into core and app.
 */

const ROOT = join(__dirname, '../../../..');
const SCANNED = ['src/main/core', 'src/main/app'];
const isCatalogueFile = (path: string) => /(^|-)errors\.ts$/.test(basename(path));

function tsFilesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const path = `${dir}/${d.name}`;
    if (d.isDirectory()) return tsFilesUnder(path);
    return d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [path] : [];
  });
}

type Entry = (...args: never[]) => unknown;
type Catalogue = Record<string, Entry>;

/** A catalogue is an exported plain object whose every value is a function. */
const isCatalogue = (value: unknown): value is Catalogue =>
  typeof value === 'object' &&
  value !== null &&
  Object.getPrototypeOf(value) === Object.prototype &&
  Object.values(value).length > 0 &&
  Object.values(value).every((v) => typeof v === 'function');

/**
 * Sample arguments for the entries that take some. An entry not listed is called with none;
 * if its sentence then reads "undefined", add it here.
 */
const SAMPLE_ARGS: Record<string, unknown[]> = {
  'vaultError.passphraseTooShort': [8],
  'vaultError.recoveryCodeTypo': ['typo'],
  'privateError.passphraseTooShort': [10],
  'backupError.invalid': ['an entry has no date'],
  'backupError.passphraseTooShort': [8],
  'backupError.unknownFile': ['save'],
  'backupError.fromFuture': [3, 2],
  'backupError.tooCostly': [30, 22],
  'backupError.tooLarge': ['more than 2,000,000 entries'],
  'backupError.pathInvalid': ['That is a folder, not a file.'],
  'backupError.diskFull': ['restore'],
  'backupError.unexportable': ['a check-in has no partner'],
};
/** Entries whose sentence depends on an argument: every form is checked. */
const MORE_ARGS: Record<string, unknown[][]> = {
  'vaultError.recoveryCodeTypo': [['length']],
  'backupError.diskFull': [['export']],
  'backupError.invalid': [[]],
  'backupError.tooLarge': [[]],
  'backupError.unknownFile': [['open']],
  'backupError.safetyCopyGone': [[true]],
};

async function loadCatalogues(): Promise<{ file: string; name: string; catalogue: Catalogue }[]> {
  const files = SCANNED.flatMap(tsFilesUnder).filter(isCatalogueFile);
  const found = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(ROOT, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (isCatalogue(value)) found.push({ file, name, catalogue: value });
    }
  }
  return found;
}

interface Made {
  entry: string;
  error: unknown;
}

async function everyEntry(): Promise<Made[]> {
  const made: Made[] = [];
  for (const { name, catalogue } of await loadCatalogues()) {
    for (const [key, make] of Object.entries(catalogue)) {
      const entry = `${name}.${key}`;
      for (const args of [SAMPLE_ARGS[entry] ?? [], ...(MORE_ARGS[entry] ?? [])]) {
        made.push({ entry, error: (make as (...a: unknown[]) => unknown)(...args) });
      }
    }
  }
  return made;
}

// A path, a file name with an extension Hearth writes, or a home folder: none belongs in a sentence.
const PATH_LIKE = [/[\\/]/, /~/, /\b[A-Za-z]:\\/, /\b[\w-]+\.(db|json|age|sqlite|tmp|log|wal|shm)\b/i, /\bnode_modules\b/];

describe('error catalogues', () => {
  it('finds the catalogue of every feature that has sentences for a person', async () => {
    const names = (await loadCatalogues()).map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'vaultError',
        'journalError',
        'sessionError',
        'deckError',
        'privateError',
        'timelineError',
        'databaseError',
        'ipcError',
        'printError',
        'backupError',
        'folderError',
      ]),
    );
  });

  it('makes a HearthError with a known code and a whole, path-free sentence from every entry', async () => {
    const made = await everyEntry();
    expect(made.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const { entry, error } of made) {
      if (!(error instanceof HearthError)) {
        problems.push(`${entry}: not a HearthError`);
        continue;
      }
      const sentence = error.message;
      if (!(ERROR_CODES as readonly string[]).includes(error.code)) problems.push(`${entry}: unknown code ${error.code}`);
      if (!/^[A-Z]/.test(sentence)) problems.push(`${entry}: does not start with a capital: ${sentence}`);
      if (!sentence.endsWith('.')) problems.push(`${entry}: does not end with a full stop: ${sentence}`);
      if (/undefined|null|NaN|\[object /.test(sentence)) problems.push(`${entry}: a missing argument shows: ${sentence}`);
      for (const pattern of PATH_LIKE) {
        if (pattern.test(sentence)) problems.push(`${entry}: looks like a path (${pattern}): ${sentence}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes each sentence once: no two entries share one', async () => {
    const byText = new Map<string, string[]>();
    for (const { entry, error } of await everyEntry()) {
      const text = (error as HearthError).message;
      byText.set(text, [...new Set([...(byText.get(text) ?? []), entry])]);
    }
    const shared = [...byText.entries()].filter(([, entries]) => entries.length > 1);
    expect(shared).toEqual([]);
  });
});

/**
 * Inline sentences still outside a catalogue, each with its reason. The list may only shrink:
 * a sentence here that is no longer inline fails the test, so the entry is removed with it.
 */
const KNOWN_INLINE: { file: string; sentence: string; reason: string }[] = [];

const LITERAL = String.raw`(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\x60(?:[^\x60\\]|\\.)*\x60)`;
// The message argument: literals, bracketed calls and plain tokens, up to the options or the closing bracket.
const THROWN = new RegExp(String.raw`new HearthError\(\s*[^,()]+,\s*((?:` + LITERAL + String.raw`|\([^()]*\)|[^,(){}'"\x60])+)`, 'g');
const RESULT = new RegExp(String.raw`code:\s*'[A-Z_]+'\s*,\s*message:\s*(` + LITERAL + ')', 'g');
// A sentence has words; 'typo' in `reason === 'typo' ? …` is a value, not something a person reads.
const isSentence = (text: string) => /[A-Za-z]/.test(text) && /\s/.test(text);

/** The sentences a `new HearthError(` or a `{ code: 'X', message: … }` result writes inline. */
function inlineSentencesIn(code: string): string[] {
  // Comments may sit between the arguments (and hold commas); they are not sentences anyone reads.
  const source = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  for (const match of source.matchAll(THROWN)) {
    for (const text of match[1]!.matchAll(new RegExp(LITERAL, 'g'))) found.push(text[0].slice(1, -1));
  }
  for (const match of source.matchAll(RESULT)) found.push(match[1]!.slice(1, -1));
  return found.filter(isSentence);
}

const inlineSentences = (file: string) => inlineSentencesIn(readFileSync(join(ROOT, file), 'utf8'));

describe('inline error sentences in core and app', () => {
  const files = SCANNED.flatMap(tsFilesUnder).filter((f) => !isCatalogueFile(f));

  it('scans the main process sources', () => {
    expect(files).toEqual(expect.arrayContaining(['src/main/core/hearth.ts', 'src/main/app/ipc.ts', 'src/main/core/ipc/dispatch.ts']));
  });

  it('finds none beyond the known, explained exceptions', () => {
    const inline = files.flatMap((file) => inlineSentences(file).map((sentence) => ({ file, sentence })));
    const unexplained = inline.filter((i) => !KNOWN_INLINE.some((k) => k.file === i.file && k.sentence === i.sentence));
    expect(unexplained, 'move these into the feature’s errors.ts catalogue').toEqual([]);
  });

  it('lists no exception that has already moved', () => {
    const stale = KNOWN_INLINE.filter((k) => !inlineSentences(k.file).includes(k.sentence));
    expect(stale.map((k) => `${k.file}: ${k.sentence}`), 'remove these from KNOWN_INLINE').toEqual([]);
  });

  it('sees every shape of inline sentence, and not a catalogue call', () => {
    // The scanner must not go blind, or the two tests above would pass on anything.
    expect(inlineSentencesIn("throw new HearthError('NOT_FOUND', 'That entry is gone.');")).toEqual(['That entry is gone.']);
    expect(inlineSentencesIn("throw new HearthError(\n  'LOCKED',\n  \"It's locked.\",\n  { cause },\n);")).toEqual(["It's locked."]);
    expect(inlineSentencesIn('new HearthError(code, `Needs ${min} letters; try again.`)')).toEqual(['Needs ${min} letters; try again.']);
    expect(inlineSentencesIn("new HearthError('X', why === 'typo' ? 'A typo, somewhere.' : 'Too short, again.')")).toEqual([
      'A typo, somewhere.',
      'Too short, again.',
    ]);
    expect(inlineSentencesIn("return { ok: false, error: { code: 'INTERNAL', message: 'Something broke.' } };")).toEqual(['Something broke.']);
    expect(inlineSentencesIn("new HearthError(\n  // a comment, with a comma\n  'X',\n  'Said inline.',\n)")).toEqual(['Said inline.']);
    expect(inlineSentencesIn('throw vaultError.locked();')).toEqual([]);
    expect(inlineSentencesIn("new HearthError('BACKUP_TOO_COSTLY', backupError.tooCostly(n, max).message, { cause })")).toEqual([]);
    expect(inlineSentencesIn('new HearthError(message.code, message.message)')).toEqual([]);
  });
});
