import { describe, expect, it } from 'vitest';
import { calibrateScrypt, checkScryptParams } from '../../../../../src/main/core/vault/kdf';
import { generateRecoveryCode, parseRecoveryCode } from '../../../../../src/main/core/vault/recovery-code';
import { failureDelayMs } from '../../../../../src/main/core/vault/attempts';

describe('scrypt calibration', () => {
  /** A machine where a derivation takes `msAt14` at 2^14 and scales linearly with N, as scrypt does. */
  const machine = (msAt14: number) => {
    const tried: number[] = [];
    return { tried, measure: async ({ N }: { N: number }) => (tried.push(Math.log2(N)), (msAt14 * N) / 2 ** 14) };
  };

  it.each([
    [32, 17, 'this machine (2^14 in ~32 ms, 2^17 in ~256 ms)'],
    [70, 16, 'a slower laptop'],
    [300, 14, 'a very slow computer: already over a quarter second at the floor'],
    [2, 18, 'a very fast computer: capped at 2^18'],
  ])('at %s ms for 2^14 it picks 2^%s (%s)', async (msAt14, expectedLogN) => {
    const { measure, tried } = machine(msAt14);
    const { params, measuredMs } = await calibrateScrypt(250, measure, (n) => Buffer.alloc(n, 1));
    expect(Math.log2(params.N)).toBe(expectedLogN);
    expect(params).toMatchObject({ name: 'scrypt', r: 8, p: 1 });
    expect(measuredMs).toBe((msAt14 * params.N) / 2 ** 14);
    expect(tried.length).toBeLessThanOrEqual(3);
  });

  it('refuses parameters that would hang or exhaust memory', () => {
    const base = { name: 'scrypt' as const, salt: 'AAAA', r: 8, p: 1 };
    expect(() => checkScryptParams({ ...base, N: 2 ** 17 })).not.toThrow();
    for (const N of [2 ** 21, 2 ** 30, 3000, 1, 0]) {
      expect(() => checkScryptParams({ ...base, N })).toThrow(expect.objectContaining({ code: 'VAULT_CORRUPT' }));
    }
    expect(() => checkScryptParams({ ...base, N: 2 ** 17, r: 1000 })).toThrow();
  });
});

describe('recovery codes', () => {
  it('are five groups of five, with no ambiguous characters', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateRecoveryCode();
      expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){4}[0-9A-HJKMNP-TV-Z]{5}$/);
      expect(code).not.toMatch(/[ILOU]/);
    }
  });

  it('accept what a person types: lower case, spaces, and look-alike letters', () => {
    const code = generateRecoveryCode((n) => Buffer.alloc(n, 0));
    expect(code.startsWith('00000-')).toBe(true);
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    expect(parseRecoveryCode(typed)).toEqual({ ok: true, canonical: code });
  });

  it('catch a single typo before any slow work', () => {
    let caught = 0;
    let tried = 0;
    for (let i = 0; i < 50; i++) {
      const code = generateRecoveryCode().replace(/-/g, '');
      for (let pos = 0; pos < code.length; pos++) {
        const replacement = code[pos] === 'Z' ? 'Y' : 'Z';
        const typo = code.slice(0, pos) + replacement + code.slice(pos + 1);
        tried++;
        if (!parseRecoveryCode(typo).ok) caught++;
      }
    }
    expect(caught / tried).toBeGreaterThan(0.9);
    expect(parseRecoveryCode('too short')).toEqual({ ok: false, reason: 'length' });
  });
});

describe('the delay after wrong secrets', () => {
  it('is nothing for three tries, then doubles up to a minute', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 9, 20].map(failureDelayMs)).toEqual([0, 0, 0, 1000, 2000, 4000, 8000, 60000, 60000]);
  });
});
