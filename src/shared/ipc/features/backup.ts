import { z } from 'zod';
import { Partner } from '../../model';

const NoInput = z.undefined();

/**
 * The token main's file dialog gave for the file the person picked (backup-dialogs.ts). The
 * page never names a path: main keeps the path behind this one-time, unguessable token.
 */
export const FileToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** Bounded so a pasted novel cannot become the scrypt input; the length rule for new backups lives in core. */
const Passphrase = z.string().min(1).max(1024);

export const BackupSummary = z.object({
  /** The backup document's format version (1 today). */
  formatVersion: z.number().int(),
  appVersion: z.string(),
  /** ISO 8601, UTC. */
  exportedAt: z.string(),
  partners: z.array(Partner),
  /** Entries outside the trash. */
  entries: z.number().int(),
  inTrash: z.number().int(),
  checkIns: z.number().int(),
  sessions: z.number().int(),
  /** The earliest and latest calendar day of anything written (YYYY-MM-DD), or null when empty. */
  firstDay: z.string().nullable(),
  lastDay: z.string().nullable(),
});
export type BackupSummary = z.infer<typeof BackupSummary>;

/** The journal as it was before a restore replaced it; kept until the couple deletes it. */
export const SafetyCopy = z.object({
  id: z.string(),
  /** When the restore that set it aside happened (UTC milliseconds). */
  createdAt: z.number(),
  sizeBytes: z.number().int(),
});
export type SafetyCopy = z.infer<typeof SafetyCopy>;

export const RestoreMode = z.enum(['into-empty', 'replace']);
export type RestoreMode = z.infer<typeof RestoreMode>;

export const backupContract = {
  'backup.export': {
    input: z.strictObject({ token: FileToken, passphrase: Passphrase }),
    /** The file's name only (the page showed it when it was chosen), never its folder. */
    output: z.object({ fileName: z.string(), sizeBytes: z.number().int(), summary: BackupSummary }),
  },
  'backup.inspect': {
    input: z.strictObject({ token: FileToken, passphrase: Passphrase }),
    output: BackupSummary,
  },
  'backup.restore': {
    input: z.strictObject({ token: FileToken, passphrase: Passphrase, mode: RestoreMode }),
    output: z.object({ summary: BackupSummary, safetyCopy: SafetyCopy }),
  },
  'backup.safetyCopies.list': { input: NoInput, output: z.array(SafetyCopy) },
  'backup.safetyCopies.delete': {
    input: z.strictObject({ id: z.string().min(1).max(200) }),
    output: z.array(SafetyCopy),
  },
} as const;
