import { isBusinessDay } from '@madoguchi/shared-util-dates';

/**
 * What a 補正依頼 opens: the flagged paths, and the answers under them. A flagged path may leave
 * out repeat indices (`children.birthDate` opens that field in every child) or name a whole
 * group or a compound field (`applicant.address` opens its parts).
 */
export function isOpenForCorrection(path: string, flaggedPaths: readonly string[]): boolean {
  const segments = path.split('.');
  return flaggedPaths.some((flagged) => covers(flagged.split('.'), segments));
}

function covers(flagged: readonly string[], segments: readonly string[]): boolean {
  let at = 0;
  for (const part of flagged) {
    while (
      at < segments.length &&
      segments[at] !== part &&
      /^\d+$/.test(segments[at] ?? '') &&
      !/^\d+$/.test(part)
    ) {
      at += 1;
    }
    if (segments[at] !== part) {
      return false;
    }
    at += 1;
  }
  return true;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The answers as leaf paths. Objects (groups, compound fields) and arrays of objects (repeating
 * groups) are walked; an array of plain values (checkboxes, an attachment's file ids) is one answer.
 */
export function flattenAnswers(answers: Record<string, unknown>): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  const walk = (value: unknown, path: string): void => {
    if (isPlainObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        walk(child, path ? `${path}.${key}` : key);
      }
      return;
    }
    if (Array.isArray(value) && value.some((item) => isPlainObject(item) || Array.isArray(item))) {
      value.forEach((item, index) => walk(item, `${path}.${index}`));
      return;
    }
    leaves.set(path, value);
  };
  walk(answers, '');
  return leaves;
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

function sameAnswer(left: unknown, right: unknown): boolean {
  if (isEmpty(left) && isEmpty(right)) {
    return true;
  }
  return JSON.stringify(left) === JSON.stringify(right);
}

/** The leaf paths whose answer differs between two (normalised, in clear) sets of answers, sorted. */
export function changedAnswerPaths(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): string[] {
  const old = flattenAnswers(before);
  const next = flattenAnswers(after);
  const paths = new Set([...old.keys(), ...next.keys()]);
  return [...paths].filter((path) => !sameAnswer(old.get(path), next.get(path))).sort();
}

/** The value at a dot path of answers, or undefined. */
export function readAnswer(answers: unknown, path: string): unknown {
  let current: unknown = answers;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object') {
      return undefined;
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Writes a value at a dot path of answers (in place), creating the objects on the way. */
export function writeAnswer(answers: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split('.');
  const last = segments.pop();
  let container: Record<string, unknown> = answers;
  for (const segment of segments) {
    const next = container[segment];
    if (next === null || typeof next !== 'object') {
      container[segment] = {};
    }
    container = container[segment] as Record<string, unknown>;
  }
  if (last !== undefined) {
    container[last] = value;
  }
}

/**
 * Business days from one Japanese calendar date to a later one (the first not counted): how long
 * a 補正依頼 waited, which 行政手続法第7条 leaves out of the 標準処理期間.
 */
export function businessDaysBetween(fromIsoDate: string, toIsoDate: string): number {
  let count = 0;
  const [year, month, day] = fromIsoDate.split('-').map(Number) as [number, number, number];
  for (let offset = 1; ; offset += 1) {
    const current = new Date(Date.UTC(year, month - 1, day + offset)).toISOString().slice(0, 10);
    if (current > toIsoDate) {
      return count;
    }
    if (isBusinessDay(current)) {
      count += 1;
    }
  }
}
