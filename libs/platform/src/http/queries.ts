import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';

/** `?asOf=`: a read as the register knew it at a past date (the end of that day, UTC) or instant. */
export class AsOfQuery {
  @ApiPropertyOptional({ description: 'The record as the register knew it at this date (end of day, UTC) or instant' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'asOf must be an ISO date (2025-03-01) or date-time' })
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
