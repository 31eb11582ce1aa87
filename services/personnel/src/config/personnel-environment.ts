import { ServiceEnvironment } from '@muster/platform';
import { ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface, Validate } from 'class-validator';

@ValidatorConstraint({ name: 'isKeyEncryptionKey' })
class IsKeyEncryptionKey implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return (
      typeof value === 'string' && /^[A-Za-z0-9+/]+={0,2}$/.test(value) && Buffer.from(value, 'base64').length === 32
    );
  }
  defaultMessage(_args: ValidationArguments): string {
    return 'IDENTITY_KEK must be 32 random bytes written as base64 (e.g. `openssl rand -base64 32`)';
  }
}

/** The personnel service's settings: the platform's, plus the key-encryption key that protects identities. */
export class PersonnelEnvironment extends ServiceEnvironment {
  /** Wraps every member's data key. Never logged; rotating it means re-wrapping the identity_keys rows. */
  @Validate(IsKeyEncryptionKey)
  IDENTITY_KEK!: string;
}
