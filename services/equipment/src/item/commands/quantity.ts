import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

/** How many: 1 for a serial-numbered item; a consumable's count. */
export function Quantity(options: ApiPropertyOptions = {}): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: Number, minimum: 1, maximum: 1_000_000, example: 1, ...options }),
    IsInt(),
    Min(1),
    Max(1_000_000),
  );
}
