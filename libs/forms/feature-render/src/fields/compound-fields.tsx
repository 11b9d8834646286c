import type { FieldDefinition } from '@madoguchi/forms-schema';
import { PREFECTURES } from '@madoguchi/forms-schema';
import type { Locale } from '@madoguchi/shared-util-i18n';
import {
  DateInput,
  Fieldset,
  RadioGroup,
  RubyText,
  Select,
  TextInput,
} from '@madoguchi/web-ui-kit';
import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import type { FormAnswers } from '../engine-resolver.js';
import { fieldDomId, joinPath } from '../field-paths.js';
import type { ItemScope, PostalAddressSuggestion } from '../renderer-context.js';
import { useRenderer } from '../renderer-context.js';
import type { PartName } from './leaf-props.js';
import { errorText, partLabel, useLeafProps } from './leaf-props.js';

type CompoundFieldProps = { field: FieldDefinition; path: string; scope: ItemScope | undefined };

/** The fieldset of a compound answer. Its own id is that of its first part, for error links. */
function CompoundFieldset({
  field,
  path,
  scope,
  firstPart,
  children,
}: CompoundFieldProps & { firstPart: string; children: ReactNode }) {
  const leaf = useLeafProps(field, path, scope);
  return (
    <Fieldset
      id={fieldDomId(joinPath(path, firstPart))}
      legend={leaf.label}
      hint={leaf.hint}
      error={leaf.error}
      isRequired={leaf.isRequired}
      isSection
    >
      {children}
    </Fieldset>
  );
}

function PartInput({
  path,
  part,
  autoComplete,
  inputMode,
  width = 'full',
}: {
  path: string;
  part: PartName;
  autoComplete?: string;
  inputMode?: 'numeric' | 'text';
  width?: 'full' | 'medium' | 'short';
}) {
  const renderer = useRenderer();
  const { register } = useFormContext<FormAnswers>();
  const partPath = joinPath(path, part);
  return (
    <TextInput
      id={fieldDomId(partPath)}
      label={partLabel(part, renderer.locale)}
      error={errorText(renderer, partPath)}
      autoComplete={autoComplete}
      inputMode={inputMode}
      width={width}
      {...register(partPath)}
    />
  );
}

/** 氏名 and フリガナ (kana in hiragana, katakana or half-width: the engine normalises it). */
export function PersonNameField(props: CompoundFieldProps) {
  const { path } = props;
  const isOwnName = props.field.autocomplete !== 'off';
  return (
    <CompoundFieldset {...props} firstPart="family">
      <PartInput path={path} part="family" autoComplete={isOwnName ? 'family-name' : 'off'} />
      <PartInput path={path} part="given" autoComplete={isOwnName ? 'given-name' : 'off'} />
      <PartInput path={path} part="familyKana" autoComplete="off" />
      <PartInput path={path} part="givenKana" autoComplete="off" />
    </CompoundFieldset>
  );
}

type PostalTexts = {
  looking: string;
  filled: (address: string) => string;
  choose: string;
  chooseLegend: string;
  notFound: string;
  failed: string;
};

/** The 郵便番号 → 住所 lookup's messages, in the three languages. */
export const POSTAL_TEXTS: Record<Locale, PostalTexts> = {
  ja: {
    looking: '郵便番号から住所をさがしています…',
    filled: (address) =>
      `郵便番号から「${address}」を入れました。番地などを続けて入力してください。直すこともできます。`,
    choose: 'この郵便番号には住所が複数あります。あてはまるものを選んでください。',
    chooseLegend: '郵便番号の住所',
    notFound: 'この郵便番号の住所は見つかりませんでした。住所を入力してください。',
    failed: '住所を自動で入れられませんでした。住所を入力してください。',
  },
  en: {
    looking: 'Looking up the address of this postal code…',
    filled: (address) =>
      `Filled in “${address}” from the postal code. Go on with the block number; you can change any part.`,
    choose: 'This postal code has several addresses: choose yours.',
    chooseLegend: 'Addresses of the postal code',
    notFound: 'No address has this postal code: type the address.',
    failed: 'The address could not be filled in: type it.',
  },
  easyJa: {
    looking: '郵便番号から住所を探しています…',
    filled: (address) =>
      `郵便番号から「${address}」を入れました。番地を書いてください。直してもいいです。`,
    choose: 'この郵便番号には住所がいくつかあります。あなたの住所を選んでください。',
    chooseLegend: '郵便番号の住所',
    notFound: 'この郵便番号の住所は見つかりません。住所を書いてください。',
    failed: '住所を入れられませんでした。住所を書いてください。',
  },
};

