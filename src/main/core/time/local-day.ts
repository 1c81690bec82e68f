import type { WrittenAt } from '../../../shared/ipc/contract';

/** The writer's calendar day (YYYY-MM-DD), derived the same way everywhere from UTC and offset. */
export function localDay(at: WrittenAt): string {
  return new Date(at.utc + at.offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** "Now", as main sees it: the process clock and its time zone. */
export function nowAt(clock: () => number): WrittenAt {
  const utc = clock();
  return { utc, offsetMinutes: -new Date(utc).getTimezoneOffset() };
}
