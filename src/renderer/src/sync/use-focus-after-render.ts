import { useCallback, useEffect, useRef } from 'react';

/**
 * Moves the keyboard to an element once React has drawn it: `focusNext(() => ref.current)`
 * after a state change that shows it. (A requestAnimationFrame can run before the commit, and
 * then the element is not there yet.) The element is looked for after every commit until found.
 */
export function useFocusAfterRender(): (target: () => HTMLElement | null | undefined) => void {
  const pending = useRef<(() => HTMLElement | null | undefined) | null>(null);
  useEffect(() => {
    const element = pending.current?.();
    if (!element) return;
    pending.current = null;
    element.focus();
  });
  return useCallback((target) => {
    pending.current = target;
  }, []);
}
