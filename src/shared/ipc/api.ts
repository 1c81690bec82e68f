import type { Result } from '../result';
import type { Channel, InputOf, OutputOf, Progress } from './contract';

type MethodOf<C extends Channel> = undefined extends InputOf<C>
  ? (input?: InputOf<C>) => Promise<Result<OutputOf<C>>>
  : (input: InputOf<C>) => Promise<Result<OutputOf<C>>>;

/** The object the preload exposes as `window.hearth`; the harness stand-in has the same shape. */
export interface HearthApi {
  invoke: { [C in Channel]: MethodOf<C> };
  onProgress(listener: (progress: Progress) => void): () => void;
}
