/**
 * Deep copy of JSON-like data (plain objects, arrays, primitives): form definitions and answers.
 * `structuredClone` is not in the ES library typings this package is built against.
 */
export function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.map((item: unknown) => cloneJson(item)) as T;
  }
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      copy[key] = cloneJson(item);
    }
    return copy as T;
  }
  return value;
}
