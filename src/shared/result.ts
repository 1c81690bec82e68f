/** Every error a person can meet has a code and a sentence; never a stack trace or journal text. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'FORBIDDEN_SENDER',
  'UNKNOWN_CHANNEL',
  'KEYCHAIN_UNAVAILABLE',
  'KEYCHAIN_LOCKED',
  'DEVICE_KEY_MISSING',
  'WRONG_KEY',
  'WRONG_PASSPHRASE',
  'PASSPHRASE_REQUIRED',
  'PASSPHRASE_TOO_SHORT',
  'WRONG_RECOVERY_CODE',
  'RECOVERY_CODE_TYPO',
  'TOO_MANY_ATTEMPTS',
  'VAULT_CORRUPT',
  'VAULT_TAMPERED',
  'VAULT_FROM_FUTURE',
  'DATABASE_FROM_FUTURE',
  'DATABASE_CORRUPT',
  'NOT_SET_UP',
  'ALREADY_SET_UP',
  'LOCKED',
  'NOT_FOUND',
  'INTERNAL',
  // backup and restore (src/main/core/backup)
  'BACKUP_WRONG_PASSPHRASE',
  'BACKUP_NOT_AGE',
  'BACKUP_NOT_PASSPHRASE',
  'BACKUP_DAMAGED',
  'BACKUP_INVALID',
  'BACKUP_FROM_FUTURE',
  'BACKUP_TOO_COSTLY',
  'BACKUP_TOO_LARGE',
  'BACKUP_UNREADABLE',
  'BACKUP_PATH_INVALID',
  'BACKUP_WRITE_FAILED',
  'BACKUP_BUSY',
  'DISK_FULL',
  'JOURNAL_NOT_EMPTY',
  // printing the conversation sheet (src/main/app/print.ts)
  'PRINT_UNAVAILABLE',
  'PRINT_FAILED',
  'PDF_WRITE_FAILED',
  // the shared sync folder (src/main/core/sync/folder)
  'SYNC_FOLDER_MISSING',
  'SYNC_FOLDER_READ_ONLY',
  'SYNC_FOLDER_UNREADABLE',
  'SYNC_DISK_FULL',
  'SYNC_CODE_WRONG',
  'SYNC_CODE_EXPIRED',
  'SYNC_NO_OFFER',
  'SYNC_NOT_MEMBER',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
