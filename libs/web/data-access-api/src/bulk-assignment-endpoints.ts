import type {
  BulkAssignmentJob,
  CreateBulkAssignmentRequestInput,
  WorkQueueCount,
  WorkQueueFiltersInput,
} from '@madoguchi/procedures-contracts';
import type { ResponseBody, ResponseContractName } from './response-contracts.js';

/** The client's `request` (api-client.ts), as these endpoints call it. */
type SendRequest = <K extends ResponseContractName>(
  path: string,
  options: { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; body?: unknown; contract: K },
) => Promise<ResponseBody<K>>;

/** The client's query string of the queue's filters (api-client.ts). */
type ToQueryString = (query: WorkQueueFiltersInput) => string;

/** 一括の担当設定 as jobs, and the count of the queue's filters ("all N matching"). */
export function bulkAssignmentEndpoints(request: SendRequest, toQueryString: ToQueryString) {
  return {
    countStaffApplications: (filters: WorkQueueFiltersInput = {}): Promise<WorkQueueCount> =>
      request(`/api/staff/applications/count${toQueryString(filters)}`, {
        contract: 'workQueueCount',
      }),
    startBulkAssignment: (body: CreateBulkAssignmentRequestInput): Promise<BulkAssignmentJob> =>
      request('/api/staff/assignments', { method: 'POST', body, contract: 'bulkAssignmentJob' }),
    getBulkAssignment: (id: string): Promise<BulkAssignmentJob> =>
      request(`/api/staff/assignments/${encodeURIComponent(id)}`, {
        contract: 'bulkAssignmentJob',
      }),
  };
}
