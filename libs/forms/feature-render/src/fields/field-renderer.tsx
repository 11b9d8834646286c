import type { FieldDefinition } from '@madoguchi/forms-schema';
import { assertNever } from '@madoguchi/procedures-domain';
import { TextInput } from '@madoguchi/web-ui-kit';
import type { ItemScope } from '../renderer-context.js';
import { evaluateLogic, useRenderer } from '../renderer-context.js';
import { ReadOnlyAnswer } from '../correction/read-only-answer.js';
import { AttachmentField } from './attachment-field.js';
import {
  CheckboxesField,
  ConsentField,
  RadioField,
  SelectField,
  YesNoField,
} from './choice-fields.js';
import {
  BankAccountField,
  DateRangeField,
  PersonNameField,
  PostalAddressField,
} from './compound-fields.js';
import { GroupField, RepeatingGroupField } from './group-fields.js';
import { toText } from '../to-text.js';
import { useLeafProps } from './leaf-props.js';
import { DateField, LongTextField, TextField } from './text-fields.js';

export type FieldRendererProps = {
  field: FieldDefinition;
  path: string;
  scope: ItemScope | undefined;
};

/** A computed value (JSON Logic): shown read-only; the engine recomputes it on submission. */
function ComputedField({ field, path, scope }: FieldRendererProps) {
  const renderer = useRenderer();
  const leaf = useLeafProps(field, path, scope);
  const value = evaluateLogic(field.value, renderer.answers, scope);
  return (
    <TextInput
      {...leaf}
      hint={[leaf.hint, renderer.messages.computedHint].filter(Boolean).join(' ')}
      isRequired={false}
      readOnly
      value={toText(value)}
    />
  );
}

/** Renders one field of a form definition at a dot path, or nothing when it is hidden. */
export function FieldRenderer({ field, path, scope }: FieldRendererProps) {
  const renderer = useRenderer();
  if (field.visibleWhen !== undefined && !renderer.isVisible(path)) {
    return null;
  }
  const { correction } = renderer;
  if (correction && !correction.isOpen(path)) {
    if (!(field.type === 'group' && correction.hasOpenBeneath(path))) {
      return <ReadOnlyAnswer field={field} path={path} />;
    }
  } else if (correction && field.type !== 'group') {
    return (
      <div className="mdg-correction-field">
        <FieldControl field={field} path={path} scope={scope} />
      </div>
    );
  }
  return <FieldControl field={field} path={path} scope={scope} />;
}

function FieldControl({ field, path, scope }: FieldRendererProps) {
  if (field.type === 'group') {
    return field.repeat ? (
      <RepeatingGroupField field={field} path={path} scope={scope} />
    ) : (
      <GroupField field={field} path={path} scope={scope} />
    );
  }
  if (field.value !== undefined) {
    return <ComputedField field={field} path={path} scope={scope} />;
  }
  const props = { field, path, scope };
  const { type } = field;
  switch (type) {
    case 'text':
    case 'email':
    case 'phone':
    case 'myNumber':
    case 'careInsuredNumber':
    case 'number':
    case 'yen':
      return <TextField field={{ ...field, type }} path={path} scope={scope} />;
    case 'longText':
      return <LongTextField {...props} />;
    case 'date':
      return <DateField {...props} />;
    case 'dateRange':
      return <DateRangeField {...props} />;
    case 'radio':
      return <RadioField {...props} />;
    case 'select':
    case 'relationship':
      return <SelectField {...props} />;
    case 'checkboxes':
      return <CheckboxesField {...props} />;
    case 'yesNo':
      return <YesNoField {...props} />;
    case 'consent':
      return <ConsentField {...props} />;
    case 'postalAddress':
      return <PostalAddressField {...props} />;
    case 'personName':
      return <PersonNameField {...props} />;
    case 'bankAccount':
      return <BankAccountField {...props} />;
    case 'attachment':
      return <AttachmentField {...props} />;
    default:
      return assertNever(type);
  }
}
