import './catalog.css';
import { useMunicipalities } from '@madoguchi/web-data-access-api';
import { RubyText } from '@madoguchi/web-ui-kit';
import { Link, useSearchParams } from '../../routing/router.js';
import { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';
import { useCatalogMessages } from './catalog-messages.js';
import { MunicipalityPicker, municipalityLabel } from './municipality-picker.js';
import { ProcedureQuestionnaire } from './procedure-questionnaire.js';
import { ProcedureSearch } from './procedure-search.js';

/**
 * Finding a procedure: first the municipality (郵便番号, name, or the list served), then its
 * procedures by keyword or life event, or the questionnaire. The municipality is in the URL
 * (?municipality=…), so back and reload keep it.
 */
export function ProcedureFinder() {
  const { text, locale } = useCatalogMessages();
  const [searchParams] = useSearchParams();
  const municipalityCode = searchParams.get('municipality') ?? '';
  const municipalities = useMunicipalities();
  if (municipalityCode === '') {
    return <MunicipalityPicker />;
  }
  if (municipalities.isPending) {
    return <LoadingNotice />;
  }
  if (municipalities.isError) {
    return (
      <LoadFailedNotice
        error={municipalities.error}
        onRetry={() => void municipalities.refetch()}
      />
    );
  }
  const municipality = municipalities.data.find((candidate) => candidate.code === municipalityCode);
  if (!municipality) {
    return <MunicipalityPicker />;
  }
  return (
    <>
      <p className="mdg-selected-municipality">
        <strong>
          <RubyText>{text.selectedMunicipality(municipalityLabel(municipality, locale))}</RubyText>
        </strong>{' '}
        <Link to="/">{text.changeMunicipality}</Link>
      </p>
      <ProcedureQuestionnaire
        key={`finder-${municipality.code}`}
        municipalityCode={municipality.code}
      />
      <ProcedureSearch key={`search-${municipality.code}`} municipalityCode={municipality.code} />
    </>
  );
}
