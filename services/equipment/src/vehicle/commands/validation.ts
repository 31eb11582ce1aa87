import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import { IsInt, IsUUID, Max, Min, ValidateBy } from 'class-validator';
import { isIsoDate } from '@muster/event-sourcing';
import { IsDecimal, KnownCentre } from '@muster/platform';

// Field validations the vehicle's use cases share.

const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant with its time zone (`2026-01-15T06:00:00Z`, `…+03:00`): a time without a zone means nothing on a server. */
export function IsInstant(options: ApiPropertyOptions = {}): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: String, format: 'date-time', example: '2026-01-15T06:00:00Z', ...options }),
    ValidateBy({
      name: 'isInstant',
      validator: {
        validate: (value: unknown) => {
          const match = typeof value === 'string' ? INSTANT.exec(value) : null;
          return match !== null && isIsoDate(match[1]) && !Number.isNaN(Date.parse(match[0]));
        },
        defaultMessage: (args) =>
          `${args?.property ?? 'time'} must be a date and time with its zone, e.g. 2026-01-15T06:00:00Z`,
      },
    }),
  );
}

/** An odometer reading: whole kilometres. */
export function OdometerKm(options: ApiPropertyOptions = {}): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: Number, minimum: 0, maximum: 5_000_000, example: 120_050, ...options }),
    IsInt(),
    Min(0),
    Max(5_000_000),
  );
}

/** An hour-meter reading, to a tenth of an hour. */
export function EngineHours(options: ApiPropertyOptions = {}): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: Number, minimum: 0, maximum: 500_000, example: 4_001.5, ...options }),
    IsDecimal(1),
    Min(0),
    Max(500_000),
  );
}

/** An amount of money, to the cent. */
export function Money(options: ApiPropertyOptions = {}): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: Number, minimum: 0, maximum: 10_000_000, example: 250.5, ...options }),
    IsDecimal(2),
    Min(0),
    Max(10_000_000),
  );
}

/** The id of a centre (of the centres service) that equipment knows: an unknown one is refused (UNKNOWN_CENTRE). */
export function CentreId(options: ApiPropertyOptions = {}): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ format: 'uuid', ...options }),
    IsUUID('all', { message: '$property must be a UUID' }),
    KnownCentre(),
  );
}
