import type { Municipality } from '@madoguchi/procedures-contracts';
import type { Locale } from '@madoguchi/shared-util-i18n';
import { useMunicipalities, useMunicipalitySearch } from '@madoguchi/web-data-access-api';
import { Button, RubyText, TextInput } from '@madoguchi/web-ui-kit';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from '../../routing/router.js';
import { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';
import { useCatalogMessages } from './catalog-messages.js';

export function municipalityLabel(municipality: Municipality, locale: Locale): string {
  return locale === 'en'
    ? `${municipality.name.en}, ${municipality.prefecture.en}`
    : `${municipality.prefecture.ja} ${municipality.name.ja}`;
}

/** `102-0074`, `１０２００７４`, `〒102-0074` → `1020074`; undefined when not 7 digits. */
export function toPostalCode(input: string): string | undefined {
  const digits = input.normalize('NFKC').replace(/[〒\s\-‐－ー−]/g, '');
  return /^\d{7}$/.test(digits) ? digits : undefined;
}

function MunicipalityChoices({
  municipalities,
  heading,
}: {
  municipalities: readonly Municipality[];
  heading: string;
}) {
  const { text, locale } = useCatalogMessages();
  return (
    <>
      <p role="status">
        <RubyText>{heading}</RubyText>
      </p>
      <ul className="mdg-link-list">
        {municipalities.map((municipality) => (
          <li key={municipality.code}>
            <Link to={`/?municipality=${municipality.code}`}>
              {text.chooseThisMunicipality(municipalityLabel(municipality, locale))}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

function PostalCodeSearch() {
  const { text } = useCatalogMessages();
  const [input, setInput] = useState('');
  const [postalCode, setPostalCode] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const result = useMunicipalitySearch({ postalCode });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = toPostalCode(input);
    setError(code === undefined ? text.postalCodeInvalid : undefined);
    setPostalCode(code);
  };
  return (
    <form
      className="mdg-search-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={text.postalCodeSearch}
    >
      <TextInput
        id="home-postal-code"
        label={text.postalCodeLabel}
        hint={text.postalCodeHint}
        error={error}
        width="medium"
        inputMode="numeric"
        autoComplete="postal-code"
        value={input}
        onChange={(event) => setInput(event.currentTarget.value)}
      />
      <Button type="submit" variant="secondary">
        {text.postalCodeSearch}
      </Button>
      {postalCode && result.isPending ? <LoadingNotice /> : null}
      {result.isError ? <LoadFailedNotice error={result.error} /> : null}
      {result.data ? (
        result.data.length === 0 ? (
          <p role="status">
            <RubyText>{text.postalCodeNoMatch}</RubyText>
          </p>
        ) : (
          <MunicipalityChoices
            municipalities={result.data}
            heading={text.postalCodeMatches(result.data.length)}
          />
        )
      ) : null}
    </form>
  );
}

function NameSearch() {
  const { text } = useCatalogMessages();
  const [input, setInput] = useState('');
  const [q, setQ] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const result = useMunicipalitySearch({ q });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const words = input.trim();
    setError(words === '' ? text.municipalityNameRequired : undefined);
    setQ(words === '' ? undefined : words);
  };
  return (
    <form
      className="mdg-search-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={text.municipalityNameSearch}
    >
      <TextInput
        id="home-municipality-name"
        type="search"
        label={text.municipalityNameLabel}
        hint={text.municipalityNameHint}
        error={error}
        value={input}
        onChange={(event) => setInput(event.currentTarget.value)}
      />
      <Button type="submit" variant="secondary">
        {text.municipalityNameSearch}
      </Button>
      {q && result.isPending ? <LoadingNotice /> : null}
      {result.isError ? <LoadFailedNotice error={result.error} /> : null}
      {result.data ? (
        result.data.length === 0 ? (
          <p role="status">
            <RubyText>{text.municipalityNoMatch}</RubyText>
          </p>
        ) : (
          <MunicipalityChoices
            municipalities={result.data}
            heading={text.municipalityMatches(result.data.length)}
          />
        )
      ) : null}
    </form>
  );
}

/** 郵便番号 → the municipality (or the two a code spans), a name search, and the list served. */
export function MunicipalityPicker() {
  const { text, locale } = useCatalogMessages();
  const served = useMunicipalities();
  return (
    <section aria-labelledby="choose-municipality-heading">
      <h2 id="choose-municipality-heading">
        <RubyText>{text.chooseMunicipalityHeading}</RubyText>
      </h2>
      <PostalCodeSearch />
      <NameSearch />
      <h3>
        <RubyText>{text.servedMunicipalitiesHeading}</RubyText>
      </h3>
      {served.isPending ? <LoadingNotice /> : null}
      {served.isError ? (
        <LoadFailedNotice error={served.error} onRetry={() => void served.refetch()} />
      ) : null}
      {served.data ? (
        <ul className="mdg-link-list">
          {served.data.map((municipality) => (
            <li key={municipality.code}>
              <Link to={`/?municipality=${municipality.code}`}>
                {municipalityLabel(municipality, locale)}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
