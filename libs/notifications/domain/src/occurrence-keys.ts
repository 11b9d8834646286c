import type { MunicipalRuleParameters, ReminderRule } from './reminder-rule.schema.js';
import { applyMunicipalParameters } from './reminder-rules.js';

/** Per rule id, occurrence keys that a municipality may not use again. */
export type RetiredOccurrenceKeys = Record<string, string[]>;

/**
 * Each relative rule's occurrence keys as the parameters publish them. A rule switched off keeps
 * its keys: switching it on again continues the same occurrences (already sent ones stay sent).
 */
export function publishedOccurrenceKeys(
  rules: readonly ReminderRule[],
  parameters: MunicipalRuleParameters | undefined,
): Map<string, string[]> {
  const switchedOn: MunicipalRuleParameters | undefined = parameters && {
    ...parameters,
    rules: Object.fromEntries(
      Object.entries(parameters.rules).map(([id, override]) => [
        id,
        { ...override, isEnabled: undefined },
      ]),
    ),
  };
  return new Map(
    applyMunicipalParameters(rules, switchedOn).flatMap((rule) =>
      rule.trigger.type === 'relative'
        ? [[rule.id, rule.trigger.occurrences.map((occurrence) => occurrence.key)] as const]
        : [],
    ),
  );
}

/**
 * The occurrence-key rule of an edit. An occurrence key is part of the once-only delivery key
 * (`reminder_occurrences`: recipient, rule, `<record id>:<key>`), so it names one occurrence for
 * good: its offset, labels, lead days and channels may change, but a key the edit drops (removed,
 * or renamed, which is a removal and an addition) is retired, and a retired key is never taken
 * again, since records already reminded under its old meaning would silently get nothing.
 * Returns the retired keys after the edit and the keys of `after` that re-use a retired one.
 */
export function checkOccurrenceKeys(
  rules: readonly ReminderRule[],
  before: MunicipalRuleParameters | undefined,
  after: MunicipalRuleParameters,
  retired: RetiredOccurrenceKeys,
): { retired: RetiredOccurrenceKeys; reused: { ruleId: string; key: string }[] } {
  const published = publishedOccurrenceKeys(rules, before);
  const next = publishedOccurrenceKeys(rules, after);
  const reused = [...next].flatMap(([ruleId, keys]) =>
    keys.filter((key) => retired[ruleId]?.includes(key)).map((key) => ({ ruleId, key })),
  );
  const updated: RetiredOccurrenceKeys = {};
  for (const ruleId of new Set([...Object.keys(retired), ...published.keys()])) {
    const kept = next.get(ruleId) ?? [];
    const dropped = (published.get(ruleId) ?? []).filter((key) => !kept.includes(key));
    const keys = [...new Set([...(retired[ruleId] ?? []), ...dropped])].sort();
    if (keys.length > 0) {
      updated[ruleId] = keys;
    }
  }
  return { retired: updated, reused };
}
