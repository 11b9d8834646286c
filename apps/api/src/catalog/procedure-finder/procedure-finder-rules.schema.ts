import { z } from 'zod';

import { CHILD_FACTS, ROOT_FACTS } from './procedure-finder-facts.js';

const localizedTextSchema = z
  .object({ ja: z.string().min(1), en: z.string().min(1), easyJa: z.string().min(1) })
  .strict();

/** A date fact the deadline runs from, e.g. `$item.birthDate` or `movedInOn`. */
const deadlineSchema = z
  .object({
    from: z.string().min(1),
    /** Calendar days after `from` (児童手当: 15, 住所移転後の認定: 14, 更新認定: 0). */
    days: z.number().int().min(0).max(366),
    /**
     * 地方自治法 第4条の2 第4項: a deadline for filing with a municipality that falls on a day its
     * offices are closed moves to the next open day. False where advising the earlier day is safer.
     */
    movesToNextOpenDay: z.boolean().default(true),
  })
  .strict();

export const procedureFinderRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** Why the rule exists: the legal rule or practice behind it. Required: rules are reviewed as data. */
    comment: z.string().min(1),
    procedureId: z.string().min(1),
    /** 1 = do it first (a deadline is running) … 3 = when convenient. */
    priority: z.number().int().min(1).max(3),
    /** Evaluate `when` for each child (`$item.*`, `$index`) instead of once for the household. */
    forEach: z.literal('children').optional(),
    /** JSON Logic over the facts (see `facts` in the rules file). */
    when: z.unknown().refine((value) => value !== undefined, 'a condition is required'),
    deadline: deadlineSchema.optional(),
    /** Drop the match once its deadline has passed (a newborn more than 15 days old, …). */
    onlyWhileDeadlineOpen: z.boolean().default(false),
    /** Templates: `{{deadline}}` and any fact path (`{{$item.birthDate}}`, `{{movedInOn}}`). */
    reason: localizedTextSchema,
  })
  .strict()
  .superRefine((rule, context) => {
    if (rule.onlyWhileDeadlineOpen && !rule.deadline) {
      context.addIssue({
        code: 'custom',
        path: ['onlyWhileDeadlineOpen'],
        message: 'needs a deadline',
      });
    }
    const known = knownPaths(rule.forEach !== undefined);
    for (const path of collectVars(rule.when)) {
      if (!known.has(path)) {
        context.addIssue({ code: 'custom', path: ['when'], message: `unknown fact "${path}"` });
      }
    }
    if (rule.deadline && !known.has(rule.deadline.from)) {
      context.addIssue({
        code: 'custom',
        path: ['deadline', 'from'],
        message: `unknown fact "${rule.deadline.from}"`,
      });
    }
    for (const language of ['ja', 'en', 'easyJa'] as const) {
      for (const path of collectTemplatePaths(rule.reason[language])) {
        if (path !== 'deadline' && !known.has(path)) {
          context.addIssue({
            code: 'custom',
            path: ['reason', language],
            message: `unknown fact "${path}"`,
          });
        }
        if (path === 'deadline' && !rule.deadline) {
          context.addIssue({
            code: 'custom',
            path: ['reason', language],
            message: '{{deadline}} without a deadline',
          });
        }
      }
    }
  });
export type ProcedureFinderRule = z.output<typeof procedureFinderRuleSchema>;

/** `seeds/catalog/procedure-finder-rules.json`. */
export const procedureFinderRulesFileSchema = z
  .object({
    $comment: z.string().optional(),
    /** Documentation of every fact a rule can read; checked against the facts the API derives. */
    facts: z.record(z.string(), z.string()),
    rules: z.array(procedureFinderRuleSchema).min(1),
  })
  .strict()
  .superRefine((file, context) => {
    const seen = new Set<string>();
    file.rules.forEach((rule, index) => {
      if (seen.has(rule.id)) {
        context.addIssue({
          code: 'custom',
          path: ['rules', index, 'id'],
          message: `duplicate rule id "${rule.id}"`,
        });
      }
      seen.add(rule.id);
    });
  });
export type ProcedureFinderRulesFile = z.output<typeof procedureFinderRulesFileSchema>;

/** Paths a condition may read: the household facts, and each child's with `$item.` in a forEach. */
function knownPaths(isPerChild: boolean): Set<string> {
  const paths = new Set<string>(ROOT_FACTS);
  if (isPerChild) {
    for (const fact of CHILD_FACTS) {
      paths.add(`$item.${fact}`);
    }
    paths.add('$index');
  }
  return paths;
}

const TEMPLATE_PLACEHOLDER = /\{\{\s*([$\w.]+)\s*\}\}/g;

/** The paths of `{{…}}` placeholders in a reason template. */
export function collectTemplatePaths(template: string): string[] {
  return [...template.matchAll(TEMPLATE_PLACEHOLDER)].map((match) => match[1] ?? '');
}

export function renderTemplate(template: string, resolve: (path: string) => string): string {
  return template.replace(TEMPLATE_PLACEHOLDER, (_placeholder, path: string) => resolve(path));
}

/**
 * The literal paths a JSON Logic rule reads with `var`. Inside some/all/none/filter/map the
 * inner `var`s read the current element, so only the array argument is collected.
 */
export function collectVars(rule: unknown, into: string[] = []): string[] {
  if (Array.isArray(rule)) {
    for (const item of rule) {
      collectVars(item, into);
    }
    return into;
  }
  if (typeof rule !== 'object' || rule === null) {
    return into;
  }
  const entries = Object.entries(rule);
  if (entries.length !== 1) {
    return into;
  }
  const [operator, args] = entries[0] as [string, unknown];
  if (operator === 'var') {
    const path: unknown = Array.isArray(args) ? (args as unknown[])[0] : args;
    if (typeof path === 'string' && path !== '') {
      into.push(path);
    }
    return into;
  }
  if (['some', 'all', 'none', 'filter', 'map', 'reduce'].includes(operator)) {
    collectVars(Array.isArray(args) ? (args as unknown[])[0] : args, into);
    return into;
  }
  collectVars(args, into);
  return into;
}
