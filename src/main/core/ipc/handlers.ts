import type { AppChannel, Channel, CoreChannel, OutputOf, ParsedInputOf } from '../../../shared/ipc/contract';

/** A plain function per channel, over main/core services; no Electron anywhere in here. */
export type Handler<C extends Channel> = (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;

export type HandlerMap<C extends Channel> = { [K in C]: Handler<K> };

/**
 * The core channels of one feature's contract (src/shared/ipc/features/<x>.ts), so a
 * feature's handlers name their channels nowhere but in that contract.
 */
export type CoreChannelsOf<F> = Exclude<Extract<keyof F, Channel>, AppChannel>;

/** Every core channel: the table Electron's IPC and the test harness both serve. */
export type HandlerTable = HandlerMap<CoreChannel>;

/**
 * The channels that need Electron (printing, native dialogs). main/app supplies them; the
 * harness supplies its own answer. Same signature, so dispatch treats them alike.
 */
export type AppHandlerTable = HandlerMap<AppChannel>;

/** What dispatch can serve: the core table, plus whichever app-level handlers are present. */
export type ServedHandlers = HandlerTable & Partial<AppHandlerTable>;
