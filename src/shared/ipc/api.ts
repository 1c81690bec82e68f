import type { Result } from '../result';
import type { Channel, InputOf, OutputOf, Progress } from './contract';

type MethodOf<C extends Channel> = undefined extends InputOf<C>
  ? (input?: InputOf<C>) => Promise<Result<OutputOf<C>>>
  : (input: InputOf<C>) => Promise<Result<OutputOf<C>>>;

/** The object the preload exposes as `window.hearth`; the harness stand-in has the same shape. */
export interface HearthApi {
  invoke: { [C in Channel]: MethodOf<C> };
  onProgress(listener: (progress: Progress) => void): () => void;
  /** Main locked the journal on its own (system sleep, OS screen lock, the menu's Lock now). */
  onLocked(listener: () => void): () => void;
  /** Used only by the hidden print window (src/renderer/print.html); main answers no other page. */
  print: PrintBridge;
}

/** How the hidden print window gets the sheet it is to render, and says when it is ready. */
export interface PrintBridge {
  /** The sheet this window was opened for (unchecked: the page parses it), or null. */
  sheet(): Promise<unknown>;
  /** The sheet is laid out, on this many pages: main may print now. */
  laidOut(pages: number): Promise<void>;
}
