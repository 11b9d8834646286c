import { bulkExportJobSchema, dashboardSchema } from '@madoguchi/procedures-contracts';

/** The response contracts of 業務の状況 and its bulk exports (spread into RESPONSE_CONTRACTS). */
export const DASHBOARD_RESPONSE_CONTRACTS = {
  dashboard: dashboardSchema,
  bulkExportJob: bulkExportJobSchema,
} as const;
