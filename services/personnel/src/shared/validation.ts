import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsString,
  Matches,
  MaxLength,
  registerDecorator,
  ValidationOptions,
} from 'class-validator';
import { MEMBER_ROLES } from '../member/domain/member.events';
import { hasArabicLetters } from '@muster/names';

const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;

export function isMixedScript(value: string): boolean {
  return hasArabicLetters(value) && LATIN_LETTER.test(value);
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
