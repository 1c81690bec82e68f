import { useEffect, useRef } from 'react';
import { ACTIVITY_EVENTS } from '../lock';

/** A private page is shorter-lived than the journal: 2 minutes without use, or a minute out of sight. */
export const PRIVATE_IDLE_MS = 2 * 60_000;
export const PRIVATE_BACKGROUND_MS = 60_000;

/**
 * While a private page is open: lock it after 2 minutes idle, and after the window has been in
 * the background (hidden or unfocused) for a minute. Time is read with Date.now() when the
 * timer fires, as the journal's triggers do, so a late timer still locks and Playwright's
 * clock can drive it.
 */
export function usePrivateLockTriggers(open: boolean, lockPage: () => void): void {
  const latest = useRef(lockPage);
  useEffect(() => {
    latest.current = lockPage;
  });

  useEffect(() => {
    if (!open) return;
    let lastActive = Date.now();
    let awaySince: number | null = document.hidden ? Date.now() : null;
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      const now = Date.now();
      const idleLeft = PRIVATE_IDLE_MS - (now - lastActive);
      const awayLeft = awaySince === null ? Infinity : PRIVATE_BACKGROUND_MS - (now - awaySince);
      if (idleLeft <= 0 || awayLeft <= 0) {
        latest.current();
        return;
      }
      timer = setTimeout(check, Math.min(idleLeft, awayLeft));
    };
    const active = () => {
      lastActive = Date.now();
    };
    const away = () => {
      if (awaySince === null) awaySince = Date.now();
      clearTimeout(timer);
      check();
    };
    const back = () => {
      if (document.hidden) return;
      awaySince = null;
      lastActive = Date.now();
    };
    const onVisibility = () => (document.hidden ? away() : back());
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, active, { capture: true, passive: true });
    window.addEventListener('blur', away);
    window.addEventListener('focus', back);
    document.addEventListener('visibilitychange', onVisibility);
    check();
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, active, { capture: true });
      window.removeEventListener('blur', away);
      window.removeEventListener('focus', back);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [open]);
}
