/**
 * まとめて申請: the bundle lives in the URL (`?bundle=a,b&done=<application ids>`), so reload, back
 * and another tab keep it. It holds procedure ids and the ids of the applications already
 * submitted, never an answer: the answers shared with the next form are read back from those
 * applications through the API.
 */
export type Bundle = {
  municipalityCode: string;
  procedureIds: string[];
  doneApplicationIds: string[];
};

const MAX_BUNDLE_SIZE = 10;
const PROCEDURE_ID = /^[a-z][a-z0-9-]{0,80}$/;
const APPLICATION_ID = /^[A-Za-z0-9-]{1,64}$/;

function readList(value: string | null, pattern: RegExp): string[] {
  return (value ?? '')
    .split(',')
    .filter((item) => pattern.test(item))
    .slice(0, MAX_BUNDLE_SIZE);
}

/** The bundle of the URL, or undefined outside a bundle (or for a malformed one). */
export function readBundle(params: URLSearchParams, municipalityCode: string): Bundle | undefined {
  const procedureIds = [...new Set(readList(params.get('bundle'), PROCEDURE_ID))];
  if (procedureIds.length < 2 || !/^\d{6}$/.test(municipalityCode)) {
    return undefined;
  }
  const doneApplicationIds = readList(params.get('done'), APPLICATION_ID).slice(
    0,
    procedureIds.length,
  );
  return { municipalityCode, procedureIds, doneApplicationIds };
}

/** `?bundle=…&done=…` (and the municipality where the path has none, as on the receipt). */
export function bundleSearch(bundle: Bundle, options: { withMunicipality?: boolean } = {}): string {
  const params = new URLSearchParams();
  params.set('bundle', bundle.procedureIds.join(','));
  if (bundle.doneApplicationIds.length > 0) {
    params.set('done', bundle.doneApplicationIds.join(','));
  }
  if (options.withMunicipality) {
    params.set('municipality', bundle.municipalityCode);
  }
  return `?${params.toString()}`;
}

/** The procedure the resident is on: the first one not yet submitted. */
export function currentProcedureId(bundle: Bundle): string | undefined {
  return bundle.procedureIds[bundle.doneApplicationIds.length];
}

export function procedurePagePath(bundle: Bundle, procedureId: string): string {
  return `/municipalities/${bundle.municipalityCode}/procedures/${procedureId}${bundleSearch(bundle)}`;
}
