// Checks and conversions the console's forms share (react-hook-form's `validate` and the bodies they send).

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value.trim());

/** A datetime-local input's value (local wall time, no zone) as the instant the services take (ISO, UTC). */
export function instantOf(local: string): string {
  return new Date(local).toISOString();
}

/** Now, to the minute, as a datetime-local input's value in the reader's time zone (a form's default). */
export function localNow(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** Today in the reader's time zone, as a date input's value (YYYY-MM-DD): just after midnight in Syria (UTC+3),
 * UTC's is still yesterday. */
export const localToday = (now: Date = new Date()): string => localNow(now).slice(0, 10);

/** A whole number within [min, max], from a number input's text (empty or not whole: null). */
export function wholeNumber(text: string, min: number, max = Number.MAX_SAFE_INTEGER): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/** A number of at most `places` decimals within [min, max], from an input's text (empty or otherwise: null). */
export function decimal(text: string, places: number, min: number, max = Number.MAX_SAFE_INTEGER): number | null {
  const pattern = places === 0 ? /^\s*\d+\s*$/ : new RegExp(`^\\s*\\d+(\\.\\d{1,${places}})?\\s*$`);
  if (!pattern.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}
