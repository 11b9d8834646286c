import type { FieldDefinition } from '@madoguchi/forms-schema';
import { PREFECTURES } from '@madoguchi/forms-schema';
import { DateInput, Fieldset, RadioGroup, Select, TextInput } from '@madoguchi/web-ui-kit';
import type { ReactNode } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import type { FormAnswers } from '../engine-resolver.js';
import { fieldDomId, joinPath } from '../field-paths.js';
import type { ItemScope } from '../renderer-context.js';
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

export function PostalAddressField(props: CompoundFieldProps) {
  const { path } = props;
  const renderer = useRenderer();
  const { register } = useFormContext<FormAnswers>();
  const prefecturePath = joinPath(path, 'prefecture');
  return (
    <CompoundFieldset {...props} firstPart="postalCode">
      <PartInput
        path={path}
        part="postalCode"
        autoComplete="postal-code"
        inputMode="numeric"
        width="short"
      />
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
