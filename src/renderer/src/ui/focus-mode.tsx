import { createContext, useContext, useEffect } from 'react';
import './focus-mode.css';

/**
 * "Focus mode": a screen (a running session) asks the shell to set its navigation aside
 * while the couple is in the middle of something. The shell decides how; leaving the
 * screen always ends it.
 */
const FocusModeContext = createContext<(on: boolean) => void>(() => undefined);

export const FocusModeProvider = FocusModeContext.Provider;

/** Asks for focus mode while `on` is true and the calling screen is shown. */
export function useFocusMode(on: boolean): void {
  const setFocusMode = useContext(FocusModeContext);
  useEffect(() => {
    setFocusMode(on);
    return () => setFocusMode(false);
  }, [on, setFocusMode]);
}
