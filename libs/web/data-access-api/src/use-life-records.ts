import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context.js';
import { apiQueryKeys } from './query-keys.js';

/** The resident's life records with their upcoming reminders (GET /api/me/life-records). */
export function useMyLifeRecords() {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.myLifeRecords,
    queryFn: () => client.getMyLifeRecords(),
  });
}
