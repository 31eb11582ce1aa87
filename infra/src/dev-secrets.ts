import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LOCAL_STATE } from './infrastructure';

export interface DevelopmentSecrets {
  readonly JWT_SECRET: string;
  readonly IDENTITY_KEK: string;
}

const FILE = join(LOCAL_STATE, 'secrets.json');

/**
 * Secrets for a developer's machine: made once, kept out of git (.muster/), readable only by the user. The
 * environment wins, so production and CI pass their own.
 */
export function developmentSecrets(): DevelopmentSecrets {
  if (!existsSync(FILE)) {
    mkdirSync(dirname(FILE), { recursive: true });
    const fresh: DevelopmentSecrets = {
      JWT_SECRET: randomBytes(48).toString('base64url'),
      IDENTITY_KEK: randomBytes(32).toString('base64'),
    };
    writeFileSync(FILE, JSON.stringify(fresh, null, 2), { mode: 0o600 });
  }
  const stored = JSON.parse(readFileSync(FILE, 'utf8')) as DevelopmentSecrets;
  return {
    JWT_SECRET: process.env['JWT_SECRET'] ?? stored.JWT_SECRET,
    IDENTITY_KEK: process.env['IDENTITY_KEK'] ?? stored.IDENTITY_KEK,
  };
}
