/**
 * Cells a spreadsheet would run as a formula (CSV injection, OWASP): a cell starting with `=`,
 * `+`, `-`, `@`, a tab or a carriage return, and with their full-width forms `＝`, `＋`, `－`, `＠`,
 * which Japanese Excel turns into the half-width ones when it reads the cell. OWASP's advice:
 * prefix such a cell with a single quote so Excel shows it as text.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/u;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV cell: formula-safe, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function toCsvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV record with the CRLF line end that Excel and RFC 4180 expect. */
export function toCsvLine(values: readonly string[]): string {
  return `${values.map(toCsvCell).join(',')}\r\n`;
}

/** The UTF-8 byte order mark: without it Excel on Windows reads a UTF-8 CSV as Shift_JIS. */
export const UTF8_BOM = '\uFEFF';
