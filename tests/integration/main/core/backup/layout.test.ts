import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBackup, inlineRunner, restoreBackup } from '../../../../../src/main/core/backup';
import { decryptWithPassphrase } from '../../../../../src/main/core/backup/age-file';
import { useTempDirs } from '../../../../support/temp-dir';
import { writeAgeFile } from './support/files';
import { dumpJournal, newJournal, sampleJournal, seed } from './support/journal';

const tempDir = useTempDirs();
const PASSPHRASE = 'any layout at all';

/** Whitespace around every structural character outside strings: a layout no tool makes, but valid JSON. */
function spaced(text: string): string {
  let out = '';
  let inString = false;
  let escaped = false;
  for (const ch of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      out += ch;
    } else if (ch === '"') {
      inString = true;
      out += ch;
    } else out += '{}[]:,'.includes(ch) ? ` \r\n\t${ch}\n ` : ch;
  }
  return out;
}

/**
 * Restore reads the document as a stream, record by record, yet any valid JSON layout of
 * it must restore the same: someone may open a backup with `age -d`, tidy it in an editor
 * and seal it again with `age -p`.
 */
describe('a backup re-laid-out by hand restores the same journal', () => {
  it('pretty-printed, reordered, with a byte order mark, CRLF and tabs', async () => {
    const dir = tempDir();
    const source = await newJournal(join(dir, 'source'));
    seed(source.db(), sampleJournal('layout'));
    const good = join(dir, 'good.age');
    await exportBackup(source, good, PASSPHRASE, { runner: inlineRunner, workFactor: 2 });
    const doc = JSON.parse(Buffer.from(await decryptWithPassphrase(readFileSync(good), PASSPHRASE)).toString('utf8')) as Record<string, unknown>;
    const { format, version, ...rest } = doc;
    const reordered = { ...Object.fromEntries(Object.entries(rest).reverse()), version, format };
    const layouts: Record<string, Buffer> = {
      'pretty, two spaces': Buffer.from(JSON.stringify(doc, null, 2)),
      'tables first, envelope last': Buffer.from(JSON.stringify(reordered, null, '\t')),
      'byte order mark and CRLF': Buffer.from(`\ufeff${JSON.stringify(doc, null, 1).replaceAll('\n', '\r\n')}\r\n`),
      'whitespace around every token': Buffer.from(spaced(JSON.stringify(doc))),
    };
    const expected = dumpJournal(source.db());
    for (const [name, text] of Object.entries(layouts)) {
      const file = join(dir, `${name}.age`);
      await writeAgeFile(file, text, PASSPHRASE);
      const target = await newJournal(join(dir, name));
      await restoreBackup(target, file, PASSPHRASE, { mode: 'replace' }, { runner: inlineRunner });
      expect(dumpJournal(target.db()), name).toEqual(expected);
    }
  });
});
