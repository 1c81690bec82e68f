import { describe, expect, it } from 'vitest';
import {
  agoInWords,
  codeGroups,
  countdown,
  readTypedCode,
  rejectedCount,
} from '../../../../src/renderer/src/sync/words';

// main/core is outside the renderer's project: loaded by paths the type checker does not follow,
// so the codes here are the ones core really makes and reads, not copies of their format.
const pairingModule = '../../../../src/main/core/sync/folder/pairing';
const recoveryModule = '../../../../src/main/core/vault/recovery-code';
const core = async () => ({
  ...((await import(/* @vite-ignore */ pairingModule)) as { newPairingCode: () => string; parsePairingCode: (typed: string) => string | null }),
  ...((await import(/* @vite-ignore */ recoveryModule)) as {
    generateRecoveryCode: () => string;
    parseRecoveryCode: (typed: string) => { ok: boolean };
  }),
});

const MINUTE = 60_000;
const now = Date.UTC(2026, 11, 6, 14, 0, 0);

describe('when it last synced, in words', () => {
  it('says just now, then minutes, then hours', () => {
    expect(agoInWords(now - 10_000, now)).toBe('just now');
    expect(agoInWords(now + 5_000, now)).toBe('just now'); // the other clock a little ahead
    expect(agoInWords(now - MINUTE, now)).toBe('a minute ago');
    expect(agoInWords(now - 7 * MINUTE, now)).toBe('7 minutes ago');
    expect(agoInWords(now - 60 * MINUTE, now)).toBe('an hour ago');
    expect(agoInWords(now - 5 * 60 * MINUTE, now)).toBe('5 hours ago');
  });

  it('gives the date after a day', () => {
    expect(agoInWords(now - 3 * 24 * 60 * MINUTE, now)).toMatch(/^on December [23]\b/);
  });
});

describe('a pairing code on screen', () => {
  it('counts down as a clock does, and stops at zero', () => {
    expect(countdown(now + 15 * MINUTE, now)).toBe('15:00');
    expect(countdown(now + 61_000, now)).toBe('1:01');
    expect(countdown(now + 500, now)).toBe('0:01');
    expect(countdown(now - 5_000, now)).toBe('0:00');
  });

  it('shows core’s code in five groups, the last of six, with every character in order', async () => {
    const { newPairingCode } = await core();
    for (let i = 0; i < 20; i++) {
      const code = newPairingCode();
      const groups = codeGroups(code);
      expect(groups.map((g) => g.length)).toEqual([5, 5, 5, 5, 6]);
      expect(groups.join('')).toBe(code.replaceAll('-', ''));
    }
  });

  it('regroups a code that came with its dashes in odd places', () => {
    expect(codeGroups('7K2QM--0D4X-A9T-R5BHW3NCZ8P1RT')).toEqual(['7K2QM', '0D4XA', '9TR5B', 'HW3NC', 'Z8P1RT']);
  });
});

describe('the code typed on the joining computer', () => {
  it('is read as a pairing code or a recovery code by its length, as core will parse it', async () => {
    const { newPairingCode, parsePairingCode, generateRecoveryCode, parseRecoveryCode } = await core();
    const pairing = newPairingCode();
    const typedPairing = readTypedCode(` ${pairing.toLowerCase().replaceAll('-', ' ')} `);
    expect(typedPairing).toHaveProperty('pairingCode');
    expect(parsePairingCode((typedPairing as { pairingCode: string }).pairingCode)).toBe(pairing);

    const recovery = generateRecoveryCode();
    const typedRecovery = readTypedCode(recovery.replaceAll('-', ''));
    expect(typedRecovery).toHaveProperty('recoveryCode');
    expect(parseRecoveryCode((typedRecovery as { recoveryCode: string }).recoveryCode).ok).toBe(true);
  });

  it('asks for a code when none is typed, and says what a code looks like when one is cut short', async () => {
    const { newPairingCode } = await core();
    expect(readTypedCode('   ')).toEqual({ error: 'Type the pairing code from the other computer, or your recovery code.' });
    expect(readTypedCode(newPairingCode().slice(0, -3))).toEqual({ error: expect.stringMatching(/not quite a pairing code/) });
  });

});

describe('files the folder holds that were never applied', () => {
  it('counts every file that was never applied', () => {
    expect(rejectedCount({ damaged: 2, otherJournal: 3 })).toBe(5);
    expect(rejectedCount({ damaged: 0, otherJournal: 0 })).toBe(0);
  });
});
