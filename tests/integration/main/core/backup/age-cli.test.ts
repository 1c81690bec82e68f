import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORK_FACTOR, exportBackup, inspectBackup, restoreBackup } from '../../../../../src/main/core/backup';
import { useTempDirs } from '../../../../support/temp-dir';
import { decryptWithPassphrase, openWithPassphrase } from '../../../../../src/main/core/backup/age-file';
import { ageDecrypt, ageEncrypt, hasAgeCli } from './support/age-cli';
import { writeAgeFile } from './support/files';
import { dumpJournal, newJournal, sampleJournal, seed } from './support/journal';
import { skipBecause } from '../../../../support/skip';

const tempDir = useTempDirs();
const PASSPHRASE = 'a walk by the river at dusk';

/** The standard tool opens Hearth's backups, and Hearth opens what the standard tool made. */
describe.skipIf(skipBecause(!hasAgeCli, 'age CLI interoperability', 'no /usr/bin/age or script(1) here (.ci/run installs both)'))('interoperability with the reference age CLI (/usr/bin/age)', () => {
  it('age -d decrypts a Hearth backup, made at the default work factor, to the JSON document', async () => {
    const dir = tempDir();
    const hearth = await newJournal(dir);
    seed(hearth.db(), sampleJournal('interop'));
    const file = join(dir, 'hearth.age');
    // The real default (through the real worker): the CLI caps the work factor it accepts.
    await exportBackup(hearth, file, PASSPHRASE);
    expect(readFileSync(file, 'latin1')).toMatch(new RegExp(`^age-encryption\\.org/v1\\n-> scrypt \\S{22} ${DEFAULT_WORK_FACTOR}\\n`));

    const out = join(dir, 'out.json');
    const run = ageDecrypt(file, out, PASSPHRASE);
    expect(run.status).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc).toMatchObject({ format: 'hearth-backup', version: 1, partners: [{ slot: 'a', name: 'Léa' }, { slot: 'b', name: 'Sam 🌿' }] });
    expect(doc.entries.map((e: { uid: string }) => e.uid)).toEqual(['e-1', 'e-2', 'e-3']);
    expect(doc.entries[2].deletedAt).toEqual(expect.any(Number));

    // And with a wrong passphrase the CLI refuses too (so the check above means something).
    expect(ageDecrypt(file, join(dir, 'wrong.json'), 'not the passphrase').status).not.toBe(0);
  });

  it('a document encrypted with age -p (binary and armored) restores in Hearth exactly', async () => {
    const dir = tempDir();
    const source = await newJournal(join(dir, 'source'));
    seed(source.db(), sampleJournal('made by the cli'));
    const ours = join(dir, 'ours.age');
    await exportBackup(source, ours, PASSPHRASE, { workFactor: 10 });
    const json = join(dir, 'doc.json');
    expect(ageDecrypt(ours, json, PASSPHRASE).status).toBe(0);

    for (const armor of [false, true]) {
      const theirs = join(dir, armor ? 'theirs.age.asc' : 'theirs.age');
      expect(ageEncrypt(json, theirs, PASSPHRASE, armor).status).toBe(0);
      expect(readFileSync(theirs, 'latin1').startsWith(armor ? '-----BEGIN AGE ENCRYPTED FILE-----' : 'age-encryption.org/v1\n')).toBe(true);

      expect(await inspectBackup(theirs, PASSPHRASE)).toMatchObject({ entries: 2, inTrash: 1, checkIns: 2, sessions: 1 });
      const target = await newJournal(join(dir, armor ? 'armored' : 'binary'), ['X', 'Y']);
      await restoreBackup(target, theirs, PASSPHRASE, { mode: 'into-empty' });
      expect(dumpJournal(target.db())).toEqual(dumpJournal(source.db()));
    }
  });

  it('agree with the CLI at the payload edges: empty, and ending exactly on a 64 KiB chunk (the native STREAM code)', async () => {
    const dir = tempDir();
    for (const size of [0, 65_536, 3 * 65_536, 3 * 65_536 + 1]) {
      const plain = Buffer.from(Array.from({ length: size }, (_, i) => (i * 131 + (i >> 9)) % 256));
      // Ours, at the default work factor, opened by age -d.
      const ours = join(dir, `ours-${size}.age`);
      await writeAgeFile(ours, plain, PASSPHRASE, DEFAULT_WORK_FACTOR);
      const out = join(dir, `out-${size}.bin`);
      expect(ageDecrypt(ours, out, PASSPHRASE).status).toBe(0);
      // age creates its output file on the first byte written: none for an empty plaintext.
      expect((existsSync(out) ? readFileSync(out) : Buffer.alloc(0)).equals(plain)).toBe(true);
      // The CLI's, opened as a stream.
      const input = join(dir, `plain-${size}.bin`);
      writeFileSync(input, plain);
      const theirs = join(dir, `theirs-${size}.age`);
      expect(ageEncrypt(input, theirs, PASSPHRASE).status).toBe(0);
      const opened = await openWithPassphrase(theirs, PASSPHRASE);
      expect(opened.size).toBe(size);
      const pieces: Buffer[] = [];
      for await (const piece of opened.chunks) pieces.push(Buffer.from(piece));
      expect(Buffer.concat(pieces).equals(plain)).toBe(true);
    }
  });

  it('age -p writes work factor 18, which Hearth opens; Hearth refuses what the CLI would still try (20–22)', async () => {
    const dir = tempDir();
    const input = join(dir, 'plain.txt');
    writeFileSync(input, 'a few words');
    const file = join(dir, 'cli.age');
    expect(ageEncrypt(input, file, PASSPHRASE).status).toBe(0);
    expect(readFileSync(file, 'latin1')).toMatch(new RegExp(`^age-encryption\\.org/v1\\n-> scrypt \\S{22} ${DEFAULT_WORK_FACTOR}\\n`));
    expect(Buffer.from(await decryptWithPassphrase(readFileSync(file), PASSPHRASE)).toString()).toBe('a few words');
    const costly = join(dir, 'costly.age');
    writeFileSync(costly, Buffer.from(readFileSync(file, 'latin1').replace(/^(-> scrypt \S+) 18$/m, '$1 21'), 'latin1'));
    await expect(decryptWithPassphrase(readFileSync(costly), PASSPHRASE)).rejects.toMatchObject({ code: 'BACKUP_TOO_COSTLY' });
  });

  it('a CLI file holding something other than a Hearth document is refused by name', async () => {
    const dir = tempDir();
    const hearth = await newJournal(dir);
    const plain = join(dir, 'notes.txt');
    writeFileSync(plain, 'just some notes, not a journal');
    const file = join(dir, 'notes.age');
    expect(ageEncrypt(plain, file, PASSPHRASE).status).toBe(0);
    await expect(restoreBackup(hearth, file, PASSPHRASE, { mode: 'replace' })).rejects.toMatchObject({ code: 'BACKUP_INVALID' });
  });
});
