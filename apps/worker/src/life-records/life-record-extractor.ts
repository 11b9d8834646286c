import type { LifeRecordKind } from '@madoguchi/notifications-domain';
import { applicationSourceKey } from '@madoguchi/notifications-domain';
import { addPeriod } from '@madoguchi/shared-util-dates';
import type { DecisionRecord } from '@madoguchi/procedures-domain';

import type { LifeRecordSource } from '../infrastructure/rule-book.js';

export type ExtractedLifeRecord = {
  kind: LifeRecordKind;
  sourceKey: string;
  fields: Record<string, string>;
};

function read(answers: unknown, path: string): unknown {
  let current: unknown = answers;
  for (const key of path.split('.')) {
    if (
      typeof current !== 'object' ||
      current === null ||
      Array.isArray(current) ||
      !Object.hasOwn(current, key)
    ) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A personName answer gives its given name ("太郎さんの健診"); a text answer is used as it is. */
function displayName(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return value;
  }
  const given = read(value, 'given');
  return typeof given === 'string' ? given : undefined;
}

/**
 * The dates a source takes from the decision: the 認定有効期間 staff recorded, or, for an
 * application completed without one, an estimate of the usual first period from the decision
 * date. Null: 非該当, nothing was certified.
 */
function decisionDates(
  source: LifeRecordSource,
  decisionDate: string,
  decisionRecord: DecisionRecord | null,
): Record<string, string> | null {
  if (source.decisionRecord !== undefined && decisionRecord?.kind === source.decisionRecord) {
    if (
      decisionRecord.careLevel === 'notApplicable' ||
      decisionRecord.validFrom === undefined ||
      decisionRecord.validUntil === undefined
    ) {
      return null;
    }
    return { validFrom: decisionRecord.validFrom, expiryDate: decisionRecord.validUntil };
  }
  if (source.expiryMonthsAfterDecision === undefined) {
    return {};
  }
  // 有効期間 ends on the last day of the month (介護保険法施行規則 第38条).
  const expiryDate = addPeriod(
    `${addPeriod(decisionDate, { months: source.expiryMonthsAfterDecision + 1 }).slice(0, 7)}-01`,
    { days: -1 },
  );
  return { validFrom: decisionDate, expiryDate };
}

/**
 * The life records a completed application creates (妊娠の届出 → pregnancy, 児童手当 → children,
 * 要介護認定 → certification and insured person), by the sources of `life-record-sources.json`.
 * A source that declares a decision record takes its dates from the one staff recorded.
 * Source keys make re-running idempotent: `application:<id>:<kind>:<n>`.
 */
export function extractLifeRecords(
  applicationId: string,
  answers: unknown,
  sources: readonly LifeRecordSource[],
  decisionDate: string,
  decisionRecord: DecisionRecord | null = null,
): ExtractedLifeRecord[] {
  const records: ExtractedLifeRecord[] = [];
  for (const source of sources) {
    const fromDecision = decisionDates(source, decisionDate, decisionRecord);
    if (fromDecision === null) {
      continue;
    }
    const items = source.each === undefined ? [answers] : read(answers, source.each);
    if (!Array.isArray(items)) {
      continue;
    }
    items.forEach((item: unknown, index) => {
      const fields: Record<string, string> = {};
      for (const [field, path] of Object.entries(source.dates ?? {})) {
        const value = read(item, path);
        if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
          fields[field] = value;
        }
      }
      Object.assign(fields, fromDecision);
      if (Object.keys(fields).length === 0) {
        return;
      }
      const name = source.name === undefined ? undefined : displayName(read(item, source.name));
      records.push({
        kind: source.kind,
        sourceKey: applicationSourceKey(applicationId, source.kind, index),
        fields: name === undefined ? fields : { ...fields, name },
      });
    });
  }
  return records;
}
