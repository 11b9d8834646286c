import {
  counterConfirmationListSchema,
  counterConfirmationPreviewSchema,
  counterConfirmationResultSchema,
  counterConfirmationSchema,
  issuedCounterConfirmationSchema,
} from '@madoguchi/procedures-contracts';

/** The response contracts of 書かない窓口 (spread into RESPONSE_CONTRACTS). */
export const COUNTER_RESPONSE_CONTRACTS = {
  counterConfirmation: counterConfirmationSchema,
  counterConfirmationList: counterConfirmationListSchema,
  issuedCounterConfirmation: issuedCounterConfirmationSchema,
  counterConfirmationPreview: counterConfirmationPreviewSchema,
  counterConfirmationResult: counterConfirmationResultSchema,
} as const;
