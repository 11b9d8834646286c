import fc from 'fast-check';

/** The part of JSON Schema 2020-12 the API's OpenAPI document uses (zod's toJSONSchema output). */
export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
};

/**
 * Values known to reach deeper than the schema alone can (a real municipality code, a real
 * procedure id, a resource of the test): used for half the values of a property of that name.
 */
export type Hints = Record<string, fc.Arbitrary<unknown>>;

const OMITTED = new WeakSet<fc.Arbitrary<unknown>>();

/**
 * A hint that leaves an optional property out of every valid value: for a rule across properties
 * that JSON Schema does not state (a staff transition takes a decision record only with the
 * approval that completes a procedure that declares one).
 */
export function omitted(): fc.Arbitrary<unknown> {
  const arbitrary = fc.constant(undefined);
  OMITTED.add(arbitrary);
  return arbitrary;
}

export function isOmitted(hint: fc.Arbitrary<unknown> | undefined): boolean {
  return hint !== undefined && OMITTED.has(hint);
}

/** Strings that have broken edges before: NUL, bidi controls, lone surrogates, SQL, paths, sizes. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202Eevil',
  '\u200F',
  '\uD800',
  '\uFEFF',
  '\r\n',
  "'; DROP TABLE applications; --",
  '%00',
  '../../etc/passwd',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '０１２３',
  '𠮷野家',
  'null',
  '-1',
  '1e309',
  '00000000-0000-0000-0000-000000000000',
  'x'.repeat(10_001),
] as const;

const MAX_DEPTH = 4;

function isType(schema: JsonSchema, type: string): boolean {
  return schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type));
}

function stringOf(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 40, Math.max(minLength, 40));
  if (schema.format === 'date') {
    return fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2100-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
  }
  if (schema.format === 'date-time') {
    return fc
      .date({
        min: new Date('1970-01-01T00:00:00Z'),
        max: new Date('2100-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString());
  }
  if (schema.format === 'email') {
    return fc
      .tuple(
        fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/),
        fc.constantFrom('example.jp', 'example.com'),
      )
      .map(([local, domain]) => `${local}@${domain}`);
  }
  if (schema.format === 'uri') {
    return fc.oneof(fc.webUrl(), fc.constant('https://fcm.googleapis.com/fcm/send/fuzz'));
  }
  if (schema.pattern !== undefined) {
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter(
        (value) => value.length >= minLength && value.length <= (schema.maxLength ?? Infinity),
      );
  }
  return fc.string({
    minLength,
    maxLength,
    unit: fc.oneof(fc.constant('a'), fc.constant('あ'), fc.constant('1'), fc.constant('-')),
  });
}

function numberOf(schema: JsonSchema, isInteger: boolean): fc.Arbitrary<number> {
  const min =
    schema.minimum ??
    (schema.exclusiveMinimum === undefined
      ? -1_000_000
      : schema.exclusiveMinimum + (isInteger ? 1 : 1e-6));
  const max = Math.min(
    schema.maximum ??
      (schema.exclusiveMaximum === undefined
        ? 1_000_000
        : schema.exclusiveMaximum - (isInteger ? 1 : 1e-6)),
    1_000_000_000,
  );
  if (isInteger) {
    return fc.oneof(
      fc.integer({ min: Math.ceil(min), max: Math.min(Math.floor(max), Math.ceil(min) + 5) }),
      fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
    );
  }
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** How the valid values use the hints: each hint against a value from the schema, weight for weight. */
type HintUse = { hints: Hints; hintWeight: number };

/** A value the schema accepts (hints for half the values of properties of those names). */
export function validValue(schema: JsonSchema, hints: Hints = {}): fc.Arbitrary<unknown> {
  return valid(schema, { hints, hintWeight: 1 }, 0);
}

/**
 * A value the schema accepts that takes the hint for a property of that name nine times in
 * ten: what the operation's own client sends (a real municipality, an id of the test's).
 */
export function hintedValidValue(schema: JsonSchema, hints: Hints): fc.Arbitrary<unknown> {
  return valid(schema, { hints, hintWeight: 9 }, 0);
}

