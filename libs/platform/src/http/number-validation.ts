import { ValidateBy } from 'class-validator';

/**
 * A finite number with at most `places` decimal places. class-validator's `IsNumber({ maxDecimalPlaces })` throws
 * (a 500) on a number JavaScript writes in exponent form, such as 5e-324; this reads that form too.
 */
export function IsDecimal(places: number): PropertyDecorator {
  return ValidateBy({
    name: 'isDecimal',
    validator: {
      validate: (value: unknown) => typeof value === 'number' && decimalPlaces(value) <= places,
      defaultMessage: (args) => `${args?.property ?? 'number'} must be a number with at most ${places} decimal places`,
    },
  });
}

/** How many decimal places a number has as JavaScript writes it (Infinity for NaN and the infinities). */
export function decimalPlaces(value: number): number {
  if (!Number.isFinite(value)) return Infinity;
  const [digits = '', exponent = '0'] = String(value).split('e');
  const fraction = digits.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}
