import { ServiceEnvironment } from '@muster/platform';
import { parseKeyEncryptionKey } from '../identity';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsOptional,
  Max,
  Min,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
  Validate,
} from 'class-validator';

@ValidatorConstraint({ name: 'isKeyEncryptionKey' })
class IsKeyEncryptionKey implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    try {
      parseKeyEncryptionKey(value); // the same check the keyring makes when it uses the key
      return true;
    } catch {
      return false;
    }
  }
  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be 32 random bytes written as base64 (e.g. \`openssl rand -base64 32\`)`;
  }
}

/** The personnel service's settings: the platform's, plus the key-encryption key that protects identities. */
export class PersonnelEnvironment extends ServiceEnvironment {
  /** Wraps every member's data key. Never logged; rotated with `npm run rotate-kek` (docs/security.md). */
  @Validate(IsKeyEncryptionKey)
  IDENTITY_KEK!: string;

  /** During a KEK rotation only: the KEK being replaced, which still opens the keys not yet rewrapped. */
  @IsOptional()
  @Validate(IsKeyEncryptionKey)
  IDENTITY_KEK_PREVIOUS?: string;

  /** An identity export of more people than this needs a second person's approval (POST /identity-exports). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10_000)
  IDENTITY_EXPORT_APPROVAL_ABOVE = 20;

  /** How many identity exports one person may ask for in 24 hours. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  IDENTITY_EXPORTS_PER_DAY = 5;
}
