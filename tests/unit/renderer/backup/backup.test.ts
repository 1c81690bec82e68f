import { describe, expect, it } from 'vitest';
import { loadStrengthCheck, strengthInWords } from '../../../../src/renderer/src/backup/strength';
import {
  checkBackupPassphrase,
  dayInWords,
  MIN_BACKUP_PASSPHRASE_CHARACTERS,
  entriesInWords,
  overallFraction,
  partnersInWords,
  rangeInWords,
  sizeInWords,
} from '../../../../src/renderer/src/backup/words';

describe('a new backup passphrase, typed twice', () => {
  it('asks for the same minimum main enforces, counted in characters as main counts them', async () => {
    // main/core is outside the renderer's project, so it is loaded by a path the type checker does not follow.
    const exportModule = '../../../../src/main/core/backup/export';
    const core = (await import(/* @vite-ignore */ exportModule)) as { MIN_BACKUP_PASSPHRASE_LENGTH: number };
    expect(MIN_BACKUP_PASSPHRASE_CHARACTERS).toBe(core.MIN_BACKUP_PASSPHRASE_LENGTH);
    const short = '🔥'.repeat(MIN_BACKUP_PASSPHRASE_CHARACTERS - 1);
    expect(checkBackupPassphrase(short, short).first).toMatch(/at least 10 characters/);
    const enough = '🔥'.repeat(MIN_BACKUP_PASSPHRASE_CHARACTERS);
    expect(checkBackupPassphrase(enough, enough)).toEqual({});
  });

  it('asks for one, long enough, then the same again', () => {
    expect(checkBackupPassphrase('', '')).toEqual({ first: 'Please choose a passphrase for this backup.' });
    expect(checkBackupPassphrase('too short', 'too short').first).toMatch(/at least 10 characters/);
    expect(checkBackupPassphrase('a sentence only we know', '')).toEqual({ second: 'Please type the passphrase a second time.' });
    expect(checkBackupPassphrase('a sentence only we know', 'a sentence only we knew')).toEqual({
      second: 'The two do not match. Please type the passphrase again.',
    });
    expect(checkBackupPassphrase('a sentence only we know', 'a sentence only we know')).toEqual({});
  });
});

describe('what a backup holds, in words', () => {
  it('says sizes, names, entries and days plainly', () => {
    expect(sizeInWords(1)).toBe('1 byte');
    expect(sizeInWords(820)).toBe('820 bytes');
    expect(sizeInWords(48_200)).toMatch(/^48\.2 KB$/);
    expect(sizeInWords(1_400_000)).toMatch(/^1\.4 MB$/);
    expect(partnersInWords({ partners: [{ slot: 'b', name: 'Bo' }, { slot: 'a', name: 'Ada' }] })).toBe('Ada and Bo');
    expect(entriesInWords({ entries: 1, inTrash: 0 })).toBe('1 entry');
    expect(entriesInWords({ entries: 12, inTrash: 2 })).toBe('12 entries, and 2 entries in the trash');
    expect(rangeInWords({ firstDay: null, lastDay: null })).toBe('Nothing written yet');
    // In this computer's language, so only the shape is fixed here; the day never moves with the time zone.
    expect(rangeInWords({ firstDay: '2026-03-01', lastDay: '2026-03-01' })).toBe(dayInWords('2026-03-01'));
    expect(dayInWords('2026-03-01')).toMatch(/\b1\b.*March.*2026|March.*\b1\b.*2026/);
    expect(dayInWords('2025-12-31')).toMatch(/31/);
    expect(rangeInWords({ firstDay: '2025-12-31', lastDay: '2026-11-25' })).toBe(`${dayInWords('2025-12-31')} to ${dayInWords('2026-11-25')}`);
  });
});

describe('one progress bar for a whole task', () => {
  it('moves through the phases of an export in order and never backwards', () => {
    let at = 0;
    const seen: number[] = [];
    for (const [phase, done, total] of [
      ['reading', 0, 1],
      ['reading', 1, 1],
      ['encrypting', 50, 100],
      ['encrypting', 100, 100],
      ['verifying', 100, 100],
      ['encrypting', 10, 100], // late, out of order: ignored
    ] as const) {
      at = overallFraction('backup.export', { phase, done, total }, at);
      seen.push(at);
    }
    expect(seen).toEqual([0, 0.1, 0.35, 0.6, 1, 1]);
  });

  it('tells a restore’s first check (of the file) from its last (of the new journal)', () => {
    let at = overallFraction('backup.restore', { phase: 'decrypting', done: 1, total: 1 }, 0);
    at = overallFraction('backup.restore', { phase: 'checking', done: 1, total: 1 }, at);
    expect(at).toBe(0.4);
    at = overallFraction('backup.restore', { phase: 'writing', done: 1, total: 2 }, at);
    expect(at).toBeCloseTo(0.65);
    at = overallFraction('backup.restore', { phase: 'checking', done: 1, total: 1 }, overallFraction('backup.restore', { phase: 'writing', done: 2, total: 2 }, at));
    expect(at).toBe(1);
    expect(overallFraction('backup.export', { phase: 'unknown', done: 1, total: 1 }, 0.3)).toBe(0.3);
    expect(overallFraction('backup.export', { phase: 'encrypting', done: 0, total: 0 }, 0)).toBe(0.1);
  });
});

describe('how hard a passphrase is to guess', () => {
  it('loads its dictionaries once, and scores common words low and long sentences high', async () => {
    const first = loadStrengthCheck();
    expect(loadStrengthCheck()).toBe(first);
    const check = await first;
    expect(check('password', [])).toBe(0);
    // Words the couple's own screen shows (their names, 'hearth', 'backup') count as guessable.
    expect(check('hearthbackup', ['Ada', 'Bo', 'hearth', 'backup'])).toBeLessThan(check('hearthbackup', []));
    expect(check('qwertyuiop12', [])).toBeLessThanOrEqual(1);
    expect(check('the kettle sings when the blue heron leaves', [])).toBe(4);
    // In words from the catalogue, never a number.
    expect(strengthInWords(0)).toEqual({ verdict: 'Very easy to guess.', advice: 'Add a few more words: a short sentence only the two of you would think of.' });
    expect(strengthInWords(4).verdict).toBe('Very hard to guess.');
    expect(([0, 1, 2, 3, 4] as const).every((score) => !/\d/.test(strengthInWords(score).verdict + strengthInWords(score).advice))).toBe(true);
  });
});
