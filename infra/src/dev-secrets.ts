import { createPublicKey, randomBytes } from 'node:crypto';
import { SERVICES, ServiceName, logNameOf } from '@muster/contracts';
import { newSigningKey, privateKeyFromBase64, publicKeyEntry } from '@muster/log-proofs';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LOCAL_STATE } from './infrastructure';
import { KafkaPasswords, newKafkaPasswords } from './kafka/users';

export interface DevelopmentSecrets {
  readonly JWT_SECRET: string;
  readonly IDENTITY_KEK: string;
  /** The development database roles' passwords are derived from it (dev-databases.ts). */
  readonly DATABASE_ROLE_SECRET: string;
  /** The development broker's SCRAM users: admin, one per service, the witness. */
  readonly KAFKA_PASSWORDS: KafkaPasswords;
  /** Each service's Ed25519 key signing its log's checkpoints (base64 PKCS#8 DER), given to it as LOG_SIGNING_KEY. */
  readonly LOG_SIGNING_KEYS: Readonly<Record<ServiceName, string>>;
  /** The witness's Ed25519 key countersigning them. */
  readonly WITNESS_SIGNING_KEY: string;
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
    // A user added since (the witness) gets a password; the others keep theirs.
    KAFKA_PASSWORDS: { ...newKafkaPasswords(), ...stored.KAFKA_PASSWORDS },
    LOG_SIGNING_KEYS: Object.fromEntries(
      SERVICES.map((service) => [service, stored.LOG_SIGNING_KEYS?.[service] ?? newSigningKey().pkcs8Base64]),
    ) as Record<ServiceName, string>,
    WITNESS_SIGNING_KEY: stored.WITNESS_SIGNING_KEY ?? newSigningKey().pkcs8Base64,
  };
  const missingUser = Object.keys(secrets.KAFKA_PASSWORDS).some((user) => !(user in (stored.KAFKA_PASSWORDS ?? {})));
  if (missingUser || Object.keys(secrets).some((key) => !(key in stored))) {
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

/**
 * What the witness trusts on a developer's machine: the public halves of the services' development signing keys, as
 * WITNESS_TRUSTED_KEYS (docs/audit.md's public-keys JSON). A deployment lists its services' real public keys instead.
 */
export function developmentTrustedKeys(): string {
  const { LOG_SIGNING_KEYS } = developmentSecrets();
  return JSON.stringify({
    keys: SERVICES.map((service) =>
      publicKeyEntry(logNameOf(service), createPublicKey(privateKeyFromBase64(LOG_SIGNING_KEYS[service]))),
    ),
  });
}
