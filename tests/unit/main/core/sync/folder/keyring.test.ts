import { describe, expect, it } from 'vitest';
import {
  addDevice,
  applyEpochChange,
  createDeviceIdentity,
  currentEpoch,
  identityFromJson,
  identityToJson,
  keyringFromJson,
  keyringToJson,
  memberOf,
  open,
  removeDevice,
  rotateEpoch,
  seal,
  type Keyring,
} from '../../../../../../src/main/core/sync/folder';
import { couple, NOW, trio } from './couple';

const text = (s: string) => Buffer.from(s, 'utf8');

function apply(keyring: Keyring, identity: Parameters<typeof applyEpochChange>[1], file: Buffer) {
  const opened = open(file, keyring);
  if (!opened.ok) return { ok: false as const, reason: opened.reason };
  return applyEpochChange(keyring, identity, opened);
}

describe('removing a computer', () => {
  it('locks it out: holding every old key and the change itself, it opens nothing sealed afterwards', () => {
    const { a, b, c, ka, kb, kc } = trio();
    const removal = removeDevice(ka, a, c.deviceId, NOW);
    const afterB = apply(kb, b, removal.file);
    expect(afterB).toMatchObject({ ok: true, changed: true });
    const kb2 = (afterB as { keyring: Keyring }).keyring;
    expect(kb2.current).toBe(removal.keyring.current);

    // C sees the change (it is sealed in an epoch C had) but gets no key from it.
    const afterC = apply(kc, c, removal.file);
    expect(afterC).toMatchObject({ ok: true, keyring: { removedHere: true } });
    const kc2 = (afterC as { keyring: Keyring }).keyring;
    expect(kc2.epochs.map((e) => e.id)).not.toContain(removal.keyring.current);

    const secret = seal(currentEpoch(kb2), 'data', b, text('written after the removal'));
    expect(open(secret, kc2)).toEqual({ ok: false, reason: 'other-journal' });
    expect(open(secret, kc)).toEqual({ ok: false, reason: 'other-journal' });
    expect(open(secret, removal.keyring)).toMatchObject({ ok: true });
  });

  it('cannot write back in: its files in an old epoch are refused, and so is an epoch change of its own', () => {
    const { a, b, c, ka, kb, kc } = trio();
    const removal = removeDevice(ka, a, c.deviceId, NOW);
    const kb2 = (apply(kb, b, removal.file) as { keyring: Keyring }).keyring;
    expect(open(seal(currentEpoch(kc), 'data', c, text('sneaking in')), kb2)).toEqual({ ok: false, reason: 'not-member' });
    // C makes its own "new epoch" from the epoch it still holds, naming itself and the others.
    const own = rotateEpoch(kc, c, NOW);
    expect(open(own.file, kb2)).toEqual({ ok: false, reason: 'not-member' });
    expect(open(own.file, removal.keyring)).toEqual({ ok: false, reason: 'not-member' });
  });

  it('refuses an epoch change signed by a device that is not a member', () => {
    const { a, ka } = couple();
    const outsider = createDeviceIdentity();
    const forged = rotateEpoch({ ...ka, members: [...ka.members, memberOf(outsider, 'x')] }, outsider, NOW);
    const opened = open(forged.file, ka);
    expect(opened).toEqual({ ok: false, reason: 'not-member' });
    // Even handed past the envelope check, applying checks the signer against this computer's members.
    const past = open(forged.file, { ...ka, members: [...ka.members, memberOf(outsider, 'x')] });
    expect(past.ok).toBe(true);
    expect(past.ok && applyEpochChange(ka, a, past)).toEqual({ ok: false, reason: 'not-member' });
  });

  it('a change seen twice is applied once', () => {
    const { a, b, ka, kb } = couple();
    const rotation = rotateEpoch(ka, a, NOW);
    const once = apply(kb, b, rotation.file) as { keyring: Keyring };
    expect(apply(once.keyring, b, rotation.file)).toMatchObject({ ok: true, changed: false });
  });
});

describe('two changes at once', () => {
  it('a removal and an addition that crossed settle on one epoch that seals to no removed computer', () => {
    const { a, b, c, ka, kb } = trio();
    const d = createDeviceIdentity();
    const removal = removeDevice(ka, a, c.deviceId, NOW); // on A
    const addition = addDevice(kb, b, memberOf(d, 'New tablet'), NOW); // on B, at the same time
    const ka2 = (apply(removal.keyring, a, addition.file) as { keyring: Keyring }).keyring;
    const kb2 = (apply(addition.keyring, b, removal.file) as { keyring: Keyring }).keyring;
    for (const k of [ka2, kb2]) {
      expect(k.removed).toContain(c.deviceId);
      expect(k.members.map((m) => m.deviceId).sort()).toEqual([a.deviceId, b.deviceId, d.deviceId].sort());
      expect(currentEpoch(k).members).not.toContain(c.deviceId);
      expect(k.needsRotation).toBe(true);
    }
    expect(ka2.current).toBe(kb2.current);
    // One rotation seals to A, B and D, and both end on it.
    const rotation = rotateEpoch(ka2, a, NOW);
    expect(rotation.keyring.needsRotation).toBe(false);
    const kb3 = (apply(kb2, b, rotation.file) as { keyring: Keyring }).keyring;
    expect(kb3.current).toBe(rotation.keyring.current);
    expect(kb3.needsRotation).toBe(false);
    expect(currentEpoch(kb3).members.sort()).toEqual([a.deviceId, b.deviceId, d.deviceId].sort());
  });
});

describe('keeping keys in the journal', () => {
  it('a keyring and an identity survive their JSON form', () => {
    const { a, b, ka } = couple();
    const back = keyringFromJson(keyringToJson(ka));
    expect(back).toEqual(ka);
    const me = identityFromJson(identityToJson(a));
    expect(me).toEqual(a);
    // The restored identity still signs what the other computer accepts.
    expect(open(seal(currentEpoch(back), 'data', me, text('still me')), ka)).toMatchObject({ ok: true, device: a.deviceId });
    expect(b.deviceId).toMatch(/^[0-9a-f]{32}$/);
  });
});
