import { z } from 'zod';

const NoInput = z.undefined();

/**
 * What a native file dialog picked, as main sees it. It never crosses IPC: main keeps the path
 * and gives the page a ChosenFile instead. (The test harness queues these as its stand-in
 * dialogs' answers.)
 */
export const ChosenPath = z.union([z.object({ path: z.string().min(1) }), z.object({ cancelled: z.literal(true) })]);
export type ChosenPath = z.infer<typeof ChosenPath>;

/**
 * What the page gets from a file dialog: a one-time token for the file the person picked and
 * its name to show (never its folder), or that they closed the dialog. The page hands the token
 * to backup.export / backup.inspect / backup.restore; main/core looks the path up behind it.
 */
export const ChosenFile = z.union([
  z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/), fileName: z.string().min(1) }),
  z.object({ cancelled: z.literal(true) }),
]);
export type ChosenFile = z.infer<typeof ChosenFile>;

/**
 * The native dialogs of backup and restore (DESIGN.md §3). They need Electron, so main/app
 * answers them (src/main/app/backup-dialogs.ts), not the core table; the core half of each
 * flow ("write this backup to the file behind this token") stays in features/backup.ts. In the browser test
 * harness they are answered from a queue the test fills (tests/harness/app-handlers.ts).
 */
export const backupDialogsContract = {
  /** A save dialog with the default name hearth-backup-YYYY-MM-DD.age (today, local time). */
  'backup.chooseExportPath': { input: NoInput, output: ChosenFile },
  /** An open dialog for one .age file. */
  'backup.chooseBackupFile': { input: NoInput, output: ChosenFile },
} as const;
