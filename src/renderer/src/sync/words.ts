import type { SyncProblemCode } from '../../../shared/ipc/features/sync';
import type { z } from 'zod';
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

/** The pairing code in the groups it is read out in (core sends them dashed). */
export const codeGroups = (code: string): string[] => code.split(/[-\s]+/).filter((group) => group !== '');

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

/** What to do about a folder problem, in the couple's words (keyed by the contract's code). */
export const problemInWords = (code: z.infer<typeof SyncProblemCode>): string => t(`sync:problem.${code}`);

/** Files never applied, all kinds together: the couple cannot act on the difference. */
export const rejectedCount = (rejected: { damaged: number; otherJournal: number }): number => rejected.damaged + rejected.otherJournal;
