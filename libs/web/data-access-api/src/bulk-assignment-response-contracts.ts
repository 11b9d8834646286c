import { bulkAssignmentJobSchema, workQueueCountSchema } from '@madoguchi/procedures-contracts';

/** The response contracts of bulk assignments and the queue's count (spread into RESPONSE_CONTRACTS). */
export const BULK_ASSIGNMENT_RESPONSE_CONTRACTS = {
  bulkAssignmentJob: bulkAssignmentJobSchema,
  workQueueCount: workQueueCountSchema,
} as const;
