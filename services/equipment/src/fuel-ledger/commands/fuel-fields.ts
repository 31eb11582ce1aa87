import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import { IsUUID, Max, Min } from 'class-validator';
import { IsDecimal } from '@muster/platform';

// Field validations the fuel ledger's use cases share.

/** Litres, to a tenth, from `minimum` (a delivery or an issue moves at least a tenth; a count may find none). */
export function Litres(minimum: 0 | 0.1, options: ApiPropertyOptions = {}): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: Number, minimum, maximum: 1_000_000, example: 80.5, ...options }),
    IsDecimal(1),
    Min(minimum),
    Max(1_000_000),
  );
}

/** A member (of personnel), by id only: names never travel here. */
export function MemberId(options: ApiPropertyOptions = {}): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ format: 'uuid', ...options }),
    IsUUID('all', { message: '$property must be a member id (a UUID)' }),
  );
}
