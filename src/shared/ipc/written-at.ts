import { z } from 'zod';

/** When something was written: UTC milliseconds and the writer's offset from UTC. */
export const WrittenAt = z.strictObject({
  utc: z.number().int().min(0).max(8_640_000_000_000),
  /** Minutes east of UTC (the negation of Date#getTimezoneOffset). */
  offsetMinutes: z.number().int().min(-14 * 60).max(14 * 60),
});
export type WrittenAt = z.infer<typeof WrittenAt>;