function valid(schema: JsonSchema, use: HintUse, depth: number): fc.Arbitrary<unknown> {
  if ('const' in schema) {
    return fc.constant(schema.const);
  }
  if (schema.enum) {
    return fc.constantFrom(...schema.enum);
  }
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    return fc.oneof(...alternatives.map((alternative) => valid(alternative, use, depth + 1)));
  }
  if (schema.allOf?.[0]) {
    return valid(schema.allOf[0], use, depth + 1);
  }
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => valid({ ...schema, type }, use, depth + 1)));
  }
  switch (schema.type ?? 'any') {
    case 'string':
      return stringOf(schema);
    case 'integer':
      return numberOf(schema, true);
    case 'number':
      return numberOf(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(valid(schema.items ?? {}, use, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
    case 'object':
      return objectOf(schema, use, depth);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectOf(schema: JsonSchema, use: HintUse, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  if (Object.keys(properties).length === 0) {
    return depth >= MAX_DEPTH
      ? fc.constant({})
      : fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
  }
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const required = schema.required ?? [];
  for (const [name, property] of Object.entries(properties)) {
    const hint = use.hints[name];
    if (isOmitted(hint) && !required.includes(name)) {
      continue;
    }
    model[name] = hint
      ? fc.oneof(
          { weight: use.hintWeight, arbitrary: hint },
          { weight: 1, arbitrary: valid(property, use, depth + 1) },
        )
      : valid(property, use, depth + 1);
  }
  return fc.record(model, {
    requiredKeys: required.filter((name) => name in model),
  });
}

/** A value of the wrong type for the schema (or no value at all). */
function wrongType(schema: JsonSchema): fc.Arbitrary<unknown> {
  const candidates: fc.Arbitrary<unknown>[] = [
    fc.constant(null),
    fc.constant([]),
    fc.constant({}),
    fc.constantFrom(...NASTY_STRINGS),
  ];
  if (!isType(schema, 'string')) {
    candidates.push(fc.string({ maxLength: 20 }));
  }
  if (!isType(schema, 'integer') && !isType(schema, 'number')) {
    candidates.push(fc.oneof(fc.integer(), fc.double()));
  }
  if (!isType(schema, 'boolean')) {
    candidates.push(fc.boolean());
  }
  return fc.oneof(...candidates);
}

/** A value the schema should refuse, close to a valid one: one property or bound broken at a time. */
export function invalidValue(
  schema: JsonSchema,
  hints: Hints = {},
  depth = 0,
): fc.Arbitrary<unknown> {
  const candidates: fc.Arbitrary<unknown>[] = [wrongType(schema)];
  if (isType(schema, 'string')) {
    candidates.push(fc.constantFrom(...NASTY_STRINGS));
    if (schema.maxLength !== undefined) {
      candidates.push(fc.constant('あ'.repeat(schema.maxLength + 1)));
    }
    if (schema.enum) {
      candidates.push(fc.constantFrom(...schema.enum.map((value) => `${String(value)}x`)));
    }
  }
  if (isType(schema, 'integer') || isType(schema, 'number')) {
    candidates.push(
      fc.constantFrom(0, -1, 0.5, 2 ** 53, Number.MAX_VALUE, -Number.MAX_VALUE, '1', 1e21),
    );
  }
  if (isType(schema, 'array')) {
    candidates.push(
      fc.array(invalidValue(schema.items ?? {}, hints, depth + 1), { minLength: 1, maxLength: 3 }),
    );
    candidates.push(
      fc.array(valid(schema.items ?? {}, { hints, hintWeight: 1 }, depth + 1), {
        minLength: (schema.maxItems ?? 100) + 1,
        maxLength: (schema.maxItems ?? 100) + 2,
      }),
    );
  }
  const properties = Object.entries(schema.properties ?? {});
  if (isType(schema, 'object') && properties.length > 0 && depth < MAX_DEPTH) {
    const validObject = objectOf(schema, { hints, hintWeight: 1 }, depth) as fc.Arbitrary<
      Record<string, unknown>
    >;
    const required = schema.required ?? [];
    if (required.length > 0) {
      candidates.push(
        fc.tuple(validObject, fc.constantFrom(...required)).map(([object, name]) => {
          const { [name]: _removed, ...rest } = object;
          return rest;
        }),
      );
    }
    candidates.push(validObject.map((object) => ({ ...object, unexpected: 'x' })));
    candidates.push(
      fc
        .constantFrom(...properties)
        .chain(([name, property]) =>
          fc.tuple(validObject, fc.constant(name), invalidValue(property, hints, depth + 1)),
        )
        .map(([object, name, value]) => ({ ...object, [name]: value })),
    );
  }
  return fc.oneof(...candidates);
}
