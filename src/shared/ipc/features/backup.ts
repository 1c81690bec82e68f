import { z } from 'zod';
import { Partner } from '../../model';

const NoInput = z.undefined();

/**
 * A file path chosen in main's native dialog. The shape is checked here; whether it is
 * absolute, where it points and whether its folder exists is checked in main/core, which
 * answers with a sentence rather than a bare "invalid input".
 */
const FilePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => !path.includes('\0'));

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
    input: z.strictObject({ path: FilePath, passphrase: Passphrase }),
    output: z.object({ path: z.string(), sizeBytes: z.number().int(), summary: BackupSummary }),
  },
  'backup.inspect': {
    input: z.strictObject({ path: FilePath, passphrase: Passphrase }),
    output: BackupSummary,
  },
  'backup.restore': {
    input: z.strictObject({ path: FilePath, passphrase: Passphrase, mode: RestoreMode }),
    output: z.object({ summary: BackupSummary, safetyCopy: SafetyCopy }),
  },
  'backup.safetyCopies.list': { input: NoInput, output: z.array(SafetyCopy) },
  'backup.safetyCopies.delete': {
    input: z.strictObject({ id: z.string().min(1).max(200) }),
    output: z.array(SafetyCopy),
  },
} as const;
