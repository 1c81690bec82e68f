import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_SETTINGS } from '../../../shared/ipc/features/vault';
import { call } from '../api';
import { ACTIVITY_SIGNAL } from '../ui/activity';

/**
 * What counts as someone at the computer: any key, pointer, scroll, the window coming back
 * into focus, or a running turn timer (the couple is talking, not typing).
 */
export const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart', 'focus', 'focusin', ACTIVITY_SIGNAL] as const;

/** Ctrl+L, or Cmd+L on a Mac; by the printed letter or, on other alphabets, by the key's place. */
export const isLockShortcut = (event: KeyboardEvent): boolean =>
  (event.ctrlKey || event.metaKey) &&
  !event.altKey &&
  !event.shiftKey &&
  (event.key.toLowerCase() === 'l' || event.code === 'KeyL');

/**
 * While the journal is open: lock on Ctrl/Cmd+L, and after the chosen idle time. Idle time
 * is measured with Date.now() when the timer fires, not by counting timer ticks, so a late
 * timer still locks (and Playwright's clock can drive it). Returns a way to apply a new idle
 * time at once, after Settings changes it.
 */
export function useLockTriggers(lockNow: () => void | Promise<void>): { setAutoLockMinutes: (minutes: number) => void } {
  const latest = useRef(lockNow);
  useEffect(() => {
    latest.current = lockNow;
  });
  const [minutes, setMinutes] = useState<number | null>(null);

  useEffect(() => {
    let current = true;
    void call('settings.get').then((result) => {
      // Unreadable settings lock sooner rather than never.
      if (current) setMinutes(result.ok ? result.value.autoLockMinutes : DEFAULT_SETTINGS.autoLockMinutes);
    });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat || !isLockShortcut(event)) return;
      event.preventDefault();
      void latest.current();
    };
    // Capture: a field that stops its keys from bubbling must not swallow the lock.
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);

  useEffect(() => {
    if (!minutes) return; // null: not read yet; 0: never
    const limit = minutes * 60_000;
    let lastActive = Date.now();
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      const idle = Date.now() - lastActive;
      if (idle < limit) {
        timer = setTimeout(check, limit - idle);
        return;
      }
      // If locking fails, try again after another idle spell rather than never.
      lastActive = Date.now();
      timer = setTimeout(check, limit);
      void latest.current();
    };
    const active = () => {
      lastActive = Date.now();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, active, { capture: true, passive: true });
    timer = setTimeout(check, limit);
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, active, { capture: true });
    };
  }, [minutes]);

  return { setAutoLockMinutes: useCallback((value: number) => setMinutes(value), []) };
}
