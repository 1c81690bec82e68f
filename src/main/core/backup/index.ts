export { exportBackup, MIN_BACKUP_PASSPHRASE_LENGTH, type ExportResult } from './export';
export { inspectBackup, restoreBackup, type RestoreResult } from './restore';
export { listSafetyCopies, deleteSafetyCopy, SAFETY_DIR } from './safety-copies';
export { backupHandlers, type BackupHandlerOptions } from './handlers';
export { DEFAULT_WORK_FACTOR, MAX_WORK_FACTOR } from './age-file';
export { BACKUP_FORMAT, BACKUP_VERSION } from './document';
export { inlineRunner, workerRunner, startWorkerFromSource, type StartWorker, type TaskRunner } from './run-task';
export type { BackupOptions, BackupFault } from './options';
export type { BackupPhase, OnProgress } from './tasks';
