import { sealVerificationSchema } from '@madoguchi/procedures-contracts';

/** The response contracts of the seal verification (spread into RESPONSE_CONTRACTS). */
export const SEAL_VERIFICATION_RESPONSE_CONTRACTS = {
  sealVerification: sealVerificationSchema,
} as const;
