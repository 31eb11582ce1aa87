import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  registerDecorator,
  ValidateBy,
  ValidationOptions,
} from 'class-validator';

function isControlCharacter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (code < 32 && ch !== '\n' && ch !== '\r' && ch !== '\t') || code === 127;
}
import { isIsoDate, isPartialDate } from './calendar-date';
import { MEMBER_ROLES } from '../member/domain/member.events';
import { hasArabicLetters } from '../names';

const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;

export function isMixedScript(value: string): boolean {
  return hasArabicLetters(value) && LATIN_LETTER.test(value);
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

/** Text in one script: Arabic or Latin letters, never both in one value (a mixed value is almost always a typo). */
export function SingleScript(options: ValidationOptions = {}): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'singleScript',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must be written in one script (Arabic or Latin), not both`,
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value !== 'string' || !isMixedScript(value) },
    });
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

/** A call-sign: 1–40 letters, digits, spaces or hyphens, Arabic or Latin but not mixed. */
export function CallSign(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ example: 'Falcon-7', maxLength: 40 }),
    IsString(),
    MaxLength(40),
    Matches(/^[\p{L}\p{N}][\p{L}\p{N} -]{0,39}$/u, {
      message: 'callSign must be 1–40 letters, digits, spaces or hyphens',
    }),
    SingleScript(),
  );
}

/** A non-empty list of Muster member roles (rescuer, firefighter, …). */
export function MemberRoles(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ enum: MEMBER_ROLES, isArray: true }),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(MEMBER_ROLES.length),
    IsIn(MEMBER_ROLES, { each: true, message: `each role must be one of: ${MEMBER_ROLES.join(', ')}` }),
  );
}
