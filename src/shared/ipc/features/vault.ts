import { z } from 'zod';
import { AppStatus, PartnerName } from '../../model';

const NoInput = z.undefined();

export const vaultContract = {
  'app.status': { input: NoInput, output: AppStatus },
  'setup.create': {
    input: z.strictObject({ partners: z.tuple([PartnerName, PartnerName]) }),
    output: AppStatus,
  },
  'vault.unlock': { input: NoInput, output: AppStatus },
  'vault.lock': { input: NoInput, output: AppStatus },
} as const;
