import { describe, expect, it } from 'vitest';
import { checkNewPassphrase } from '../../../../src/renderer/src/ui/check-passphrase';
import { isLockShortcut } from '../../../../src/renderer/src/lock/use-lock-triggers';
import { isSameGroup, pickTwoGroups, recoveryGroups } from '../../../../src/renderer/src/recovery/recovery-groups';

describe('the recovery code check', () => {
  it('asks for two different groups, in order, and over many draws every pair comes up', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const [a, b] = pickTwoGroups(5);
      expect(a).toBeGreaterThanOrEqual(1);
      expect(b).toBeLessThanOrEqual(5);
      expect(a).toBeLessThan(b);
      seen.add(`${a}-${b}`);
    }
    expect(seen.size).toBe(10);
  });

  it('reads a group as main reads a code: any case, spaces, and look-alike letters', () => {
    const groups = recoveryGroups('7K3QZ-01ABC-XYZ10-AAAAA-BBBBB');
    expect(groups).toHaveLength(5);
    expect(isSameGroup(' 7k3qz ', groups[0]!)).toBe(true);
    expect(isSameGroup('oiabc', groups[1]!)).toBe(true); // O for 0, I for 1
    expect(isSameGroup('xyz1o', groups[2]!)).toBe(true);
    expect(isSameGroup('7K3QY', groups[0]!)).toBe(false);
    expect(isSameGroup('', groups[0]!)).toBe(false);
  });
});

describe('a new passphrase', () => {
  it('needs 8 characters, counted as characters (not bytes), typed the same twice', () => {
    expect(checkNewPassphrase('', '')).toEqual({ first: 'Please choose a passphrase.' });
    expect(checkNewPassphrase('seven!!', 'seven!!').first).toMatch(/at least 8 characters/);
    expect(checkNewPassphrase('🌙🌙🌙🌙🌙🌙🌙', '🌙🌙🌙🌙🌙🌙🌙').first).toMatch(/at least 8 characters/);
    expect(checkNewPassphrase('🌙🌙🌙🌙🌙🌙🌙🌙', '🌙🌙🌙🌙🌙🌙🌙🌙')).toEqual({});
    expect(checkNewPassphrase('tea at the window', '')).toEqual({ second: 'Please type the passphrase a second time.' });
    expect(checkNewPassphrase('tea at the window', 'tea at the widow')).toEqual({
      second: 'The two do not match. Please type the passphrase again.',
    });
    expect(checkNewPassphrase('tea at the window', 'tea at the window')).toEqual({});
  });
});

describe('the lock shortcut', () => {
  const key = (init: Partial<KeyboardEvent>) =>
    ({ ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, key: '', code: '', ...init }) as KeyboardEvent;

  it('is Ctrl+L or Cmd+L, by letter or, on other alphabets, by the key’s place', () => {
    expect(isLockShortcut(key({ ctrlKey: true, key: 'l', code: 'KeyL' }))).toBe(true);
    expect(isLockShortcut(key({ metaKey: true, key: 'l', code: 'KeyL' }))).toBe(true);
    expect(isLockShortcut(key({ ctrlKey: true, key: 'L', code: 'KeyL' }))).toBe(true); // caps lock on
    expect(isLockShortcut(key({ ctrlKey: true, key: 'д', code: 'KeyL' }))).toBe(true); // Cyrillic layout
    expect(isLockShortcut(key({ ctrlKey: true, key: 'l', code: 'KeyP' }))).toBe(true); // Dvorak
  });

  it('is not a plain l, nor Ctrl+Shift+L or Ctrl+Alt+L (AltGr on some keyboards)', () => {
    expect(isLockShortcut(key({ key: 'l', code: 'KeyL' }))).toBe(false);
    expect(isLockShortcut(key({ ctrlKey: true, shiftKey: true, key: 'L', code: 'KeyL' }))).toBe(false);
    expect(isLockShortcut(key({ ctrlKey: true, altKey: true, key: 'l', code: 'KeyL' }))).toBe(false);
    expect(isLockShortcut(key({ ctrlKey: true, key: 'k', code: 'KeyK' }))).toBe(false);
  });
});
