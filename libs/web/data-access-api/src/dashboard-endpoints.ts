import type {
  BulkExportJob,
  CreateBulkExportRequestInput,
  Dashboard,
} from '@madoguchi/procedures-contracts';
import type { ResponseBody, ResponseContractName } from './response-contracts.js';

/** The client's `request` (api-client.ts), as the dashboard endpoints call it. */
type SendRequest = <K extends ResponseContractName>(
  path: string,
  options: { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; body?: unknown; contract: K },
) => Promise<ResponseBody<K>>;

/** 業務の状況 (counts of the staff member's municipality) and bulk exports as jobs. */
export function dashboardEndpoints(request: SendRequest, baseUrl: string) {
  return {
    getDashboard: (): Promise<Dashboard> =>
      request('/api/staff/dashboard', { contract: 'dashboard' }),
    startBulkExport: (body: CreateBulkExportRequestInput): Promise<BulkExportJob> =>
      request('/api/staff/exports', { method: 'POST', body, contract: 'bulkExportJob' }),
    getBulkExport: (id: string): Promise<BulkExportJob> =>
      request(`/api/staff/exports/${encodeURIComponent(id)}`, { contract: 'bulkExportJob' }),
    /** The file of a completed export (a download link: the browser sends the cookie). */
    bulkExportFileUrl: (id: string): string =>
      `${baseUrl}/api/staff/exports/${encodeURIComponent(id)}/file`,
  };
}
