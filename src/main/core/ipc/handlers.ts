import type { Channel, OutputOf, ParsedInputOf } from '../../../shared/ipc/contract';

/** A plain function per channel, over main/core services; no Electron anywhere in here. */
export type Handler<C extends Channel> = (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;

export type HandlerMap<C extends Channel> = { [K in C]: Handler<K> };

export type HandlerTable = HandlerMap<Channel>;
