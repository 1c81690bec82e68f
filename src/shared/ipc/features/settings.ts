import { z } from 'zod';

const NoInput = z.undefined();

export const Settings = z.object({
  /** Minutes without input before the journal locks itself; 0 means never. */
  autoLockMinutes: z.number().int(),
});
export type Settings = z.infer<typeof Settings>;
export const AUTO_LOCK_CHOICES = [0, 1, 2, 5, 10, 15, 30, 60] as const;
export const DEFAULT_SETTINGS: Settings = { autoLockMinutes: 5 };
/** The only values a person can choose (and so the only ones a journal or a backup may hold). */
export const AutoLockMinutes = z
  .number()
  .int()
  .refine((m) => (AUTO_LOCK_CHOICES as readonly number[]).includes(m));

/** This computer's own settings (not the couple's: sync leaves them on each computer). */
export const settingsContract = {
  'settings.get': { input: NoInput, output: Settings },
  'settings.update': {
    input: z.strictObject({
      autoLockMinutes: AutoLockMinutes.optional(),
    }),
    output: Settings,
  },
} as const;
