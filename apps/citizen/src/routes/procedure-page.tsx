import { useParams } from '../routing/router.js';
import { ProcedureDetailView } from '../features/catalog/procedure-detail.js';

export function ProcedurePage() {
  const { municipalityCode = '', procedureId = '' } = useParams();
  return <ProcedureDetailView municipalityCode={municipalityCode} procedureId={procedureId} />;
}
