import jsonLogic from 'json-logic-js';

/**
 * Where a condition reads from: `{"var": "a.b"}` reads the answers root, `{"var": "$item.x"}` the
 * current item of a repeating group and `{"var": "$index"}` its 0-based index.
 */
export type ConditionScope = {
  root: Record<string, unknown>;
  item?: Record<string, unknown>;
  index?: number;
};

export type CompiledCondition = (scope: ConditionScope) => unknown;

type JsonLogicRule = Parameters<typeof jsonLogic.apply>[0];

/** JSON Logic truthiness: `[]` is false, everything else as in JavaScript. */
export function isTruthy(value: unknown): boolean {
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  return Boolean(value);
}

function isRule(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1
  );
}

function readPath(start: unknown, segments: readonly string[], notFound: unknown): unknown {
  let data: unknown = start;
  for (const segment of segments) {
    if (data === null || data === undefined) {
      return notFound;
    }
    data = (data as Record<string, unknown>)[segment];
    if (data === undefined) {
      return notFound;
    }
  }
  return data;
}

/** The data object JSON Logic sees: the answers, plus `$item` and `$index` inside a repeat. */
function toJsonLogicData(scope: ConditionScope): unknown {
  if (scope.item === undefined && scope.index === undefined) {
    return scope.root;
  }
  // The prototype chain lets json-logic-js read root keys without copying the answers.
  const data = Object.create(scope.root) as Record<string, unknown>;
  data.$item = scope.item ?? {};
  data.$index = scope.index;
  return data;
}

function compileVar(args: unknown): CompiledCondition | undefined {
  const [path, fallback] = Array.isArray(args) ? (args as unknown[]) : [args];
  if (typeof path !== 'string' && typeof path !== 'number') {
    return undefined;
  }
  if (isRule(fallback)) {
    return undefined;
  }
  const notFound = fallback === undefined ? null : fallback;
  const text = String(path);
  if (text === '') {
    return (scope) => scope.root;
  }
  const segments = text.split('.');
  if (segments[0] === '$index') {
    return segments.length === 1 ? (scope) => scope.index ?? notFound : () => notFound;
  }
  if (segments[0] === '$item') {
    const rest = segments.slice(1);
    return (scope) => readPath(scope.item ?? {}, rest, notFound);
  }
  return (scope) => readPath(scope.root, segments, notFound);
}

type Binary = (a: unknown, b: unknown) => unknown;

/* eslint-disable eqeqeq -- JSON Logic defines == and != as JavaScript's loose equality. */
const BINARY: Record<string, Binary> = {
  '==': (a, b) => a == b,
  '!=': (a, b) => a != b,
  '===': (a, b) => a === b,
  '!==': (a, b) => a !== b,
  '>': (a, b) => (a as number) > (b as number),
  '>=': (a, b) => (a as number) >= (b as number),
};
/* eslint-enable eqeqeq */

function compileNode(rule: unknown): CompiledCondition {
  if (Array.isArray(rule)) {
    const items = rule.map((item) => compileNode(item));
    return (scope) => items.map((item) => item(scope));
  }
  if (!isRule(rule)) {
    return () => rule;
  }
  const operator = Object.keys(rule)[0] ?? '';
  const rawArgs = rule[operator];
  const args: unknown[] = Array.isArray(rawArgs) ? rawArgs : [rawArgs];
  const compiled = compileOperator(operator, rawArgs, args);
  if (compiled) {
    return compiled;
  }
  // Anything we do not compile (map/filter/reduce/some/all/none, custom operators…) runs through
  // json-logic-js itself, so the semantics stay exactly those of the library.
  return (scope) => jsonLogic.apply(rule, toJsonLogicData(scope)) as unknown;
}

