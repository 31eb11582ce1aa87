import { FormatRegistry, StringOptions, TString, TLiteral, TUnion, Type } from '@sinclair/typebox';

/**
 * Building blocks for contract schemas. TypeBox refuses any string with a `format` it has no check for, so the
 * formats the contracts use are registered here, once, as pure functions; every module that declares a schema
 * imports this one.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

/** A real day of the Gregorian calendar written YYYY-MM-DD (so `2025-02-30` is refused, not just `2025-1-1`). */
function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** RFC 3339 date-time, as JavaScript's `toISOString()` writes it (and any offset). */
function isDateTime(value: string): boolean {
  const [date, time, ...rest] = value.split(/[Tt ]/);
  return rest.length === 0 && date !== undefined && time !== undefined && isCalendarDate(date) && TIME.test(time);
}

// Set unconditionally: what a contract's `format` means is Muster's definition, whoever imported TypeBox first.
FormatRegistry.Set('uuid', (value) => UUID.test(value));
FormatRegistry.Set('date', isCalendarDate);
FormatRegistry.Set('date-time', isDateTime);

/** A UUID (any version, either case): the ids of Muster's members, centres and processes. */
export const Uuid = (options: StringOptions = {}): TString => Type.String({ ...options, format: 'uuid' });

/** A day, YYYY-MM-DD. */
export const CalendarDate = (options: StringOptions = {}): TString => Type.String({ ...options, format: 'date' });

/** An instant, ISO 8601 / RFC 3339 (`2025-06-01T08:30:00.000Z`). */
export const Timestamp = (options: StringOptions = {}): TString => Type.String({ ...options, format: 'date-time' });

/** One of a fixed list of strings (the docs generator shows it as an `enum`). */
export function OneOf<const Values extends readonly string[]>(
  values: Values,
  options: { description?: string } = {},
): TUnion<TLiteral<Values[number]>[]> {
  return Type.Union(
    values.map((value) => Type.Literal(value)),
    options,
  );
}
