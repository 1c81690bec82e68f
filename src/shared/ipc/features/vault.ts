import { z } from 'zod';
import { AppStatus, PartnerName, samePartnerName } from '../../model';

const NoInput = z.undefined();
const Passphrase = z.string().min(1).max(1024);

export const UnlockSecret = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('device') }),
  z.strictObject({ method: z.literal('passphrase'), passphrase: Passphrase }),
  z.strictObject({ method: z.literal('recovery'), code: z.string().min(1).max(100) }),
]);

export const LockChoice = z.discriminatedUnion('lockMode', [
  z.strictObject({ lockMode: z.literal('device') }),
  z.strictObject({ lockMode: z.literal('device+passphrase'), passphrase: Passphrase }),
]);
export type LockChoice = z.infer<typeof LockChoice>;

// Settings have their own feature file; re-exported for the files that import them from here.
export { Settings, AUTO_LOCK_CHOICES, DEFAULT_SETTINGS, AutoLockMinutes } from './settings';

export const vaultContract = {
  'app.status': { input: NoInput, output: AppStatus },
  /** Creates the journal, locked as chosen; the recovery code is returned this once and never again. */
  'setup.create': {
    input: z
      .strictObject({ partners: z.tuple([PartnerName, PartnerName]), lock: LockChoice })
      .refine(({ partners }) => !samePartnerName(partners[0], partners[1]), {
        message: 'Use a different name for each partner.',
        path: ['partners', 1],
      }),
    output: z.object({ status: AppStatus, recoveryCode: z.string() }),
  },
  /** Without input: open with this computer's keychain alone (device mode). */
  'vault.unlock': { input: z.union([NoInput, UnlockSecret]), output: AppStatus },
  'vault.lock': { input: NoInput, output: AppStatus },
  'vault.changeLock': {
    input: z.strictObject({ choice: LockChoice, currentPassphrase: Passphrase.optional() }),
    output: AppStatus,
  },
  'vault.regenerateRecoveryCode': {
    input: z.strictObject({ currentPassphrase: Passphrase.optional() }),
    output: z.object({ recoveryCode: z.string() }),
  },
} as const;
