import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { z } from 'zod';

/**
 * A demo account of `seeds/demo/accounts.json`. The provider reads the file on its own terms
 * (it stands in for an outside identity provider and shares no code with the API).
 */
const demoAccountSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['resident', 'staff']),
  displayName: z.string().min(1),
  municipalityCode: z.string().nullable(),
  staffRole: z.enum(['caseworker', 'approver', 'admin']).nullable(),
  identityLevel: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** A platform operator (the queue dashboard; no municipality). */
  platformRole: z.enum(['operator']).optional(),
  /** Staff designated 事務取扱担当者: the provider asserts `mynumber_handler: true`. */
  isPersonalNumberHandler: z.boolean().optional(),
  description: z.string(),
});
export type DemoAccount = z.infer<typeof demoAccountSchema>;

const accountsFileSchema = z.object({ accounts: z.array(demoAccountSchema).min(1) });

export function loadDemoAccounts(seedsDir: string): DemoAccount[] {
  const raw: unknown = JSON.parse(readFileSync(join(seedsDir, 'demo', 'accounts.json'), 'utf8'));
  return accountsFileSchema.parse(raw).accounts;
}

/** The `acr` the provider asserts for an identity assurance level. */
export function acrOf(identityLevel: DemoAccount['identityLevel']): string {
  return `urn:madoguchi:ial:${identityLevel}`;
}

/**
 * The acr of a staff step-up (the API's `OIDC_STEP_UP_ACR` default): the person signed in again
 * just now and passed a second factor (the demo page's one-time code).
 */
export const STEP_UP_ACR = 'urn:madoguchi:aal:2';

/**
 * The demo one-time code of a step-up, shown on the page itself: it stands in for a real second
 * factor (an authenticator app, a hardware key) and proves only that the prompt was passed.
 */
export const DEMO_ONE_TIME_CODE = '246810';

/** The claims of the `madoguchi` scope and `profile`'s name, as the API reads them by default. */
export function claimsOf(
  account: DemoAccount,
): { sub: string } & Record<string, string | boolean | null> {
  return {
    sub: account.id,
    name: account.displayName,
    madoguchi_kind: account.kind,
    municipality_code: account.municipalityCode,
    staff_role: account.staffRole,
    platform_role: account.platformRole ?? null,
    mynumber_handler: account.isPersonalNumberHandler === true,
  };
}
