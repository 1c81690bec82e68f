import type { BackupSummary } from '../../../shared/ipc/features/backup';
import type { Progress } from '../../../shared/ipc/contract';
import { locale, t } from '../i18n';

/**
 * The same minimum main enforces for a new backup's passphrase (MIN_BACKUP_PASSPHRASE_LENGTH
 * in src/main/core/backup/export.ts), counted the same way: in characters, not bytes.
 * A unit test keeps the two equal.
 */
export const MIN_BACKUP_PASSPHRASE_CHARACTERS = 10;

export interface BackupPassphraseErrors {
  first?: string;
  second?: string;
}

/** A backup passphrase typed twice: long enough, and the same both times. Checked before anything is written. */
export function checkBackupPassphrase(first: string, second: string): BackupPassphraseErrors {
  if (first === '') return { first: t('backup:passphrase.choose') };
  if ([...first].length < MIN_BACKUP_PASSPHRASE_CHARACTERS) {
    return { first: t('backup:passphrase.tooShort', { count: MIN_BACKUP_PASSPHRASE_CHARACTERS }) };
  }
  if (second === '') return { second: t('backup:passphrase.typeAgain') };
  if (second !== first) return { second: t('backup:passphrase.noMatch') };
  return {};
}

const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

/** A file size as people say it: "820 bytes", "48 KB", "1.4 MB". */
export function sizeInWords(bytes: number): string {
  if (bytes < 1000) return t('backup:size.bytes', { count: bytes });
  if (bytes < 1_000_000) return t('backup:size.kb', { n: oneDecimal.format(bytes / 1000) });
  if (bytes < 1_000_000_000) return t('backup:size.mb', { n: oneDecimal.format(bytes / 1_000_000) });
  return t('backup:size.gb', { n: oneDecimal.format(bytes / 1_000_000_000) });
}

const moment = new Intl.DateTimeFormat(locale, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** A moment (UTC milliseconds or an ISO 8601 text) in this computer's time zone and language. */
export const momentInWords = (at: number | string): string => moment.format(new Date(at));

/** "1 entry", "12 check-ins": a number of the things a backup holds, the number as this locale writes it. */
export const count = (n: number, what: 'entries' | 'checkIns' | 'sessions'): string =>
  t(`backup:counts.${what}`, { count: n, n: n.toLocaleString(locale) });

/** "Ada and Bo", from the backup's own partners (slot a first). */
export function partnersInWords(summary: Pick<BackupSummary, 'partners'>): string {
  const names = [...summary.partners].sort((x, y) => x.slot.localeCompare(y.slot)).map((p) => p.name);
  return names.length === 0 ? t('backup:summary.noNames') : new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}

// Days are calendar days, so no time zone may move them: formatted as noon UTC, in UTC.
const longDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const dayInWords = (day: string): string => longDay.format(new Date(`${day}T12:00:00Z`));

/** The span of days a backup covers, in words, in this computer's language. */
export function rangeInWords(summary: Pick<BackupSummary, 'firstDay' | 'lastDay'>): string {
  const { firstDay, lastDay } = summary;
  if (!firstDay || !lastDay) return t('backup:summary.nothingWritten');
  if (firstDay === lastDay) return dayInWords(firstDay);
  return t('backup:summary.range', { from: dayInWords(firstDay), to: dayInWords(lastDay) });
}

/** Entries, with the trash said separately so the number matches what the journal shows. */
export function entriesInWords(summary: Pick<BackupSummary, 'entries' | 'inTrash'>): string {
  const shown = count(summary.entries, 'entries');
  return summary.inTrash > 0 ? t('backup:counts.withTrash', { entries: shown, trash: count(summary.inTrash, 'entries') }) : shown;
}

export type BackupTask = 'backup.export' | 'backup.inspect' | 'backup.restore';

const PHASES = ['reading', 'encrypting', 'verifying', 'decrypting', 'checking', 'writing'] as const;
const isPhase = (phase: string): phase is (typeof PHASES)[number] => (PHASES as readonly string[]).includes(phase);

/** What each phase of the work is, said plainly while the bar moves (undefined for a phase it does not know). */
export const phaseInWords = (phase: string): string | undefined => (isPhase(phase) ? t(`backup:phases.${phase}`) : undefined);

/** Where each phase sits on one bar for the whole task: [start, end] as fractions. */
const PHASE_SPANS: Record<BackupTask, Record<string, [number, number]>> = {
  'backup.export': { reading: [0, 0.1], encrypting: [0.1, 0.6], verifying: [0.6, 1] },
  'backup.inspect': { decrypting: [0, 0.85], checking: [0.85, 1] },
  // Restore checks twice: the document (before writing) and the new journal (after).
  'backup.restore': { decrypting: [0, 0.35], writing: [0.4, 0.9], checking: [0.35, 0.4] },
};
const RESTORE_FINAL_CHECK: [number, number] = [0.9, 1];

/**
 * How far the whole task is, 0 to 1, from one progress report and how far it was before.
 * Never moves backwards: a late or repeated report cannot make the bar jump back.
 */
export function overallFraction(task: BackupTask, progress: Pick<Progress, 'phase' | 'done' | 'total'>, before: number): number {
  let span = PHASE_SPANS[task][progress.phase];
  if (!span) return before;
  if (task === 'backup.restore' && progress.phase === 'checking' && before >= 0.4) span = RESTORE_FINAL_CHECK;
  const within = progress.total > 0 ? Math.min(1, Math.max(0, progress.done / progress.total)) : 0;
  return Math.max(before, span[0] + (span[1] - span[0]) * within);
}
