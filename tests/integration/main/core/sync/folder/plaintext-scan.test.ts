import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  acceptJoin,
  createKeyring,
  createRecoveryTicket,
  joinWithCode,
  newPairingCode,
  removeDevice,
  writeOffer,
  writeRecoveryOffer,
} from '../../../../../../src/main/core/sync/folder';
import { generateRecoveryCode } from '../../../../../../src/main/core/vault';
import { useTempDirs } from '../../../../../support/temp-dir';
import { computer, HEARTH_NAME, NOW, syncUp, TEST_COST } from './support';

const tempDir = useTempDirs();

const MARKER = 'ZQX-PLAINTEXT-MARKER-4417';
const PARTNER = 'Robin Okonkwo';
const TAG = 'anniversary-trip';
const DEVICE_A = "Robin's laptop";
const DEVICE_B = "Sam's desk";
const NEEDLES = [MARKER, PARTNER, TAG, DEVICE_A, DEVICE_B];

/** What an Automerge change carrying an entry might hold: the words, a name, a tag, a date. */
const entry = (i: number) =>
  Buffer.from(JSON.stringify({ body: `${MARKER} day ${i}: ${PARTNER} and I talked`, tags: [TAG], author: PARTNER, at: NOW.toISOString() }), 'utf8');

describe('the plaintext scan of the shared folder', () => {
  it('finds no marker, name, tag or computer name in any byte of any file, in UTF-8 or UTF-16', async () => {
    const dir = tempDir();
    const a = computer(dir);
    a.keyring = createKeyring(a.identity, DEVICE_A, NOW);
    let recovery = await writeRecoveryOffer(a.folder, a.keyring, a.identity, await createRecoveryTicket(generateRecoveryCode(), { cost: TEST_COST }));
    const code = newPairingCode();
    const ticket = await writeOffer(a.folder, a.keyring, a.identity, code, new Date(NOW.getTime() + 600_000), { cost: TEST_COST });
    const b = computer(dir);
    b.keyring = (await joinWithCode(b.folder, code, b.identity, DEVICE_B, NOW)).keyring;
    for (const item of (await a.folder.scan()).accepted) {
      const result = await acceptJoin(a.folder, a.keyring, a.identity, item, [ticket, recovery], NOW);
      if (result.status === 'added') a.keyring = result.keyring;
    }
    recovery = await writeRecoveryOffer(a.folder, a.keyring, a.identity, recovery);
    await syncUp(b);
    for (let i = 0; i < 5; i++) {
      await a.folder.write('data', entry(i));
      await b.folder.write('data', entry(100 + i));
    }
    // A third computer joins through a code and is removed: more control files naming computers.
    const c = computer(dir);
    const code2 = newPairingCode();
    const ticket2 = await writeOffer(a.folder, a.keyring, a.identity, code2, new Date(NOW.getTime() + 600_000), { cost: TEST_COST });
    c.keyring = (await joinWithCode(c.folder, code2, c.identity, `${PARTNER}'s old desktop`, NOW)).keyring;
    for (const item of (await a.folder.scan()).accepted) {
      const result = await acceptJoin(a.folder, a.keyring, a.identity, item, [ticket2], NOW);
      if (result.status === 'added') a.keyring = result.keyring;
    }
    const removal = removeDevice(a.keyring, a.identity, c.identity.deviceId, NOW);
    a.keyring = removal.keyring;
    await a.folder.writeSealed(removal.file);
    await writeRecoveryOffer(a.folder, a.keyring, a.identity, recovery);

    // The other computer did read it all: the scan below looks at real content.
    expect((await syncUp(b)).data.filter((d) => d.includes(MARKER))).toHaveLength(5);

    const names = readdirSync(dir);
    expect(names.length).toBeGreaterThanOrEqual(15);
    const found: string[] = [];
    for (const name of names) {
      expect(name).toMatch(HEARTH_NAME);
      const bytes = readFileSync(join(dir, name));
      for (const needle of NEEDLES) {
        for (const encoding of ['utf8', 'utf16le'] as const) {
          if (bytes.includes(Buffer.from(needle, encoding))) found.push(`${needle} (${encoding}) in a file`);
          // A shorter piece too, so a name split by an encoder would still be caught.
          if (bytes.includes(Buffer.from(needle.slice(0, 6), encoding))) found.push(`${needle.slice(0, 6)} (${encoding}) in a file`);
        }
        if (name.includes(needle)) found.push(`${needle} in a name`);
      }
      // No date in the clear either.
      for (const date of ['2026-12-05', '2026']) if (bytes.includes(Buffer.from(date))) found.push(`${date} in a file`);
    }
    expect(found).toEqual([]);
  });
});
