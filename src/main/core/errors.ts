import type { AppError, ErrorCode } from '../../shared/result';

/**
 * An error a person may meet. The message is a sentence for them; it never carries
 * journal text, keys or a stack trace across IPC.
 */
export class HearthError extends Error {
  override readonly name = 'HearthError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  toAppError(): AppError {
    return { code: this.code, message: this.message };
  }
}

export class DatabaseFromFutureError extends HearthError {
  constructor(found: number, known: number) {
    super(
      'DATABASE_FROM_FUTURE',
      `This journal was last opened by a newer version of Hearth (schema ${found}; this version knows up to ${known}). Update Hearth to open it; nothing was changed.`,
    );
  }
}

export const isHearthError = (e: unknown): e is HearthError => e instanceof HearthError;
