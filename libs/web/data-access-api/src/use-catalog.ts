import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context.js';
import { apiQueryKeys } from './query-keys.js';

export function useMunicipalities() {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.municipalities,
    queryFn: () => client.listMunicipalities(),
    staleTime: 300_000,
  });
}

/** The procedures a municipality accepts; idle until a municipality is chosen. */
export function useProcedures(municipalityCode: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.procedures(municipalityCode ?? ''),
    queryFn: () => client.listProcedures(municipalityCode ?? ''),
    enabled: Boolean(municipalityCode),
    staleTime: 300_000,
  });
}

/** The form of a procedure: the given version, or the latest one. */
export function useProcedureForm(municipalityCode: string, procedureId: string, version?: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.procedureForm(municipalityCode, procedureId, version),
    queryFn: () => client.getProcedureForm(municipalityCode, procedureId, version),
    // A published form version never changes.
    staleTime: version === undefined ? 300_000 : Number.POSITIVE_INFINITY,
  });
}
