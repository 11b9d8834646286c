import type { ProcedureSummary } from '@madoguchi/procedures-contracts';
import { PROCEDURE_CATEGORIES } from '@madoguchi/forms-schema';
import { pickText } from '@madoguchi/shared-util-i18n';
import { useLifeEvents, useProcedureSearch } from '@madoguchi/web-data-access-api';
import { Button, RubyText, TextInput } from '@madoguchi/web-ui-kit';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from '../../routing/router.js';
import { useLocale } from '../../i18n/locale-context.js';
import { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';
import { useCatalogMessages } from './catalog-messages.js';

export function procedurePath(
  procedure: Pick<ProcedureSummary, 'municipalityCode' | 'id'>,
): string {
  return `/municipalities/${procedure.municipalityCode}/procedures/${procedure.id}`;
}

function ProcedureList({ procedures }: { procedures: readonly ProcedureSummary[] }) {
  const { messages, locale } = useLocale();
  const categories = [
    ...PROCEDURE_CATEGORIES,
    ...new Set(
      procedures
        .map((procedure) => procedure.category)
        .filter((category) => !(PROCEDURE_CATEGORIES as readonly string[]).includes(category)),
    ),
  ];
  return (
    <>
      {categories.map((category) => {
        const inCategory = procedures.filter((procedure) => procedure.category === category);
        if (inCategory.length === 0) {
          return null;
        }
        return (
          <section key={category} aria-labelledby={`category-${category}`}>
            <h4 id={`category-${category}`}>
              <RubyText>{messages.categories[category] ?? category}</RubyText>
            </h4>
            <ul className="mdg-link-list">
              {inCategory.map((procedure) => (
                <li key={procedure.id}>
                  <Link to={procedurePath(procedure)}>{pickText(procedure.title, locale)}</Link>
                  <p className="mdg-hint">
                    <RubyText>{pickText(procedure.summary, locale)}</RubyText>
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

/**
 * The API's catalog search (kanji, kana, English) and life-event browsing; the keyword and the
 * life event live in the URL (?q=, ?lifeEvent=) so back and reload keep them.
 */
export function ProcedureSearch({ municipalityCode }: { municipalityCode: string }) {
  const { text, locale } = useCatalogMessages();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const lifeEvent = searchParams.get('lifeEvent') ?? '';
  const [input, setInput] = useState(q);
  const lifeEvents = useLifeEvents(municipalityCode);
  const procedures = useProcedureSearch(municipalityCode, { q, lifeEvent });
  const chosenEvent = lifeEvents.data?.find((event) => event.id === lifeEvent);

  const linkTo = (changes: Record<string, string>): string => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value === '') {
        next.delete(key);
      } else {
        next.set(key, value);
      }
    }
    return `/?${next.toString()}`;
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams(searchParams);
    if (input.trim() === '') {
      next.delete('q');
    } else {
      next.set('q', input.trim());
    }
    next.delete('lifeEvent');
    setSearchParams(next, { replace: true });
  };

  const resultsHeading = q
    ? text.resultsFor(q)
    : chosenEvent
      ? text.resultsForLifeEvent(pickText(chosenEvent.label, locale))
      : text.allProcedures;

  return (
    <section aria-labelledby="procedure-search-heading">
      <h2 id="procedure-search-heading">
        <RubyText>{text.searchHeading}</RubyText>
      </h2>
      <form className="mdg-search-form" role="search" onSubmit={onSubmit}>
        <TextInput
          id="keyword"
          type="search"
          label={text.keywordLabel}
          hint={text.keywordHint}
          value={input}
          onChange={(event) => setInput(event.currentTarget.value)}
        />
        <Button type="submit" variant="secondary">
          {text.keywordSearch}
        </Button>
      </form>
      <nav aria-labelledby="life-events-heading">
        <h3 id="life-events-heading">
          <RubyText>{text.lifeEventsHeading}</RubyText>
        </h3>
        {lifeEvents.isError ? <LoadFailedNotice error={lifeEvents.error} /> : null}
        <ul className="mdg-chip-list">
          <li>
            <Link
              className="mdg-chip"
              to={linkTo({ lifeEvent: '', q: '' })}
              aria-current={!q && !lifeEvent ? 'page' : undefined}
            >
              {text.allProcedures}
            </Link>
          </li>
          {(lifeEvents.data ?? []).map((event) => (
            <li key={event.id}>
              <Link
                className="mdg-chip"
                to={linkTo({ lifeEvent: event.id, q: '' })}
                aria-current={event.id === lifeEvent ? 'page' : undefined}
              >
                {text.lifeEventCount(pickText(event.label, locale), event.procedureCount ?? 0)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h3>
        <RubyText>{resultsHeading}</RubyText>
      </h3>
      {procedures.isPending ? <LoadingNotice /> : null}
      {procedures.isError ? (
        <LoadFailedNotice error={procedures.error} onRetry={() => void procedures.refetch()} />
      ) : null}
      {procedures.data ? (
        <>
          <p role="status">{text.procedureCount(procedures.data.length)}</p>
          {procedures.data.length === 0 ? (
            <p>
              <RubyText>{text.noProcedures}</RubyText>
            </p>
          ) : null}
          <ProcedureList procedures={procedures.data} />
        </>
      ) : null}
    </section>
  );
}
