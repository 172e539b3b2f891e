/** Writing CSV files that spreadsheets open safely: shared by every export. */

/** Spreadsheets run a cell starting with one of these as a formula ("CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field, ready for a CSV line: a leading = + - @ tab or carriage return gets an apostrophe
 * so a spreadsheet shows it instead of running it (a phone number "+44…" becomes "'+44…"; the
 * apostrophe is the price of safety), then the field is quoted with inner quotes doubled.
 */
export function csvEscape(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export const CSV_BOM = '\uFEFF';

/** The whole file: byte-order mark (so Excel reads UTF-8), header, CRLF line ends. */
export function toCsv<C extends string>(
  columns: readonly C[],
  rows: readonly Record<C, string>[],
): string {
  const lines = [columns, ...rows.map((row) => columns.map((c) => row[c]))].map((fields) =>
    fields.map(csvEscape).join(','),
  );
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
