/**
 * One CSV cell, safe to open in a spreadsheet: quoted, quotes doubled, and a value that a spreadsheet would run as a
 * formula (= + - @, tab, carriage return) prefixed with an apostrophe.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
