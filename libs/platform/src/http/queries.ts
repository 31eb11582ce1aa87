import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min, ValidateBy } from 'class-validator';
import { isIsoDate } from '@muster/event-sourcing';

// Only the two forms people write: a calendar date, or a date-time with its zone. Week dates, ordinal dates and
// other ISO 8601 forms would reach the query as an Invalid Date.
const AS_OF = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;

function isRealAsOf(asOf: string): boolean {
  const date = asOf.slice(0, 10);
  return isIsoDate(date) && !Number.isNaN(asOfInstant(asOf).getTime());
}

/** `?asOf=`: a read as the register knew it at a past date (the end of that day, UTC) or instant. */
export class AsOfQuery {
  @ApiPropertyOptional({ description: 'The record as the register knew it at this date (end of day, UTC) or instant' })
  @IsOptional()
  @Matches(AS_OF, { message: 'asOf must be a date (2025-03-01) or a date-time with its zone (2025-03-01T12:00:00Z)' })
  @ValidateBy({
    name: 'isRealAsOf',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isRealAsOf(value),
      defaultMessage: () => 'asOf must be a real date (2025-02-30 is not)',
    },
  })
  asOf?: string;
}

/** `2025-03-01` means the end of that day (UTC); a date-time means that instant. */
export function asOfInstant(asOf: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? new Date(`${asOf}T23:59:59.999Z`) : new Date(asOf);
}

/** `?limit=&offset=` of a list: up to 200 a page, 50 by default. */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;

  @ApiPropertyOptional({ minimum: 0, maximum: 100_000, default: 0 })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000)
  offset = 0;
}
