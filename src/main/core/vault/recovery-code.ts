import { randomBytes } from 'node:crypto';

/**
 * A recovery code a person can copy by hand: Crockford's base32 (no I, L, O or U), five
 * groups of five, the last character a check so a typo is caught before the slow KDF.
 * 24 random characters carry 120 bits.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_CHARS = 24;

const checkChar = (chars: string): string => {
  let sum = 0;
  for (let i = 0; i < chars.length; i++) sum = (sum * 31 + ALPHABET.indexOf(chars[i]!) + i) % 32;
  return ALPHABET[sum]!;
};

export function generateRecoveryCode(random: (n: number) => Buffer = randomBytes): string {
  const bytes = random(RANDOM_CHARS);
  let chars = '';
  for (const byte of bytes) chars += ALPHABET[byte & 31];
  return formatRecoveryCode(chars + checkChar(chars));
}

/** Five groups of five. Built without a regular expression: V8 keeps the subject of the last match alive. */
const formatRecoveryCode = (chars: string) => {
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += 5) groups.push(chars.slice(i, i + 5));
  return groups.join('-');
};

export type ParsedRecoveryCode = { ok: true; canonical: string } | { ok: false; reason: 'length' | 'typo' };

const LOOK_ALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };

/**
 * Accepts what a person types: any case, spaces or dashes, and the look-alikes O→0, I/L→1.
 * Read character by character rather than with regular expressions, whose last match V8
 * keeps (and with it the code) until the next one.
 */
export function parseRecoveryCode(typed: string): ParsedRecoveryCode {
  let chars = '';
  for (const typedChar of typed.toUpperCase()) {
    if (typedChar === '-' || typedChar.trim() === '') continue;
    chars += LOOK_ALIKES[typedChar] ?? typedChar;
  }
  if (chars.length !== RANDOM_CHARS + 1 || [...chars].some((c) => !ALPHABET.includes(c))) {
    return { ok: false, reason: 'length' };
  }
  const body = chars.slice(0, RANDOM_CHARS);
  if (checkChar(body) !== chars[RANDOM_CHARS]) return { ok: false, reason: 'typo' };
  return { ok: true, canonical: formatRecoveryCode(chars) };
}
