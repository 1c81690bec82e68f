import type { Channel, InputOf, OutputOf } from '../../../shared/ipc/contract';
import type { AppError, Result } from '../../../shared/result';

/** Channels without input may be called with none; the others require theirs. */
type InputArgs<C extends Channel> = undefined extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>];

// What a person sees if the bridge itself fails (it should not: main answers every call
// with a Result), worded like every other Hearth error.
const BRIDGE_FAILED: AppError = {
  code: 'INTERNAL',
  message: 'Hearth could not finish that just now. Nothing was lost; please try again.',
};

/**
 * The one way screens talk to main: through `window.hearth`, always ending in a Result,
 * so a screen has a single failure path to render.
 */
export async function call<C extends Channel>(channel: C, ...args: InputArgs<C>): Promise<Result<OutputOf<C>>> {
  const method = window.hearth.invoke[channel] as (input?: unknown) => Promise<Result<OutputOf<C>>>;
  try {
    return await method(args[0]);
  } catch {
    return { ok: false, error: BRIDGE_FAILED };
  }
}
