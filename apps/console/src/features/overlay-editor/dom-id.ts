/** The DOM id of the input of a form path (`fields.0.label.ja` → `overlay-fields-0-label-ja`). */
export function domIdOf(path: string): string {
  return `overlay-${path.replaceAll('.', '-')}`;
}
