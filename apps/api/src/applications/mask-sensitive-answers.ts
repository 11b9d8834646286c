/** Shows only the last four characters: `********1234`, as municipal systems print a 個人番号. */
export function maskValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `${'*'.repeat(Math.max(text.length - 4, 4))}${text.slice(-4)}`;
}

/** Returns a copy of the answers with the values at the given dot paths masked. */
export function maskSensitiveAnswers(answers: Record<string, unknown>, paths: readonly string[]): Record<string, unknown> {
  const copy = structuredClone(answers);
  for (const path of paths) {
    const segments = path.split('.');
    const last = segments.pop();
    let container: unknown = copy;
    for (const segment of segments) {
      container = container !== null && typeof container === 'object' ? (container as Record<string, unknown>)[segment] : undefined;
    }
    if (last !== undefined && container !== null && typeof container === 'object' && last in container) {
      const record = container as Record<string, unknown>;
      record[last] = maskValue(record[last]);
    }
  }
  return copy;
}
