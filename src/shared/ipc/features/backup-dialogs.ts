import { z } from 'zod';

const NoInput = z.undefined();

/**
 * What a native file dialog answered: the path the person picked, or that they closed it.
 * The renderer never types a path: it only hands back what main's dialog gave it, and
 * main/core checks that path again before reading or writing anything there.
 */
export const ChosenPath = z.union([z.object({ path: z.string().min(1) }), z.object({ cancelled: z.literal(true) })]);
export type ChosenPath = z.infer<typeof ChosenPath>;

/**
 * The native dialogs of backup and restore (DESIGN.md §3). They need Electron, so main/app
 * answers them (src/main/app/backup-dialogs.ts), not the core table; the core half of each
 * flow ("write this backup to this path") stays in features/backup.ts. In the browser test
 * harness they are answered from a queue the test fills (tests/harness/app-handlers.ts).
 */
export const backupDialogsContract = {
  /** A save dialog with the default name hearth-backup-YYYY-MM-DD.age (today, local time). */
  'backup.chooseExportPath': { input: NoInput, output: ChosenPath },
  /** An open dialog for one .age file. */
  'backup.chooseBackupFile': { input: NoInput, output: ChosenPath },
} as const;
