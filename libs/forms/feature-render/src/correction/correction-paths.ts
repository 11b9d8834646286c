import type { FormStep } from '@madoguchi/forms-schema';

const isIndex = (segment: string | undefined): boolean =>
  segment !== undefined && /^\d+$/.test(segment);

/**
 * How far a flagged path reaches into a dot path: the position after its last segment, or -1
 * when it does not cover it. A flagged path may leave out repeat indices (`children.birthDate`
 * flags that field in every child), as the API's correction scope does.
 */
function coveredUpTo(flagged: readonly string[], segments: readonly string[]): number {
  let at = 0;
  for (const part of flagged) {
    while (
      at < segments.length &&
      segments[at] !== part &&
      isIndex(segments[at]) &&
      !isIndex(part)
    ) {
      at += 1;
    }
    if (segments[at] !== part) {
      return -1;
    }
    at += 1;
  }
  return at;
}

/** Whether a dot path is a flagged field, or inside one (a part of a flagged address, a group's field). */
export function isPathOpen(path: string, editablePaths: readonly string[]): boolean {
  const segments = path.split('.');
  return editablePaths.some((flagged) => coveredUpTo(flagged.split('.'), segments) >= 0);
}

/** Whether a flagged field lies inside this (group) path, so the group must be walked. */
export function hasOpenPathBeneath(path: string, editablePaths: readonly string[]): boolean {
  const segments = path.split('.');
  return editablePaths.some((flagged) => {
    const parts = flagged.split('.');
    let at = 0;
    for (const segment of segments) {
      if (parts[at] === segment) {
        at += 1;
      } else if (!(isIndex(segment) && !isIndex(parts[at]))) {
        return false;
      }
    }
    return at < parts.length;
  });
}

/** The office's note for the field at this path: the one given with exactly this field flagged. */
export function noteForPath(
  path: string,
  fieldNotes: Readonly<Record<string, string>>,
): string | undefined {
  const segments = path.split('.');
  const match = Object.entries(fieldNotes).find(
    ([flagged]) => coveredUpTo(flagged.split('.'), segments) === segments.length,
  );
  return match?.[1];
}

/** Whether a step holds something to fix: a flagged field or a group with one inside. */
export function stepHasOpenPath(step: FormStep, editablePaths: readonly string[]): boolean {
  return step.fields.some(
    (field) => isPathOpen(field.id, editablePaths) || hasOpenPathBeneath(field.id, editablePaths),
  );
}