type PostalLookupState =
  | { kind: 'idle' }
  | { kind: 'looking' }
  | { kind: 'filled'; address: string }
  | { kind: 'choose'; candidates: PostalAddressSuggestion[] }
  | { kind: 'notFound' }
  | { kind: 'failed' };

function toSevenDigits(value: string): string | undefined {
  const digits = value.normalize('NFKC').replace(/[〒\s\-‐－ー−]/g, '');
  return /^\d{7}$/.test(digits) ? digits : undefined;
}

/**
 * 郵便番号, 都道府県, 市区町村, 町域, 番地, 建物. Typing a 7-digit 郵便番号 fills 都道府県 / 市区町村 /
 * 町域 from the platform's own data (when the app passes `lookupPostalCode`), editable afterwards;
 * a code with several addresses offers them as a choice; the outcome is announced politely.
 */
export function PostalAddressField(props: CompoundFieldProps) {
  const { path } = props;
  const renderer = useRenderer();
  const { register, setValue, getValues } = useFormContext<FormAnswers>();
  const [lookup, setLookup] = useState<PostalLookupState>({ kind: 'idle' });
  // The code last looked up: typing on after a lookup does not ask again; a late answer to an
  // older code is ignored.
  const lastCode = useRef<string | undefined>(undefined);
  const prefecturePath = joinPath(path, 'prefecture');
  const postalPath = joinPath(path, 'postalCode');
  const texts = POSTAL_TEXTS[renderer.locale];
  const postalRegistration = register(postalPath);

  const fill = (address: PostalAddressSuggestion) => {
    const options = { shouldDirty: true } as const;
    setValue(prefecturePath, address.prefecture, options);
    setValue(joinPath(path, 'city'), address.city, options);
    setValue(joinPath(path, 'town'), address.town, options);
    setLookup({ kind: 'filled', address: `${address.prefecture}${address.city}${address.town}` });
  };

  const readParts = () =>
    ['prefecture', 'city', 'town'].map((part): unknown => getValues(joinPath(path, part)));

  const lookUp = (value: string) => {
    const code = toSevenDigits(value);
    const lookupPostalCode = renderer.lookupPostalCode;
    if (!lookupPostalCode || code === undefined || code === lastCode.current) {
      return;
    }
    lastCode.current = code;
    setLookup({ kind: 'looking' });
    const partsAsked = JSON.stringify(readParts());
    lookupPostalCode(code).then(
      (candidates) => {
        if (lastCode.current !== code) {
          return;
        }
        // What the resident typed while the answer was on its way is never overwritten.
        if (JSON.stringify(readParts()) !== partsAsked) {
          setLookup({ kind: 'idle' });
          return;
        }
        const [only] = candidates;
        if (candidates.length === 0) {
          setLookup({ kind: 'notFound' });
        } else if (candidates.length === 1 && only) {
          fill(only);
        } else {
          setLookup({ kind: 'choose', candidates });
        }
      },
      () => {
        if (lastCode.current === code) {
          lastCode.current = undefined;
          setLookup({ kind: 'failed' });
        }
      },
    );
  };

  const statusText =
    lookup.kind === 'looking'
      ? texts.looking
      : lookup.kind === 'filled'
        ? texts.filled(lookup.address)
        : lookup.kind === 'notFound'
          ? texts.notFound
          : lookup.kind === 'failed'
            ? texts.failed
            : lookup.kind === 'choose'
              ? texts.choose
              : '';

  return (
    <CompoundFieldset {...props} firstPart="postalCode">
      <TextInput
        id={fieldDomId(postalPath)}
        label={partLabel('postalCode', renderer.locale)}
        error={errorText(renderer, postalPath)}
        autoComplete="postal-code"
        inputMode="numeric"
        width="short"
        {...postalRegistration}
        onChange={(event) => {
          void postalRegistration.onChange(event);
          lookUp(event.currentTarget.value);
        }}
      />
      <p className="mdg-hint mdg-postal-status" role="status" aria-live="polite">
        {statusText ? <RubyText>{statusText}</RubyText> : null}
      </p>
      {lookup.kind === 'choose' ? (
        <RadioGroup
          id={fieldDomId(joinPath(path, 'postalCandidates'))}
          name={`${fieldDomId(path)}-postal-candidates`}
          legend={texts.chooseLegend}
          options={lookup.candidates.map((candidate, index) => ({
            value: String(index),
            label: `${candidate.prefecture}${candidate.city}${candidate.town}`,
          }))}
          value={undefined}
          onChange={(value) => {
            const chosen = lookup.candidates[Number(value)];
            if (chosen) {
              fill(chosen);
            }
          }}
        />
      ) : null}
      <Select
        id={fieldDomId(prefecturePath)}
        label={partLabel('prefecture', renderer.locale)}
        error={errorText(renderer, prefecturePath)}
        autoComplete="address-level1"
        options={PREFECTURES.map((prefecture) => ({ value: prefecture, label: prefecture }))}
        {...register(prefecturePath)}
      />
      <PartInput path={path} part="city" autoComplete="address-level2" />
      <PartInput path={path} part="town" autoComplete="address-line1" />
      <PartInput path={path} part="block" autoComplete="address-line2" />
      <PartInput path={path} part="building" autoComplete="address-line3" />
    </CompoundFieldset>
  );
}

