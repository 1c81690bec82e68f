import { describe, expect, it } from 'vitest';
import { newPairingCode, PAIRING_ALPHABET, PAIRING_CODE_LENGTH, parsePairingCode } from '../../../../../../src/main/core/sync/folder';

describe('a pairing code', () => {
  it('carries at least 128 bits by construction: 32 distinct letters, 26 of them, each from its own random byte', () => {
    expect(new Set(PAIRING_ALPHABET).size).toBe(32);
    expect(PAIRING_CODE_LENGTH * Math.log2(PAIRING_ALPHABET.length)).toBeGreaterThanOrEqual(128);
    const code = newPairingCode();
    expect(code.replaceAll('-', '')).toHaveLength(PAIRING_CODE_LENGTH);
    // Every byte value maps to a letter (& 31), so every letter is equally likely.
    const seen = new Map<string, number>();
    const counting = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => i * 37));
    for (let round = 0; round < 64; round++) {
      const bytes = counting(PAIRING_CODE_LENGTH).map((b) => (b + round * 11) & 255);
      for (const ch of newPairingCode(() => Buffer.from(bytes)).replaceAll('-', '')) seen.set(ch, (seen.get(ch) ?? 0) + 1);
    }
    expect(seen.size).toBe(32);
  });

  it('is shown in groups of 5-5-5-5-6 from the Crockford alphabet', () => {
    for (let i = 0; i < 50; i++) expect(newPairingCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}-[0-9A-HJKMNP-TV-Z]{6}$/);
  });

  it('two codes are never the same', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => newPairingCode()));
    expect(codes.size).toBe(1000);
  });

  it('is read as typed: any case, spaces or no dashes, O for 0, I or L for 1', () => {
    const code = newPairingCode(() => Buffer.from(Array.from({ length: 26 }, (_, i) => i)));
    expect(code).toBe('01234-56789-ABCDE-FGHJK-MNPQRS');
    expect(parsePairingCode('o1234 56789 abcde fghjk mnpqrs')).toBe(code);
    expect(parsePairingCode('OI234-56789-ABCDE-FGHJK-MNPQRS')).toBe(code);
    expect(parsePairingCode('0L23456789ABCDEFGHJKMNPQRS')).toBe(code);
  });

  it('is refused when it cannot be one: too short, too long, or a letter the alphabet lacks', () => {
    expect(parsePairingCode('01234-56789-ABCDE-FGHJK-MNPQR')).toBeNull();
    expect(parsePairingCode('01234-56789-ABCDE-FGHJK-MNPQRSS')).toBeNull();
    expect(parsePairingCode('U1234-56789-ABCDE-FGHJK-MNPQRS')).toBeNull();
    expect(parsePairingCode('')).toBeNull();
  });
});
