import type { CompiledCondition, ConditionScope } from '@madoguchi/forms-schema';
import { compileCondition, isTruthy } from '@madoguchi/forms-schema';

import { addDays } from '@madoguchi/shared-util-dates';
import type { ProcedureFinderFacts } from './procedure-finder-facts.js';
import type { ProcedureFinderRule } from './procedure-finder-rules.schema.js';
import { renderTemplate } from './procedure-finder-rules.schema.js';
import { toNextOpenDay } from './office-days.js';

type LocalizedText = { ja: string; en: string; easyJa: string };
type Language = keyof LocalizedText;

/** A rule with its condition compiled once (rules are data: they are compiled, never eval'd). */
export type CompiledProcedureFinderRule = {
  rule: ProcedureFinderRule;
  position: number;
  when: CompiledCondition;
  read: (path: string) => CompiledCondition;
};

export type ProcedureFinderMatch = {
  ruleId: string;
  procedureId: string;
  priority: number;
  deadline?: string;
  reason: LocalizedText;
  position: number;
};

export function compileProcedureFinderRule(
  rule: ProcedureFinderRule,
  position: number,
): CompiledProcedureFinderRule {
  const readers = new Map<string, CompiledCondition>();
  return {
    rule,
    position,
    when: compileCondition(rule.when),
    read: (path) => {
      let reader = readers.get(path);
      if (!reader) {
        reader = compileCondition({ var: path });
        readers.set(path, reader);
      }
      return reader;
    },
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * 2026年1月16日 / 16 January 2026 / 2026年1月16日: やさしい日本語 writes the date in kanji too, and the
 * citizen app shows it with furigana (年(ねん) 月(がつ) 日(にち)).
 */
export function formatDate(isoDate: string, language: Language): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) {
    return isoDate;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  switch (language) {
    case 'ja':
    case 'easyJa':
      return `${year}年${month}月${day}日`;
    case 'en':
      return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
  }
}

function formatValue(value: unknown, language: Language): string {
  if (typeof value === 'string') {
    return formatDate(value, language);
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return '';
}

function computeDeadline(
  compiled: CompiledProcedureFinderRule,
  scope: ConditionScope,
): string | undefined {
  const { deadline } = compiled.rule;
  if (!deadline) {
    return undefined;
  }
  const from = compiled.read(deadline.from)(scope);
  if (typeof from !== 'string' || !ISO_DATE.test(from)) {
    return undefined;
  }
  const last = addDays(from, deadline.days);
  return deadline.movesToNextOpenDay ? toNextOpenDay(last) : last;
}

function renderReason(
  compiled: CompiledProcedureFinderRule,
  scope: ConditionScope,
  deadline: string | undefined,
): LocalizedText {
  const render = (language: Language): string =>
    renderTemplate(compiled.rule.reason[language], (path) =>
      path === 'deadline'
        ? formatValue(deadline, language)
        : formatValue(compiled.read(path)(scope), language),
    );
  return { ja: render('ja'), en: render('en'), easyJa: render('easyJa') };
}

/** The rule's match for this household, if any: with forEach, the child whose deadline is nearest. */
function evaluateRule(
  compiled: CompiledProcedureFinderRule,
  facts: ProcedureFinderFacts,
): ProcedureFinderMatch | undefined {
  const root = facts as unknown as Record<string, unknown>;
  const scopes: ConditionScope[] =
    compiled.rule.forEach === 'children'
      ? facts.children.map((child, index) => ({
          root,
          item: child,
          index,
        }))
      : [{ root }];
  let best: ProcedureFinderMatch | undefined;
  for (const scope of scopes) {
    if (!isTruthy(compiled.when(scope))) {
      continue;
    }
    const deadline = computeDeadline(compiled, scope);
    if (compiled.rule.onlyWhileDeadlineOpen && (deadline === undefined || deadline < facts.today)) {
      continue;
    }
    if (best && !isEarlier(deadline, best.deadline)) {
      continue;
    }
    best = {
      ruleId: compiled.rule.id,
      procedureId: compiled.rule.procedureId,
      priority: compiled.rule.priority,
      ...(deadline === undefined ? {} : { deadline }),
      reason: renderReason(compiled, scope, deadline),
      position: compiled.position,
    };
  }
  return best;
}

/** An absent deadline sorts after every date. */
function isEarlier(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined) {
    return false;
  }
  return b === undefined || a < b;
}

function compareMatches(a: ProcedureFinderMatch, b: ProcedureFinderMatch): number {
  if (a.priority !== b.priority) {
    return a.priority - b.priority;
  }
  if (a.deadline !== b.deadline) {
    return isEarlier(a.deadline, b.deadline) ? -1 : 1;
  }
  return a.position - b.position;
}

/**
 * Runs every rule against the facts and returns one match per procedure (when several rules
 * point at the same procedure, the most urgent wins: priority, then nearest deadline, then file
 * order), most urgent first.
 */
export function evaluateProcedureFinderRules(
  rules: readonly CompiledProcedureFinderRule[],
  facts: ProcedureFinderFacts,
): ProcedureFinderMatch[] {
  const byProcedure = new Map<string, ProcedureFinderMatch>();
  for (const compiled of rules) {
    const match = evaluateRule(compiled, facts);
    if (!match) {
      continue;
    }
    const current = byProcedure.get(match.procedureId);
    if (!current || compareMatches(match, current) < 0) {
      byProcedure.set(match.procedureId, match);
    }
  }
  return [...byProcedure.values()].sort(compareMatches);
}
