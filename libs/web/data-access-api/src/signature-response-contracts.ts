import { signingRequestStartedSchema, signingResultSchema } from '@madoguchi/procedures-contracts';

/** The response contracts of card signatures (spread into RESPONSE_CONTRACTS). */
export const SIGNATURE_RESPONSE_CONTRACTS = {
  signingRequestStarted: signingRequestStartedSchema,
  signingResult: signingResultSchema,
} as const;
