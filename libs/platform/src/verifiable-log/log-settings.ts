import { createPublicKey, KeyObject } from 'node:crypto';
import { logNameOf, ServiceName } from '@muster/contracts';
import { privateKeyFromBase64, publicKeyEntry } from '@muster/log-proofs';
import { ConfigurationError, ServiceEnvironment } from '../config/environment';
import { LogIdentity } from './log-audit.controller';

/** The service's log name and keys, from its environment; a key that does not parse stops start-up (never echoed). */
export function logSettings(
  service: ServiceName,
  env: ServiceEnvironment,
): { readonly identity: LogIdentity; readonly signingKey: KeyObject } {
  let signingKey: KeyObject;
  try {
    signingKey = privateKeyFromBase64(env.LOG_SIGNING_KEY);
  } catch (error) {
    throw new ConfigurationError([`LOG_SIGNING_KEY: ${error instanceof Error ? error.message : 'not a key'}`]);
  }
  const log = env.LOG_NAME ?? logNameOf(service);
  return { identity: new LogIdentity(log, publicKeyEntry(log, createPublicKey(signingKey))), signingKey };
}
