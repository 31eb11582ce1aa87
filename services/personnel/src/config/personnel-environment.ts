import { ServiceEnvironment } from '@muster/platform';
import { parseKeyEncryptionKey } from '../identity';
import { ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface, Validate } from 'class-validator';

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
