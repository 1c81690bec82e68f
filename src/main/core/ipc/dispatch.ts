import { contract, type Channel } from '../../../shared/ipc/contract';
import { parseUnknown } from '../../../shared/parse';
import type { Result } from '../../../shared/result';
import { isHearthError } from '../errors';
import { ipcError } from './errors';
import type { ServedHandlers } from './handlers';

export interface DispatchLog {
  /** Receives only the channel and an error code or name: never input, never messages. */
  (event: { channel: string; code: string; errorName?: string }): void;
}

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/**
 * Validates untrusted input against the contract and calls the handler. Whatever happens,
 * the caller gets a Result: a value, or a code and a sentence. Shared by Electron's IPC
 * registration and the test harness, so both enforce exactly the same rules.
 */
export async function dispatch(
  handlers: ServedHandlers,
  channel: unknown,
  input: unknown,
  log: DispatchLog = () => {},
): Promise<Result<unknown>> {
  if (typeof channel !== 'string' || !hasOwn(contract, channel) || !hasOwn(handlers, channel)) {
    log({ channel: typeof channel === 'string' ? channel.slice(0, 64) : typeof channel, code: 'UNKNOWN_CHANNEL' });
    return { ok: false, error: ipcError.unknownChannel().toAppError() };
  }
  const name = channel as Channel;
  const refused = (errorName?: string): Result<never> => {
    log({ channel: name, code: 'INVALID_INPUT', ...(errorName ? { errorName } : {}) });
    return { ok: false, error: ipcError.invalidInput().toAppError() };
  };
  let parsed;
  try {
    parsed = parseUnknown(contract[name].input, input);
  } catch (error) {
    // Input the validator cannot even walk (a stack overflow, a getter or proxy that throws)
    // is refused like any other malformed input, so the caller still gets a Result.
    return refused(error instanceof Error ? error.name : typeof error);
  }
  if (!parsed.ok) return refused();
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.value) };
  } catch (error) {
    if (isHearthError(error)) {
      log({ channel: name, code: error.code });
      return { ok: false, error: error.toAppError() };
    }
    // An unexpected failure: its message may quote data, so only its name is logged.
    log({ channel: name, code: 'INTERNAL', errorName: error instanceof Error ? error.name : typeof error });
    return { ok: false, error: ipcError.internal().toAppError() };
  }
}
