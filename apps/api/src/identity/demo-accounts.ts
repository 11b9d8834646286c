import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { DevAccount } from '@madoguchi/procedures-contracts';
import { devAccountSchema } from '@madoguchi/procedures-contracts';
import { z } from 'zod';

const demoAccountsFileSchema = z.object({ accounts: z.array(devAccountSchema).min(1) });

/** Reads the fictional demo accounts from `seeds/demo/accounts.json`. */
export function loadDemoAccounts(seedsDir: string): DevAccount[] {
  const raw: unknown = JSON.parse(readFileSync(join(seedsDir, 'demo', 'accounts.json'), 'utf8'));
  return demoAccountsFileSchema.parse(raw).accounts;
}
