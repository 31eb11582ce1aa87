import { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { KnownCentres } from './known-centres';

const FIELDS = 'muster:known-centre-fields';

/**
 * Marks a field of a command's body or route parameters that names a centre (validate its shape as usual): a
 * request naming a centre this service does not know is refused with 422 `UNKNOWN_CENTRE`, nothing recorded. Only
 * requests are checked — reactions follow the other service's decision, whatever has reached this one yet.
 */
export function KnownCentre(): PropertyDecorator {
  return (target, property) => {
    const fields = (Reflect.getMetadata(FIELDS, target) as readonly string[] | undefined) ?? [];
    Reflect.defineMetadata(FIELDS, [...fields, String(property)], target);
  };
}

/** Runs after validation (a global pipe declared after it): checks the marked fields of the validated object. */
export class KnownCentresPipe implements PipeTransform {
  constructor(private readonly centres: KnownCentres | null) {}

  async transform(value: unknown, { metatype }: ArgumentMetadata): Promise<unknown> {
    const fields = (metatype && (Reflect.getMetadata(FIELDS, metatype.prototype as object) as string[])) || [];
    if (fields.length === 0 || typeof value !== 'object' || value === null) return value;
    if (!this.centres) {
      throw new Error(`${metatype?.name} names a known centre, but the service does not declare knowsCentres`);
    }
    for (const field of fields) {
      const centreId = (value as Record<string, unknown>)[field];
      if (typeof centreId === 'string') await this.centres.require(centreId);
    }
    return value;
  }
}
