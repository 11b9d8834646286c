import type { PostalAddress, ProcedureFinderRequestInput } from '@madoguchi/procedures-contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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

/**
 * The form of a procedure: the given version, or the latest one. `isEnabled: false` leaves it
 * idle (a page that fetches it ahead, before it knows whether it needs it).
 */
export function useProcedureForm(
  municipalityCode: string,
  procedureId: string,
  version?: number,
  { isEnabled = true }: { isEnabled?: boolean } = {},
) {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.procedureForm(municipalityCode, procedureId, version),
    queryFn: () => client.getProcedureForm(municipalityCode, procedureId, version),
    enabled: isEnabled,
    // A published form version never changes.
    staleTime: version === undefined ? 300_000 : Number.POSITIVE_INFINITY,
  });
}

/** Municipalities by name / kana / code (`q`) or by 郵便番号; idle until one is given. */
export function useMunicipalitySearch(query: { q?: string; postalCode?: string }) {
  const client = useApiClient();
  const q = query.q?.trim() ?? '';
  const postalCode = query.postalCode?.trim() ?? '';
  return useQuery({
    queryKey: apiQueryKeys.municipalitySearch(q, postalCode),
    queryFn: () => client.searchMunicipalities(postalCode === '' ? { q } : { postalCode }),
    enabled: q !== '' || postalCode !== '',
    staleTime: 300_000,
  });
}

/** The API's catalog search (kana, kanji, English) and life-event browsing of one municipality. */
export function useProcedureSearch(
  municipalityCode: string | undefined,
  query: { q?: string; lifeEvent?: string },
) {
  const client = useApiClient();
  const q = query.q?.trim() ?? '';
  const lifeEvent = query.lifeEvent ?? '';
  return useQuery({
    queryKey: apiQueryKeys.procedureSearch(municipalityCode ?? '', q, lifeEvent),
    queryFn: () =>
      client.searchProcedures(municipalityCode ?? '', {
        ...(q === '' ? {} : { q }),
        ...(lifeEvent === '' ? {} : { lifeEvent }),
      }),
    enabled: Boolean(municipalityCode),
    staleTime: 300_000,
    placeholderData: (previous) => previous,
  });
}

/** The life events to browse by, with the municipality's procedure count for each. */
export function useLifeEvents(municipalityCode: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.lifeEvents(municipalityCode ?? ''),
    queryFn: () => client.listLifeEvents(municipalityCode),
    enabled: Boolean(municipalityCode),
    staleTime: 300_000,
  });
}

/** The questionnaire's answer: nothing is kept by the API, so it is a mutation, not a query. */
export function useFindProcedures(municipalityCode: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: ProcedureFinderRequestInput) =>
      client.findProcedures(municipalityCode, body),
  });
}

/** The procedure page before the form. */
export function useProcedureDetail(municipalityCode: string, procedureId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: apiQueryKeys.procedureDetail(municipalityCode, procedureId),
    queryFn: () => client.getProcedureDetail(municipalityCode, procedureId),
    staleTime: 300_000,
  });
}

/**
 * 郵便番号 → 住所 for the form renderer's address blocks: every address of a 7-digit code ([]
 * when unknown), each code asked once per session.
 */
export function usePostalCodeLookup(): (postalCode: string) => Promise<PostalAddress[]> {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return (postalCode: string) =>
    queryClient.fetchQuery({
      queryKey: apiQueryKeys.postalCode(postalCode),
      queryFn: () => client.lookUpPostalCode(postalCode),
      staleTime: Number.POSITIVE_INFINITY,
    });
}
