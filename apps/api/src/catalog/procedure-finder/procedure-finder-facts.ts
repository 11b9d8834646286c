import type { ProcedureFinderRequest } from '@madoguchi/procedures-contracts';

import { addDays, ageInYears, daysBetween } from '@madoguchi/shared-util-dates';

/** What the rules read about one child. */
export type ChildFacts = {
  /** YYYY-MM-DD, or null when only the age was given. */
  birthDate: string | null;
  /** Whole years today (from the birth date when given). */
  age: number;
  /** Days since birth (0 on the birth day), or null without a birth date. */
  ageInDays: number | null;
  livesWithApplicant: boolean;
  /** 小学校就学前: before the April 1 after the child turns 6 (age < 6 without a birth date). */
  isPreschool: boolean;
  /** Within 児童手当's age limit: until the first March 31 after turning 18 (高校生年代まで). */
  isChildAllowanceAge: boolean;
};

export type CareRecipientFacts = {
  age: number;
  certification: 'none' | 'requiresSupport' | 'requiresCare';
  certificationExpiresOn: string | null;
  /** Days from today to the last day of the certification (0 on that day, negative after). */
  daysUntilCertificationExpiry: number | null;
  isCertifiedByPreviousMunicipality: boolean;
  hasSpecifiedDisease: boolean;
};

/**
 * The facts the rules of `seeds/catalog/procedure-finder-rules.json` are written against: the
 * answers plus what follows from them and today's date in Japan (JSON Logic has no date
 * arithmetic). A fact that cannot be known is null, never a guessed number, so a rule must test
 * it (`{"!=": [{"var": "daysSinceMoveIn"}, null]}`) before comparing.
 */
export type ProcedureFinderFacts = {
  today: string;
  isExpecting: boolean;
  dueDate: string | null;
  daysUntilDue: number | null;
  children: ChildFacts[];
  hasChildren: boolean;
  isReceivingChildAllowance: boolean;
  isEveryParentWorking: boolean;
  hasCareRecipient: boolean;
  careRecipient: CareRecipientFacts | null;
  movedInOn: string | null;
  daysSinceMoveIn: number | null;
  isDisasterAffected: boolean;
  disasterOccurredOn: string | null;
  daysSinceDisaster: number | null;
};

/** Every path a household-level condition may read. */
export const ROOT_FACTS = [
  'today',
  'isExpecting',
  'dueDate',
  'daysUntilDue',
  'children',
  'hasChildren',
  'isReceivingChildAllowance',
  'isEveryParentWorking',
  'hasCareRecipient',
  'careRecipient',
  'careRecipient.age',
  'careRecipient.certification',
  'careRecipient.certificationExpiresOn',
  'careRecipient.daysUntilCertificationExpiry',
  'careRecipient.isCertifiedByPreviousMunicipality',
  'careRecipient.hasSpecifiedDisease',
  'movedInOn',
  'daysSinceMoveIn',
  'isDisasterAffected',
  'disasterOccurredOn',
  'daysSinceDisaster',
] as const satisfies readonly (
  keyof ProcedureFinderFacts | `careRecipient.${keyof CareRecipientFacts}`
)[];

/** Every path of a child a per-child condition may read as `$item.<fact>`. */
export const CHILD_FACTS = [
  'birthDate',
  'age',
  'ageInDays',
  'livesWithApplicant',
  'isPreschool',
  'isChildAllowanceAge',
] as const satisfies readonly (keyof ChildFacts)[];

/** The first `month`/`day` on or after `isoDate`. */
function firstOnOrAfter(isoDate: string, month: number, day: number): string {
  const year = Number(isoDate.slice(0, 4));
  const candidate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return candidate >= isoDate ? candidate : `${year + 1}${candidate.slice(4)}`;
}

/**
 * The day a person "reaches" an age: the day before the birthday (年齢計算ニ関スル法律), which
 * is why children born on April 1 start school a year earlier than those born on April 2.
 */
function reachesAge(birthDate: string, years: number): string {
  const year = Number(birthDate.slice(0, 4)) + years;
  const birthday = `${year}${birthDate.slice(4)}`;
  // 2/29 birthdays: Feb 29 of a common year is not a date; the day after Feb 28 is March 1.
  const isLeapDay =
    birthDate.endsWith('-02-29') && new Date(Date.UTC(year, 1, 29)).getUTCMonth() !== 1;
  return addDays(isLeapDay ? `${year}-03-01` : birthday, -1);
}

function toChildFacts(
  child: ProcedureFinderRequest['household']['children'][number],
  today: string,
): ChildFacts {
  if (child.birthDate === undefined) {
    const age = child.age ?? 0;
    return {
      birthDate: null,
      age,
      ageInDays: null,
      livesWithApplicant: child.livesWithApplicant,
      isPreschool: age < 6,
      isChildAllowanceAge: age <= 18,
    };
  }
  const { birthDate } = child;
  // 就学: the April 1 after reaching 6 (学校教育法 第17条); 児童手当: the March 31 after reaching 18.
  const schoolStart = firstOnOrAfter(addDays(reachesAge(birthDate, 6), 1), 4, 1);
  const allowanceEnd = firstOnOrAfter(reachesAge(birthDate, 18), 3, 31);
  return {
    birthDate,
    age: Math.max(0, ageInYears(birthDate, today)),
    ageInDays: daysBetween(birthDate, today),
    livesWithApplicant: child.livesWithApplicant,
    isPreschool: today < schoolStart,
    isChildAllowanceAge: today <= allowanceEnd,
  };
}

/** Derives the facts from the answers, as of `today` (YYYY-MM-DD in Japan). Pure. */
export function deriveProcedureFinderFacts(
  request: ProcedureFinderRequest,
  today: string,
): ProcedureFinderFacts {
  const { household } = request;
  const children = household.children.map((child) => toChildFacts(child, today));
  const care = household.careRecipient;
  const dueDate = household.isExpecting ? (household.dueDate ?? null) : null;
  const disasterOccurredOn = household.isDisasterAffected
    ? (household.disasterOccurredOn ?? null)
    : null;
  return {
    today,
    isExpecting: household.isExpecting,
    dueDate,
    daysUntilDue: dueDate === null ? null : daysBetween(today, dueDate),
    children,
    hasChildren: children.length > 0,
    isReceivingChildAllowance: household.isReceivingChildAllowance,
    isEveryParentWorking: household.isEveryParentWorking,
    hasCareRecipient: care !== undefined,
    careRecipient:
      care === undefined
        ? null
        : {
            age: care.age,
            certification: care.certification,
            certificationExpiresOn: care.certificationExpiresOn ?? null,
            daysUntilCertificationExpiry:
              care.certificationExpiresOn === undefined
                ? null
                : daysBetween(today, care.certificationExpiresOn),
            isCertifiedByPreviousMunicipality: care.isCertifiedByPreviousMunicipality,
            hasSpecifiedDisease: care.hasSpecifiedDisease,
          },
    movedInOn: household.movedInOn ?? null,
    daysSinceMoveIn:
      household.movedInOn === undefined ? null : daysBetween(household.movedInOn, today),
    isDisasterAffected: household.isDisasterAffected,
    disasterOccurredOn,
    daysSinceDisaster: disasterOccurredOn === null ? null : daysBetween(disasterOccurredOn, today),
  };
}
