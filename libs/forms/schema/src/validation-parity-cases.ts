import type { FieldErrorCode } from './messages/field-error-code.js';

type Answers = Record<string, unknown>;

/**
 * One table of invalid answers, run both in the browser (jsdom, through the react-hook-form
 * resolver) and against the API (HTTP 422): the same input must give the same paths and codes.
 * Each case starts from a seed form's sample (`seeds/forms/<procedureId>/samples/<sample>.json`).
 */
export type ValidationParityCase = {
  name: string;
  procedureId: string;
  sample: string;
  mutate: (sample: Answers) => Answers;
  expected: { path: string; code: FieldErrorCode }[];
};

function withField(key: string, value: unknown): (sample: Answers) => Answers {
  return (sample) => ({ ...sample, [key]: value });
}

function withPart(key: string, part: string, value: unknown): (sample: Answers) => Answers {
  return (sample) => ({ ...sample, [key]: { ...(sample[key] as Answers), [part]: value } });
}

function without(key: string): (sample: Answers) => Answers {
  return (sample) => Object.fromEntries(Object.entries(sample).filter(([name]) => name !== key));
}

/** Changes the check digit of the 個人番号 of one child (0-based index). */
function withWrongChildMyNumber(index: number): (sample: Answers) => Answers {
  return (sample) => ({
    ...sample,
    children: (sample.children as Answers[]).map((child, position) => {
      if (position !== index) {
        return child;
      }
      const myNumber = String(child.myNumber);
      return {
        ...child,
        myNumber: myNumber.slice(0, 11) + String((Number(myNumber[11]) + 1) % 10),
      };
    }),
  });
}

const PREGNANCY = { procedureId: 'pregnancy-notification', sample: 'valid' } as const;

export const VALIDATION_PARITY_CASES: readonly ValidationParityCase[] = [
  {
    name: '個人番号 with a wrong check digit',
    ...PREGNANCY,
    mutate: withField('myNumber', '314159265353'),
    expected: [{ path: 'myNumber', code: 'my_number_check_digit' }],
  },
  {
    name: 'a required date left out',
    ...PREGNANCY,
    mutate: without('birthDate'),
    expected: [{ path: 'birthDate', code: 'required' }],
  },
  {
    name: 'a phone number too short',
    ...PREGNANCY,
    mutate: withField('phone', '12'),
    expected: [{ path: 'phone', code: 'invalid_phone' }],
  },
  {
    name: 'フリガナ in Latin letters',
    ...PREGNANCY,
    mutate: withPart('name', 'familyKana', 'yamada'),
    expected: [{ path: 'name.familyKana', code: 'invalid_katakana' }],
  },
  {
    name: 'an answer to a question the form does not ask',
    ...PREGNANCY,
    mutate: withField('favouriteColour', 'blue'),
    expected: [{ path: 'favouriteColour', code: 'unknown_field' }],
  },
  {
    name: 'a malformed 郵便番号',
    ...PREGNANCY,
    mutate: withPart('address', 'postalCode', '12-34'),
    expected: [{ path: 'address.postalCode', code: 'invalid_postal_code' }],
  },
  {
    name: 'an impossible 和暦 date',
    ...PREGNANCY,
    mutate: withField('birthDate', '令和2年2月30日'),
    expected: [{ path: 'birthDate', code: 'invalid_date' }],
  },
  {
    name: 'consent not given',
    ...PREGNANCY,
    mutate: withField('consent', false),
    expected: [{ path: 'consent', code: 'consent_required' }],
  },
  {
    name: 'an e-mail address without a domain',
    ...PREGNANCY,
    mutate: withField('email', 'hanako@'),
    expected: [{ path: 'email', code: 'invalid_email' }],
  },
  {
    name: 'a number written in words',
    ...PREGNANCY,
    mutate: withField('weeksAtDiagnosis', 'eight'),
    expected: [{ path: 'weeksAtDiagnosis', code: 'invalid_number' }],
  },
  {
    name: 'a choice that is not offered',
    ...PREGNANCY,
    mutate: withField('smoking', 'sometimes'),
    expected: [{ path: 'smoking', code: 'invalid_option' }],
  },
  {
    name: 'the third child’s 個人番号 with a wrong check digit',
    procedureId: 'child-allowance-certification',
    sample: 'three-children-one-apart',
    mutate: withWrongChildMyNumber(2),
    expected: [{ path: 'children.2.myNumber', code: 'my_number_check_digit' }],
  },
  {
    name: 'no child in a 児童手当 claim',
    procedureId: 'child-allowance-certification',
    sample: 'three-children-one-apart',
    mutate: withField('children', []),
    expected: [{ path: 'children', code: 'required' }],
  },
];
