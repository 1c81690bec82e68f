import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  acceptJoin,
  createRecoveryTicket,
  joinWithCode,
  joinWithRecoveryCode,
  newPairingCode,
  removeDevice,
  rotateEpoch,
  seal,
  currentEpoch,
  writeOffer,
  writeRecoveryOffer,
  type OfferTicket,
} from '../../../../../../src/main/core/sync/folder';
import { generateRecoveryCode } from '../../../../../../src/main/core/vault';
import { createKeyring } from '../../../../../../src/main/core/sync/folder';
import { useTempDirs } from '../../../../../support/temp-dir';
import { computer, HEARTH_NAME, NOW, syncUp, TEST_COST, type Computer } from './support';

const tempDir = useTempDirs();
const text = (s: string) => Buffer.from(s, 'utf8');
const inTenMinutes = new Date(NOW.getTime() + 10 * 60_000);

function firstComputer(dir: string): Computer {
  const a = computer(dir);
  a.keyring = createKeyring(a.identity, "Robin's laptop", NOW);
  return a;
}

/** The member's side: scan, and accept each join request with the tickets it holds. */
async function acceptRequests(a: Computer, tickets: OfferTicket[]) {
  const results = [];
  for (const item of (await a.folder.scan()).accepted.filter((i) => i.kind === 'join')) {
    const result = await acceptJoin(a.folder, a.keyring, a.identity, item, tickets, NOW);
    if (result.status === 'added') a.keyring = result.keyring;
    results.push(result);
  }
  return results;
}

