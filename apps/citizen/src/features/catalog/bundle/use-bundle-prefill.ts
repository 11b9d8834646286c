import type { ResidentApplicationDetail, ProcedureForm } from '@madoguchi/procedures-contracts';
import { pickText } from '@madoguchi/shared-util-i18n';
import { apiQueryKeys, useApiClient, useProcedureForm } from '@madoguchi/web-data-access-api';
import { useQueries } from '@tanstack/react-query';
import { useCatalogMessages } from '../catalog-messages.js';
import type { Bundle } from './bundle-params.js';
import { sharedAnswers } from './shared-answers.js';

export type BundlePrefill =
  | { kind: 'loading' }
  | { kind: 'ready'; answers: Record<string, unknown> | undefined; labels: string[] };

/**
 * The answers the next form of a bundle shares with the applications already submitted in it,
 * read back from the API (the browser keeps none of them).
 */
export function useBundlePrefill(bundle: Bundle, procedureId: string): BundlePrefill {
  const client = useApiClient();
  const { locale } = useCatalogMessages();
  const target = useProcedureForm(bundle.municipalityCode, procedureId);
  const applications = useQueries({
    queries: bundle.doneApplicationIds.map((id) => ({
      queryKey: apiQueryKeys.myApplication(id),
      queryFn: () => client.getMyApplication(id),
      staleTime: 60_000,
    })),
  });
  const sourceForms = useQueries({
    queries: applications.map((application) => {
      const detail: ResidentApplicationDetail | undefined = application.data;
      return {
        queryKey: apiQueryKeys.procedureForm(
          bundle.municipalityCode,
          detail?.procedureId ?? '',
          detail?.formVersion,
        ),
        queryFn: (): Promise<ProcedureForm> =>
          client.getProcedureForm(
            bundle.municipalityCode,
            detail?.procedureId ?? '',
            detail?.formVersion,
          ),
        enabled: detail !== undefined,
        staleTime: Number.POSITIVE_INFINITY,
      };
    }),
  });
  if (bundle.doneApplicationIds.length === 0) {
    return { kind: 'ready', answers: undefined, labels: [] };
  }
  const isSettled = (query: { isPending: boolean; isError: boolean; fetchStatus: string }) =>
    query.isError || !query.isPending || query.fetchStatus === 'idle';
  if (target.isPending || !applications.every(isSettled) || !sourceForms.every(isSettled)) {
    return { kind: 'loading' };
  }
  if (!target.data) {
    // The form itself reports its failure to load.
    return { kind: 'ready', answers: undefined, labels: [] };
  }
  // A source that failed to load only means less is filled in: the resident types it.
  const sources = applications.flatMap((application, index) => {
    const form = sourceForms[index]?.data;
    return application.data && form
      ? [{ definition: form.definition, answers: application.data.answers }]
      : [];
  });
  const shared = sharedAnswers(target.data.definition, sources);
  return {
    kind: 'ready',
    answers: shared.fields.length > 0 ? shared.answers : undefined,
    labels: shared.fields.map((field) => pickText(field.label, locale)),
  };
}
