import type { Municipality } from '@madoguchi/procedures-contracts';
import { PROCEDURE_CATEGORIES } from '@madoguchi/forms-schema';
import { pickText } from '@madoguchi/shared-util-i18n';
import { useMunicipalities, useProcedures } from '@madoguchi/web-data-access-api';
import { Select, TextInput } from '@madoguchi/web-ui-kit';
import { Link, useSearchParams } from 'react-router';
import { useLocale } from '../../i18n/locale-context.js';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';
import { filterProcedures } from './filter-procedures.js';

function municipalityName(municipality: Municipality, locale: 'ja' | 'en' | 'easyJa'): string {
  return locale === 'en'
    ? `${municipality.name.en}, ${municipality.prefecture.en}`
    : `${municipality.prefecture.ja} ${municipality.name.ja}`;
}

/**
 * Choose a municipality, then its procedures as links grouped by category, filtered by a keyword.
 * The choice and the keyword live in the URL (?municipality=…&q=…), so back and reload keep them.
 */
export function ProcedureFinder() {
  const { messages, locale } = useLocale();
  const [searchParams, setSearchParams] = useSearchParams();
  const municipalityCode = searchParams.get('municipality') ?? '';
  const keyword = searchParams.get('q') ?? '';
  const municipalities = useMunicipalities();
  const procedures = useProcedures(municipalityCode || undefined);

  const updateParams = (changes: Record<string, string>) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value === '') {
        next.delete(key);
      } else {
        next.set(key, value);
      }
    }
    setSearchParams(next, { replace: true });
  };

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
  const matches = procedures.data ? filterProcedures(procedures.data, keyword) : [];
  const categories = [
    ...PROCEDURE_CATEGORIES,
    ...new Set(
      matches
        .map((procedure) => procedure.category)
        .filter((category) => !PROCEDURE_CATEGORIES.includes(category as never)),
    ),
  ];

  return (
    <>
      <Select
        id="municipality"
        label={messages.municipalityLabel}
        hint={messages.municipalityHint}
        options={municipalities.data.map((candidate) => ({
          value: candidate.code,
          label: municipalityName(candidate, locale),
        }))}
        value={municipalityCode}
        onChange={(event) => updateParams({ municipality: event.currentTarget.value })}
      />
      {municipality ? (
        <section aria-labelledby="procedures-heading">
          <h2 id="procedures-heading">
            {messages.proceduresHeading(
              locale === 'en' ? municipality.name.en : municipality.name.ja,
            )}
          </h2>
          <TextInput
            id="keyword"
            type="search"
            label={messages.keywordLabel}
            hint={messages.keywordHint}
            value={keyword}
            onChange={(event) => updateParams({ q: event.currentTarget.value })}
          />
          {procedures.isPending ? <LoadingNotice /> : null}
          {procedures.isError ? (
            <LoadFailedNotice error={procedures.error} onRetry={() => void procedures.refetch()} />
          ) : null}
          {procedures.data ? (
            <>
              <p role="status">{messages.procedureCount(matches.length)}</p>
              {matches.length === 0 ? <p>{messages.noProcedures}</p> : null}
              {categories.map((category) => {
                const inCategory = matches.filter((procedure) => procedure.category === category);
                if (inCategory.length === 0) {
                  return null;
                }
                return (
                  <section key={category} aria-labelledby={`category-${category}`}>
                    <h3 id={`category-${category}`}>{messages.categories[category] ?? category}</h3>
                    <ul className="mdg-link-list">
                      {inCategory.map((procedure) => (
                        <li key={procedure.id}>
                          <Link
                            to={`/municipalities/${procedure.municipalityCode}/procedures/${procedure.id}/apply`}
                          >
                            {pickText(procedure.title, locale)}
                          </Link>
                          <p className="mdg-hint">{pickText(procedure.summary, locale)}</p>
                        </li>
                      ))}
                    </ul>
                  </section>
                );
              })}
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