describe('joining with a pairing code', () => {
  it('the second computer joins, and each then reads what the other writes', async () => {
    const dir = tempDir();
    const a = firstComputer(dir);
    await a.folder.write('data', text('written before B came'));
    const code = newPairingCode();
    const ticket = await writeOffer(a.folder, a.keyring, a.identity, code, inTenMinutes, { cost: TEST_COST });
    expect(ticket.name).toMatch(HEARTH_NAME);

    const b = computer(dir);
    const joined = await joinWithCode(b.folder, code.toLowerCase().replaceAll('-', ' '), b.identity, "Sam's laptop", NOW);
    b.keyring = joined.keyring;
    expect(joined.requestName).toMatch(HEARTH_NAME);

    const [result] = await acceptRequests(a, [ticket]);
    expect(result).toMatchObject({ status: 'added', ticketUsed: true, member: { deviceId: b.identity.deviceId, name: "Sam's laptop" } });
    expect(existsSync(join(dir, ticket.name))).toBe(false);
    expect(a.keyring.members.map((m) => m.name)).toEqual(["Robin's laptop", "Sam's laptop"]);

    const seenByB = await syncUp(b);
    expect(seenByB.rejected).toEqual([]);
    expect(seenByB.data).toEqual(['written before B came']);
    expect(b.keyring.current).toBe(a.keyring.current);
    expect(b.keyring.members.map((m) => m.deviceId)).toContain(b.identity.deviceId);

    await a.folder.write('data', text('from A'));
    await b.folder.write('data', text('from B'));
    expect((await syncUp(b)).data).toEqual(['from A']);
    expect((await syncUp(a)).data).toEqual(['from B']);
    for (const name of readdirSync(dir)) expect(name).toMatch(HEARTH_NAME);
  });

  it('a computer joining with an offer older than the last key change still reads everything', async () => {
    const dir = tempDir();
    const a = firstComputer(dir);
    const code = newPairingCode();
    const ticket = await writeOffer(a.folder, a.keyring, a.identity, code, inTenMinutes, { cost: TEST_COST });
    const rotation = rotateEpoch(a.keyring, a.identity, NOW);
    a.keyring = rotation.keyring;
    await a.folder.writeSealed(rotation.file);
    await a.folder.write('data', text('sealed in the epoch after the offer'));
    const b = computer(dir);
    b.keyring = (await joinWithCode(b.folder, code, b.identity, 'B', NOW)).keyring;
    expect(await acceptRequests(a, [ticket])).toMatchObject([{ status: 'added' }]);
    const seen = await syncUp(b);
    expect(seen.data).toEqual(['sealed in the epoch after the offer']);
    expect(b.keyring.current).toBe(a.keyring.current);
    await b.folder.write('data', text('hello from B'));
    expect((await syncUp(a)).data).toEqual(['hello from B']);
  });

  it('a code works once: after one computer joins, the offer is gone', async () => {
    const dir = tempDir();
    const a = firstComputer(dir);
    const code = newPairingCode();
    const ticket = await writeOffer(a.folder, a.keyring, a.identity, code, inTenMinutes, { cost: TEST_COST });
    const b = computer(dir);
    const c = computer(dir);
    b.keyring = (await joinWithCode(b.folder, code, b.identity, 'B', NOW)).keyring;
    // C read the offer before A saw B's request: its request comes second and is refused.
    c.keyring = (await joinWithCode(c.folder, code, c.identity, 'C', NOW)).keyring;
    const results = await acceptRequests(a, [ticket]);
    expect(results.map((r) => r.status)).toEqual(['added', 'ignored']);
    expect(results.find((r) => r.status === 'ignored')).toMatchObject({ reason: 'used' });
    expect(a.keyring.members).toHaveLength(2);
    const d = computer(dir);
    await expect(joinWithCode(d.folder, code, d.identity, 'D', NOW)).rejects.toMatchObject({ code: 'SYNC_NO_OFFER' });
  });

  it('an expired code is refused on the joining computer, and by the member', async () => {
    const dir = tempDir();
    const a = firstComputer(dir);
    const code = newPairingCode();
    const ticket = await writeOffer(a.folder, a.keyring, a.identity, code, inTenMinutes, { cost: TEST_COST });
    const b = computer(dir);
    const late = new Date(inTenMinutes.getTime() + 1000);
    await expect(joinWithCode(b.folder, code, b.identity, 'B', late)).rejects.toMatchObject({ code: 'SYNC_CODE_EXPIRED' });
    // A joiner whose clock is behind still gets nowhere once the member's clock says it is over.
    b.keyring = (await joinWithCode(b.folder, code, b.identity, 'B', NOW)).keyring;
    const item = (await a.folder.scan()).accepted.find((i) => i.kind === 'join')!;
    expect(await acceptJoin(a.folder, a.keyring, a.identity, item, [ticket], late)).toEqual({ status: 'ignored', reason: 'expired' });
    expect(existsSync(join(dir, ticket.name))).toBe(false);
  });

  it('a wrong or mistyped code is refused, and no request is written', async () => {
    const dir = tempDir();
    const a = firstComputer(dir);
    const code = newPairingCode();
    await writeOffer(a.folder, a.keyring, a.identity, code, inTenMinutes, { cost: TEST_COST });
    const b = computer(dir);
    const before = readdirSync(dir).length;
    await expect(joinWithCode(b.folder, newPairingCode(), b.identity, 'B', NOW)).rejects.toMatchObject({ code: 'SYNC_CODE_WRONG' });
    await expect(joinWithCode(b.folder, code.slice(0, 20), b.identity, 'B', NOW)).rejects.toMatchObject({ code: 'SYNC_CODE_WRONG' });
    expect(readdirSync(dir)).toHaveLength(before);
    const empty = computer(tempDir());
    await expect(joinWithCode(empty.folder, code, empty.identity, 'B', NOW)).rejects.toMatchObject({ code: 'SYNC_NO_OFFER' });
  });

  it('an offer the sync tool is still bringing reads as "not here yet", not as a wrong code', async () => {
    const dir = tempDir();
    const a = firstComputer(dir);
    const code = newPairingCode();
    const ticket = await writeOffer(a.folder, a.keyring, a.identity, code, inTenMinutes, { cost: TEST_COST });
    const whole = readFileSync(join(dir, ticket.name));
    writeFileSync(join(dir, ticket.name), whole.subarray(0, 700));
    const b = computer(dir);
    await expect(joinWithCode(b.folder, code, b.identity, 'B', NOW)).rejects.toMatchObject({ code: 'SYNC_NO_OFFER' });
    writeFileSync(join(dir, ticket.name), whole);
    await expect(joinWithCode(b.folder, code, b.identity, 'B', NOW)).resolves.toMatchObject({ requestName: expect.stringMatching(HEARTH_NAME) });
  });

  it('a request that did not read the offer (no proof) adds nobody, even sealed in the right key', async () => {
    const dir = tempDir();
    const a = firstComputer(dir);
    const ticket = await writeOffer(a.folder, a.keyring, a.identity, newPairingCode(), inTenMinutes, { cost: TEST_COST });
    const intruder = computer(dir, a.keyring);
    const body = { v: 1, offerId: ticket.offerId, proof: Buffer.alloc(32).toString('base64'), name: 'Intruder', agreementKey: intruder.identity.agreement.publicKey.toString('base64') };
    await intruder.folder.writeSealed(seal(currentEpoch(a.keyring), 'join', intruder.identity, text(JSON.stringify(body))));
    expect(await acceptRequests(a, [ticket])).toEqual([{ status: 'ignored', reason: 'bad-proof' }]);
    expect(a.keyring.members).toHaveLength(1);
  });

  it('a computer removed later cannot join again through a new offer it sees appear', async () => {
    const dir = tempDir();
    const a = firstComputer(dir);
    const code = newPairingCode();
    const ticket = await writeOffer(a.folder, a.keyring, a.identity, code, inTenMinutes, { cost: TEST_COST });
    const b = computer(dir);
    b.keyring = (await joinWithCode(b.folder, code, b.identity, 'B', NOW)).keyring;
    await acceptRequests(a, [ticket]);
    await syncUp(b);
    const removal = removeDevice(a.keyring, a.identity, b.identity.deviceId, NOW);
    a.keyring = removal.keyring;
    await a.folder.writeSealed(removal.file);
    await syncUp(b);
    expect(b.keyring.removedHere).toBe(true);
    // A shows a new code for someone else; B, holding old keys, tries to answer it with the same identity.
    const second = await writeOffer(a.folder, a.keyring, a.identity, newPairingCode(), inTenMinutes, { cost: TEST_COST });
    const body = { v: 1, offerId: second.offerId, proof: Buffer.alloc(32).toString('base64'), name: 'B again', agreementKey: b.identity.agreement.publicKey.toString('base64') };
    await b.folder.writeSealed(seal(currentEpoch(b.keyring), 'join', b.identity, text(JSON.stringify(body))));
    const scan = await a.folder.scan();
    expect(scan.accepted.filter((i) => i.kind === 'join')).toEqual([]);
    expect(scan.rejected.map((r) => r.reason)).toContain('not-member');
    // Under a fresh identity its request opens, but proves nothing and is sealed in a key B held.
    const fresh = computer(dir, b.keyring);
    const freshBody = { ...body, agreementKey: fresh.identity.agreement.publicKey.toString('base64') };
    await fresh.folder.writeSealed(seal(currentEpoch(b.keyring), 'join', fresh.identity, text(JSON.stringify(freshBody))));
    expect(await acceptRequests(a, [second])).toEqual([{ status: 'ignored', reason: 'bad-proof' }]);
    expect(a.keyring.members).toHaveLength(1);
  });
});

