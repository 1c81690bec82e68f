import { locale, t } from '../i18n';

/*
 * The plain words and small rules of the "Two computers" screen, kept apart from React so a
 * unit test can hold them to what the couple reads.
 */

const dateAndTime = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' });

/** "just now", "a minute ago", "3 hours ago", then the date: how long since the last sync. */
export function agoInWords(at: number, now: number): string {
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  if (seconds < 45) return t('sync:when.justNow');
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 60) return t('sync:when.minutes', { count: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 24) return t('sync:when.hours', { count: hours });
  return t('sync:when.on', { date: dateAndTime.format(new Date(at)) });
}

/** A countdown as a clock shows it: "9:05", "0:07"; never below zero. */
export function countdown(until: number, now: number): string {
  const left = Math.max(0, Math.ceil((until - now) / 1000));
  return `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
}

/**
 * The pairing code in the groups a person reads out: five, the last one six long. Regrouped
 * here from its characters alone, whatever dashes it came with, so it always reads the same.
 */
export function codeGroups(code: string): string[] {
  const characters = [...code].filter((c) => c !== '-' && c.trim() !== '').join('');
  const groups: string[] = [];
  for (let at = 0; at < characters.length; at += 5) groups.push(characters.slice(at, at + 5));
  // 26 characters: the lone last one joins the group before it rather than stand alone.
  if (groups.length > 1 && groups[groups.length - 1]!.length === 1) {
    const last = groups.pop()!;
    groups[groups.length - 1] += last;
  }
  return groups;
}

// The two codes differ in length once dashes and spaces are gone: a pairing code has 26
// characters (core's PAIRING_CODE_LENGTH), a recovery code 25 (vault/recovery-code.ts).
const PAIRING_CHARACTERS = 26;
const RECOVERY_CHARACTERS = 25;

export type TypedCode = { pairingCode: string } | { recoveryCode: string } | { error: string };

/** Which code the person typed into the one "code" field, as sync.join takes it. */
export function readTypedCode(typed: string): TypedCode {
  const trimmed = typed.trim();
  if (trimmed === '') return { error: t('sync:setup.needCode') };
  const characters = [...trimmed].filter((c) => c !== '-' && c.trim() !== '').length;
  if (characters === PAIRING_CHARACTERS) return { pairingCode: trimmed };
  if (characters === RECOVERY_CHARACTERS) return { recoveryCode: trimmed };
  return { error: t('sync:setup.badCode') };
}


/** Files never applied, all kinds together: the couple cannot act on the difference. */
export const rejectedCount = (rejected: { damaged: number; otherJournal: number }): number => rejected.damaged + rejected.otherJournal;