function compileOperator(
  operator: string,
  rawArgs: unknown,
  args: unknown[],
): CompiledCondition | undefined {
  if (operator === 'var') {
    return compileVar(rawArgs);
  }
  const binary = BINARY[operator];
  if (binary && args.length === 2) {
    const [a, b] = args.map((arg) => compileNode(arg)) as [CompiledCondition, CompiledCondition];
    return (scope) => binary(a(scope), b(scope));
  }
  const parts = args.map((arg) => compileNode(arg));
  switch (operator) {
    case '!':
      return (scope) => !isTruthy(parts[0]?.(scope));
    case '!!':
      return (scope) => isTruthy(parts[0]?.(scope));
    case 'and':
      return (scope) => {
        let value: unknown;
        for (const part of parts) {
          value = part(scope);
          if (!isTruthy(value)) {
            return value;
          }
        }
        return value;
      };
    case 'or':
      return (scope) => {
        let value: unknown;
        for (const part of parts) {
          value = part(scope);
          if (isTruthy(value)) {
            return value;
          }
        }
        return value;
      };
    case 'if':
    case '?:':
      return (scope) => {
        let index = 0;
        for (; index < parts.length - 1; index += 2) {
          if (isTruthy(parts[index]?.(scope))) {
            return parts[index + 1]?.(scope);
          }
        }
        return index === parts.length - 1 ? parts[index]?.(scope) : null;
      };
    case '<':
    case '<=': {
      const isStrict = operator === '<';
      const less = (a: unknown, b: unknown): boolean =>
        isStrict ? (a as number) < (b as number) : (a as number) <= (b as number);
      return (scope) => {
        const values = parts.map((part) => part(scope));
        return values[2] === undefined
          ? less(values[0], values[1])
          : less(values[0], values[1]) && less(values[1], values[2]);
      };
    }
    case '+':
      return (scope) => parts.reduce((sum, part) => sum + parseFloat(part(scope) as string), 0);
    case '*':
      if (parts.length === 0) {
        return undefined;
      }
      // json-logic-js reduces without a seed: a single argument is returned as it is.
      return (scope) =>
        parts
          .slice(1)
          .reduce<unknown>(
            (product, part) => parseFloat(product as string) * parseFloat(part(scope) as string),
            parts[0]?.(scope),
          );
    case '-':
      return (scope) => {
        const a = parts[0]?.(scope) as number;
        const b = parts[1]?.(scope) as number | undefined;
        return b === undefined ? -a : a - b;
      };
    case '/':
      return (scope) => (parts[0]?.(scope) as number) / (parts[1]?.(scope) as number);
    case '%':
      return (scope) => (parts[0]?.(scope) as number) % (parts[1]?.(scope) as number);
    case 'cat':
      return (scope) => parts.map((part) => part(scope)).join('');
    case 'in':
      return (scope) => {
        const needle = parts[0]?.(scope);
        const haystack = parts[1]?.(scope);
        if (!haystack) {
          return false;
        }
        if (typeof haystack === 'string') {
          return haystack.includes(String(needle));
        }
        return Array.isArray(haystack) ? haystack.includes(needle) : false;
      };
    default:
      return undefined;
  }
}

/**
 * Compiles a JSON Logic condition once into a closure. The common operators (var, comparisons,
 * and/or/!/if, in) are compiled natively for speed; any other operator is delegated to
 * json-logic-js with the same data, so results are always those of JSON Logic.
 */
export function compileCondition(rule: unknown): CompiledCondition {
  return compileNode(rule);
}

/** Evaluates a JSON Logic rule with json-logic-js directly (reference semantics, for tests and tools). */
export function applyJsonLogic(rule: unknown, scope: ConditionScope): unknown {
  return jsonLogic.apply(rule as JsonLogicRule, toJsonLogicData(scope)) as unknown;
}

/** The dot paths a condition reads (`var` with a literal path), for reference checks. */
export function collectConditionVars(rule: unknown, into: string[] = []): string[] {
  if (Array.isArray(rule)) {
    for (const item of rule) {
      collectConditionVars(item, into);
    }
    return into;
  }
  if (!isRule(rule)) {
    return into;
  }
  const operator = Object.keys(rule)[0] ?? '';
  const rawArgs = rule[operator];
  if (operator === 'var') {
    const path: unknown = Array.isArray(rawArgs) ? (rawArgs as unknown[])[0] : rawArgs;
    if (typeof path === 'string' && path !== '') {
      into.push(path);
    }
    return into;
  }
  // Inside these operators `var` reads the current element, not the answers: do not collect.
  if (['map', 'filter', 'reduce', 'all', 'none', 'some'].includes(operator)) {
    const args = Array.isArray(rawArgs) ? (rawArgs as unknown[]) : [rawArgs];
    collectConditionVars(args[0], into);
    return into;
  }
  collectConditionVars(rawArgs, into);
  return into;
}
