import {
  apiKeySchema,
  auditLogPageSchema,
  createdApiKeySchema,
  procedureOfferingSchema,
  reminderRuleSettingsSchema,
  reminderRuleViewSchema,
} from '@madoguchi/procedures-contracts';
import { z } from 'zod';

/** The response contracts of the administrator's console (spread into RESPONSE_CONTRACTS). */
export const ADMINISTRATION_RESPONSE_CONTRACTS = {
  procedureOfferings: z.array(procedureOfferingSchema),
  procedureOffering: procedureOfferingSchema,
  auditLogPage: auditLogPageSchema,
  apiKeys: z.array(apiKeySchema),
  createdApiKey: createdApiKeySchema,
  reminderRules: z.array(reminderRuleViewSchema),
  reminderRuleSettings: reminderRuleSettingsSchema,
} as const;
