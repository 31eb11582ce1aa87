import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LOCAL_STATE } from './infrastructure';

export interface DevelopmentSecrets {
  readonly JWT_SECRET: string;
  readonly IDENTITY_KEK: string;
  /** The development database roles' passwords are derived from it (dev-databases.ts). */
  readonly DATABASE_ROLE_SECRET: string;
}

const FILE = join(LOCAL_STATE, 'secrets.json');

/**
 * Secrets for a developer's machine: made once, kept out of git (.muster/), readable only by the user. The
 * environment wins, so production and CI pass their own.
 */
export function developmentSecrets(): DevelopmentSecrets {
  const found = existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as Partial<DevelopmentSecrets>) : {};
  const stored: DevelopmentSecrets = {
    JWT_SECRET: found.JWT_SECRET ?? randomBytes(48).toString('base64url'),
    IDENTITY_KEK: found.IDENTITY_KEK ?? randomBytes(32).toString('base64'),
    DATABASE_ROLE_SECRET: found.DATABASE_ROLE_SECRET ?? randomBytes(32).toString('base64url'),
  };
  // A file made before a secret existed gets it, once; the others are kept.
  if (Object.keys(stored).some((name) => !(name in found))) {
    mkdirSync(dirname(FILE), { recursive: true });
    writeFileSync(FILE, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return {
    JWT_SECRET: process.env['JWT_SECRET'] ?? stored.JWT_SECRET,
    IDENTITY_KEK: process.env['IDENTITY_KEK'] ?? stored.IDENTITY_KEK,
    DATABASE_ROLE_SECRET: stored.DATABASE_ROLE_SECRET,
  };
}