describe('joining with the recovery code', () => {
  it('opens the recovery offer the first computer keeps, which follows every epoch change', async () => {
    const dir = tempDir();
    const a = firstComputer(dir);
    const recoveryCode = generateRecoveryCode();
    let ticket = await createRecoveryTicket(recoveryCode, { cost: TEST_COST });
    ticket = await writeRecoveryOffer(a.folder, a.keyring, a.identity, ticket);
    const firstOffer = ticket.name!;

    const b = computer(dir);
    b.keyring = (await joinWithRecoveryCode(b.folder, recoveryCode.toLowerCase(), b.identity, 'B')).keyring;
    const [result] = await acceptRequests(a, [ticket]);
    expect(result).toMatchObject({ status: 'added', ticketUsed: false });
    // The recovery offer is renewed for the new epoch; the old one goes.
    ticket = await writeRecoveryOffer(a.folder, a.keyring, a.identity, ticket);
    expect(existsSync(join(dir, firstOffer))).toBe(false);
    expect(existsSync(join(dir, ticket.name!))).toBe(true);

    await a.folder.write('data', text('after B joined'));
    expect((await syncUp(b)).data).toEqual(['after B joined']);

    // A third computer joining later with the same code gets the newest epoch.
    const c = computer(dir);
    c.keyring = (await joinWithRecoveryCode(c.folder, recoveryCode, c.identity, 'C')).keyring;
    expect(c.keyring.current).toBe(a.keyring.current);
    expect((await syncUp(c)).data).toContain('after B joined');
  });

  it('a wrong recovery code, or one with a typo, is refused', async () => {
    const dir = tempDir();
    const a = firstComputer(dir);
    await writeRecoveryOffer(a.folder, a.keyring, a.identity, await createRecoveryTicket(generateRecoveryCode(), { cost: TEST_COST }));
    const b = computer(dir);
    await expect(joinWithRecoveryCode(b.folder, generateRecoveryCode(), b.identity, 'B')).rejects.toMatchObject({ code: 'SYNC_CODE_WRONG' });
    await expect(joinWithRecoveryCode(b.folder, 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA', b.identity, 'B')).rejects.toMatchObject({ code: 'RECOVERY_CODE_TYPO' });
  });
});
