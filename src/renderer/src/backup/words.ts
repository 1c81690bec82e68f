import type { BackupSummary } from '../../../shared/ipc/features/backup';
import type { Progress } from '../../../shared/ipc/contract';

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
  if (first === '') return { first: 'Please choose a passphrase for this backup.' };
  if ([...first].length < MIN_BACKUP_PASSPHRASE_CHARACTERS) {
    return { first: `Use at least ${MIN_BACKUP_PASSPHRASE_CHARACTERS} characters. A short sentence works well.` };
  }
  if (second === '') return { second: 'Please type the passphrase a second time.' };
  if (second !== first) return { second: 'The two do not match. Please type the passphrase again.' };
  return {};
}

const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** A file size as people say it: "820 bytes", "48 KB", "1.4 MB". */
export function sizeInWords(bytes: number): string {
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1_000_000) return `${oneDecimal.format(bytes / 1000)} KB`;
  if (bytes < 1_000_000_000) return `${oneDecimal.format(bytes / 1_000_000)} MB`;
  return `${oneDecimal.format(bytes / 1_000_000_000)} GB`;
}

const moment = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** A moment (UTC milliseconds or an ISO 8601 text) in this computer's time zone and language. */
export const momentInWords = (at: number | string): string => moment.format(new Date(at));

export const count = (n: number, one: string, many: string): string => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** "Ada and Bo", from the backup's own partners (slot a first). */
export function partnersInWords(summary: Pick<BackupSummary, 'partners'>): string {
  const names = [...summary.partners].sort((x, y) => x.slot.localeCompare(y.slot)).map((p) => p.name);
  return names.length === 0 ? 'No names' : names.join(' and ');
}

// Days are calendar days, so no time zone may move them: formatted as noon UTC, in UTC.
const longDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const dayInWords = (day: string): string => longDay.format(new Date(`${day}T12:00:00Z`));

/** The span of days a backup covers, in words, in this computer's language. */
export function rangeInWords(summary: Pick<BackupSummary, 'firstDay' | 'lastDay'>): string {
  const { firstDay, lastDay } = summary;
  if (!firstDay || !lastDay) return 'Nothing written yet';
  if (firstDay === lastDay) return dayInWords(firstDay);
  return `${dayInWords(firstDay)} to ${dayInWords(lastDay)}`;
}

/** Entries, with the trash said separately so the number matches what the journal shows. */
export function entriesInWords(summary: Pick<BackupSummary, 'entries' | 'inTrash'>): string {
  const shown = count(summary.entries, 'entry', 'entries');
  return summary.inTrash > 0 ? `${shown}, and ${count(summary.inTrash, 'entry', 'entries')} in the trash` : shown;
}

export type BackupTask = 'backup.export' | 'backup.inspect' | 'backup.restore';

/** What each phase of the work is, said plainly while the bar moves. */
export const PHASE_WORDS: Record<string, string> = {
  reading: 'Reading your journal…',
  encrypting: 'Encrypting the backup…',
  verifying: 'Checking that the backup opens…',
  decrypting: 'Opening the backup…',
  checking: 'Checking everything in it…',
  writing: 'Writing your journal…',
};

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