export function DateRangeField(props: CompoundFieldProps) {
  const { path } = props;
  const renderer = useRenderer();
  const { register } = useFormContext<FormAnswers>();
  return (
    <CompoundFieldset {...props} firstPart="from">
      {(['from', 'to'] as const).map((part) => {
        const partPath = joinPath(path, part);
        return (
          <DateInput
            key={part}
            id={fieldDomId(partPath)}
            label={partLabel(part, renderer.locale)}
            error={errorText(renderer, partPath)}
            autoComplete="off"
            {...register(partPath)}
          />
        );
      })}
    </CompoundFieldset>
  );
}

/** 振込先: the 公金受取口座 registered with マイナポータル, or a bank account typed in. */
export function BankAccountField(props: CompoundFieldProps) {
  const { path } = props;
  const renderer = useRenderer();
  const { messages, locale } = renderer;
  const leaf = useLeafProps(props.field, path, props.scope);
  const kindPath = joinPath(path, 'kind');
  const typePath = joinPath(path, 'accountType');
  const { field: kind } = useController<FormAnswers>({ name: kindPath });
  const { field: accountType } = useController<FormAnswers>({ name: typePath });
  const { setValue } = useFormContext<FormAnswers>();
  const changeKind = (next: string) => {
    if (next === 'bank') {
      kind.onChange(next);
      return;
    }
    // A 公金受取口座 answer is `{ kind }` alone: drop the bank details typed before.
    setValue(path, { kind: next });
  };
  return (
    <Fieldset
      id={`${leaf.id}-account`}
      legend={leaf.label}
      hint={leaf.hint}
      isRequired={leaf.isRequired}
      isSection
    >
      <RadioGroup
        id={fieldDomId(kindPath)}
        name={kindPath}
        legend={partLabel('kind', locale)}
        error={errorText(renderer, kindPath) ?? leaf.error}
        isDisabled={renderer.isDisabled}
        options={[
          { value: 'publicFundAccount', label: messages.publicFundAccount },
          { value: 'bank', label: messages.bankTransfer },
        ]}
        value={typeof kind.value === 'string' ? kind.value : undefined}
        onChange={changeKind}
        onBlur={kind.onBlur}
        inputRef={kind.ref}
      />
      {kind.value === 'bank' ? (
        <>
          <PartInput
            path={path}
            part="bankCode"
            inputMode="numeric"
            width="short"
            autoComplete="off"
          />
          <PartInput
            path={path}
            part="branchCode"
            inputMode="numeric"
            width="short"
            autoComplete="off"
          />
          <RadioGroup
            id={fieldDomId(typePath)}
            name={typePath}
            legend={partLabel('accountType', locale)}
            error={errorText(renderer, typePath)}
            isDisabled={renderer.isDisabled}
            isInline
            options={[
              { value: 'ordinary', label: messages.ordinaryAccount },
              { value: 'current', label: messages.currentAccount },
            ]}
            value={typeof accountType.value === 'string' ? accountType.value : undefined}
            onChange={accountType.onChange}
            onBlur={accountType.onBlur}
            inputRef={accountType.ref}
          />
          <PartInput
            path={path}
            part="accountNumber"
            inputMode="numeric"
            width="medium"
            autoComplete="off"
          />
          <PartInput path={path} part="holderKana" autoComplete="off" />
        </>
      ) : null}
    </Fieldset>
  );
}
