// The closed lists of the form definition format, apart from its zod schemas: a page that only
// lists the categories does not load zod or build the meta-schema (form-definition.schema.ts).

export const FIELD_TYPES = [
  'text',
  'longText',
  'number',
  'yen',
  'date',
  'dateRange',
  'radio',
  'select',
  'checkboxes',
  'yesNo',
  'email',
  'phone',
  'postalAddress',
  'personName',
  'myNumber',
  'careInsuredNumber',
  'bankAccount',
  'relationship',
  'consent',
  'attachment',
  'group',
] as const;

export const PROCEDURE_CATEGORIES = ['childcare', 'care', 'disaster'] as const;
export const LIFE_EVENTS = [
  'pregnancy',
  'childbirth',
  'childRaising',
  'care',
  'moving',
  'disaster',
] as const;
