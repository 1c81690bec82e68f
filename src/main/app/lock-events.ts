import type { Hearth } from '../core';

/** The system events after which the journal must not stay open (sleep, and the OS locking the screen). */
export const LOCKING_POWER_EVENTS = ['suspend', 'lock-screen'] as const;

export interface PowerEvents {
  on(event: (typeof LOCKING_POWER_EVENTS)[number], listener: () => void): unknown;
}

/**
 * Locks the journal now. Only when it was open is the page told, so it drops everything it
 * shows; a page on the lock or setup screen is left alone (and keeps what is being typed).
 */
export function lockAndTell(hearth: Hearth, tellPage: () => void): void {
  let wasOpen = false;
  try {
    wasOpen = hearth.status().state === 'open';
  } catch {
    // status() reads the vault file only when the journal is closed: it was not open.
  }
  try {
    hearth.lock();
  } catch {
    // lock() closes first and only then re-reads the state; a failed re-read is not a failed lock.
  }
  if (wasOpen) tellPage();
}

/**
 * Sleep and the OS screen lock close the journal, as a person leaving the computer would
 * expect. Electron reports 'lock-screen' on macOS and Windows only; on Linux the idle
 * auto-lock in the page covers that case.
 */
export function lockOnSleepAndScreenLock(powerMonitor: PowerEvents, lockNow: () => void): void {
  for (const event of LOCKING_POWER_EVENTS) powerMonitor.on(event, lockNow);
}
