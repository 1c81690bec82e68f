import { dispatch } from '../../../../../../src/main/core/ipc/dispatch';
import { contract, type Channel } from '../../../../../../src/shared/ipc/contract';

type Handlers = Parameters<typeof dispatch>[0];

/**
 * A call as the renderer makes it (validated input, a Result back), with main's answer
 * checked against the contract's output schema, so a journal holding something the app
 * could never have written shows up as an answer the page could not trust.
 */
export async function callChecked(handlers: Handlers, channel: Channel, input?: unknown) {
  const result = await dispatch(handlers, channel, input);
  if (result.ok) {
    const checked = contract[channel].output.safeParse(result.value);
    if (!checked.success) throw new Error(`${channel} answered outside its output schema: ${checked.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  }
  return result;
}
