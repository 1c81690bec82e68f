/**
 * Something on screen that means "the couple is here" without a key or a pointer: a turn
 * timer counting down while they talk. The idle auto-lock listens for this signal too.
 */
export const ACTIVITY_SIGNAL = 'hearth:activity';

export function signalActivity(): void {
  window.dispatchEvent(new Event(ACTIVITY_SIGNAL));
}
