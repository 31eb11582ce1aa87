import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LOCAL_STATE } from './infrastructure';
import { KafkaPasswords, newKafkaPasswords } from './kafka/users';

export interface DevelopmentSecrets {
  readonly JWT_SECRET: string;
  readonly IDENTITY_KEK: string;
  /** The development database roles' passwords are derived from it (dev-databases.ts). */
  readonly DATABASE_ROLE_SECRET: string;
  /** The development broker's SCRAM users: admin and one per service. */
  readonly KAFKA_PASSWORDS: KafkaPasswords;
}

/**
 * Secrets for a developer's machine: made once, kept out of git (.muster/), readable only by the user. The
 * environment wins, so production and CI pass their own. A secret added since the file was made is added to it.
 */
export function developmentSecrets(): DevelopmentSecrets {
  // Resolved here, not at load: infrastructure.ts imports this module too.
  const file = join(LOCAL_STATE, 'secrets.json');
  const stored: Partial<DevelopmentSecrets> = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<DevelopmentSecrets>)
    : {};
  const secrets: DevelopmentSecrets = {
    JWT_SECRET: stored.JWT_SECRET ?? randomBytes(48).toString('base64url'),
    IDENTITY_KEK: stored.IDENTITY_KEK ?? randomBytes(32).toString('base64'),
    DATABASE_ROLE_SECRET: stored.DATABASE_ROLE_SECRET ?? randomBytes(32).toString('base64url'),
    KAFKA_PASSWORDS: stored.KAFKA_PASSWORDS ?? newKafkaPasswords(),
  };
  if (Object.keys(secrets).some((key) => !(key in stored))) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    chmodSync(file, 0o600); // a file made before the mode was given keeps its own otherwise
  }
  return {
    ...secrets,
    JWT_SECRET: process.env['JWT_SECRET'] ?? secrets.JWT_SECRET,
    IDENTITY_KEK: process.env['IDENTITY_KEK'] ?? secrets.IDENTITY_KEK,
  };
}
