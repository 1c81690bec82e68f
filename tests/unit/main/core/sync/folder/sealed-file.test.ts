import { describe, expect, it } from 'vitest';
import {
  createDeviceIdentity,
  createKeyring,
  currentEpoch,
  HEADER_BYTES,
  open,
  PAD_BYTES,
  readHeader,
  seal,
} from '../../../../../../src/main/core/sync/folder';
import { couple, NOW } from './couple';

const change = (text: string) => Buffer.from(text, 'utf8');

describe('a sealed file', () => {
  it('opens to the same kind, device and bytes it was sealed with', () => {
    const { a, ka, kb } = couple();
    const file = seal(currentEpoch(ka), 'data', a, change('an Automerge change'));
    const opened = open(file, kb);
    expect(opened).toMatchObject({ ok: true, kind: 'data', device: a.deviceId, keyId: ka.current });
    expect(opened.ok && opened.bytes.toString('utf8')).toBe('an Automerge change');
  });

  it('carries empty and large payloads whole', () => {
    const { a, ka } = couple();
    for (const bytes of [Buffer.alloc(0), Buffer.alloc(300_000, 7)]) {
      const opened = open(seal(currentEpoch(ka), 'data', a, bytes), ka);
      expect(opened.ok && opened.bytes.equals(bytes)).toBe(true);
    }
  });

  it('is padded to whole KiB, so a one-entry and a three-entry change look the same size', () => {
    const { a, ka } = couple();
    const one = seal(currentEpoch(ka), 'data', a, change('x'.repeat(40)));
    const three = seal(currentEpoch(ka), 'data', a, change('x'.repeat(400)));
    expect(one.length).toBe(three.length);
    expect((one.length - HEADER_BYTES - 16) % PAD_BYTES).toBe(0);
    const bigger = seal(currentEpoch(ka), 'data', a, change('x'.repeat(1500)));
    expect(bigger.length).toBe(one.length + PAD_BYTES);
  });

  it('shows only magic, version, key kind and epoch id outside the encryption', () => {
    const { a, ka } = couple();
    const header = readHeader(seal(currentEpoch(ka), 'join', a, change('hello')));
    expect(header).toMatchObject({ keyKind: 'epoch', keyId: ka.current });
  });

  it('is damaged, never opened, when any single byte is flipped', () => {
    const { a, ka } = couple();
    const file = seal(currentEpoch(ka), 'data', a, change('keep this safe'));
    const outcomes = new Set<string>();
    for (let i = 0; i < file.length; i++) {
      const bad = Buffer.from(file);
      bad[i] = bad[i]! ^ 0x01;
      const opened = open(bad, ka);
      outcomes.add(opened.ok ? `opened at ${i}` : opened.reason);
    }
    expect([...outcomes]).toEqual(['damaged']);
  });

  it('is damaged when cut short, and not a file of another journal', () => {
    const { a, ka } = couple();
    const file = seal(currentEpoch(ka), 'data', a, change('cut'));
    for (const length of [0, 10, HEADER_BYTES - 1, HEADER_BYTES, HEADER_BYTES + 500, file.length - 1]) {
      expect(open(file.subarray(0, length), ka)).toEqual({ ok: false, reason: 'damaged' });
    }
  });

  it("is other-journal for a keyring that does not hold its epoch", () => {
    const { a, ka } = couple();
    const stranger = createDeviceIdentity();
    const theirs = createKeyring(stranger, 'Elsewhere', NOW);
    expect(open(seal(currentEpoch(ka), 'data', a, change('ours')), theirs)).toEqual({ ok: false, reason: 'other-journal' });
    expect(open(seal(currentEpoch(theirs), 'data', stranger, change('theirs')), ka)).toEqual({ ok: false, reason: 'other-journal' });
  });

  it('refuses data from a device that is not a member, even sealed in the right key, but lets it ask to join', () => {
    const { ka } = couple();
    const outsider = createDeviceIdentity();
    expect(open(seal(currentEpoch(ka), 'data', outsider, change('let me in')), ka)).toEqual({ ok: false, reason: 'not-member' });
    expect(open(seal(currentEpoch(ka), 'join', outsider, change('may I join')), ka)).toMatchObject({ ok: true, kind: 'join' });
  });

  it('refuses a file that claims a member id but is signed with another key', () => {
    const { a, ka } = couple();
    const impostor = { ...createDeviceIdentity(), deviceId: a.deviceId };
    expect(open(seal(currentEpoch(ka), 'data', impostor, change('pretending')), ka)).toEqual({ ok: false, reason: 'not-member' });
  });
});
