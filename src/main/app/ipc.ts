import { APP_CHANNEL_NAMES, CHANNEL_NAMES, ipcChannelName } from '../../shared/ipc/channels';
import type { Result } from '../../shared/result';
import { dispatch, type AppHandlerTable, type DispatchLog, type HandlerTable, type ServedHandlers } from '../core';
import { ipcError } from '../core/ipc/errors';
import { isAppUrl } from './app-url';
import { logRequestProblem } from './log';

/** The parts of Electron's invoke event that decide who is asking. */
export interface InvokeEvent {
  readonly sender: unknown;
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}
export type InvokeListener = (event: InvokeEvent, ...args: unknown[]) => Promise<Result<unknown>>;
export interface IpcRegistry {
  handle(channel: string, listener: InvokeListener): void;
}
export type TrustedSender = (event: InvokeEvent) => boolean;

const FORBIDDEN: Result<never> = { ok: false, error: ipcError.forbiddenSender().toAppError() };
const INVALID: Result<never> = { ok: false, error: ipcError.invalidInput().toAppError() };

/**
 * The sender is the main frame of Hearth's own window, showing an app://hearth/ page.
 * A subframe, another web contents or a frame already gone (null) is refused.
 */
export function isAppWindowSender(event: InvokeEvent, appWindowContents: unknown): boolean {
  try {
    const frame = event.senderFrame;
    return (
      appWindowContents != null &&
      event.sender === appWindowContents &&
      frame != null &&
      frame.parent === null &&
      isAppUrl(frame.url)
    );
  } catch {
    // Reading a frame that has just been destroyed can throw: that sender is not trusted.
    return false;
  }
}

/** A check that throws (a window already destroyed, say) is a refusal, never a pass. */
function trusts(isTrustedSender: TrustedSender, event: InvokeEvent): boolean {
  try {
    return isTrustedSender(event);
  } catch {
    return false;
  }
}

/**
 * One handler per contract channel and nothing else. The sender is checked before the
 * input is even looked at; the shared dispatch then validates it against the contract.
 * `appHandlers` answers the channels that need Electron (printing): the core table leaves
 * them out, and they pass the very same sender check and validation. A channel with no
 * handler at all answers UNKNOWN_CHANNEL.
 */
export function registerIpc(
  ipcMain: IpcRegistry,
  handlers: HandlerTable,
  isTrustedSender: TrustedSender,
  log: DispatchLog = logRequestProblem,
  appHandlers: Partial<AppHandlerTable> = {},
): void {
  // Only the app channels are taken from appHandlers: they can never stand in for a core one.
  const served: ServedHandlers = { ...handlers };
  for (const channel of APP_CHANNEL_NAMES) {
    if (Object.hasOwn(appHandlers, channel)) Object.assign(served, { [channel]: appHandlers[channel] });
  }
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(ipcChannelName(channel), async (event, ...args) => {
      if (!trusts(isTrustedSender, event)) {
        log({ channel, code: 'FORBIDDEN_SENDER' });
        return FORBIDDEN;
      }
      // The preload sends exactly one argument; more means someone else built the call.
      if (args.length > 1) {
        log({ channel, code: 'INVALID_INPUT' });
        return INVALID;
      }
      return dispatch(served, channel, args[0], log);
    });
  }
}
