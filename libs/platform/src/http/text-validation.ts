import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength, registerDecorator, ValidateBy } from 'class-validator';
import { isIsoDate, isPartialDate } from '@muster/event-sourcing';

function isControlCharacter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (code < 32 && ch !== '\n' && ch !== '\r' && ch !== '\t') || code === 127;
}

/** A real calendar date written YYYY-MM-DD (2025-02-30 is refused). */
export function IsCalendarDate(options: ApiPropertyOptions = {}): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: String, format: 'date', example: '2025-03-01', ...options }),
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'isCalendarDate',
        target: target.constructor,
        propertyName: String(propertyName),
        options: { message: `${String(propertyName)} must be a calendar date written YYYY-MM-DD` },
        validator: { validate: (value: unknown) => isIsoDate(value) },
      }),
  );
}

/** A date known to the year, the month or the day: YYYY, YYYY-MM or a real YYYY-MM-DD (2015-13 is refused). */
export function IsPartialDate(options: ApiPropertyOptions = {}): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: String, example: '2015-03', description: 'YYYY, YYYY-MM or YYYY-MM-DD', ...options }),
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'isPartialDate',
        target: target.constructor,
        propertyName: String(propertyName),
        options: { message: `${String(propertyName)} must be YYYY, YYYY-MM or YYYY-MM-DD` },
        validator: { validate: (value: unknown) => isPartialDate(value) },
      }),
  );
}

/** Free text a person writes (reasons, notes): trimmed length 1..max, no control characters. */
export function Text(max: number, options: ApiPropertyOptions = {}): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: String, maxLength: max, ...options }),
    IsString(),
    MinLength(options.required === false ? 0 : 1),
    MaxLength(max),
    ValidateBy({
      name: 'noControlCharacters',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || ![...value].some(isControlCharacter),
        defaultMessage: (args) => `${args?.property ?? 'text'} must not contain control characters`,
      },
    }),
  );
}
