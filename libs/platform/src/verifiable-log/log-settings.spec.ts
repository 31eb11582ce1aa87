import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { keyIdOf } from '@muster/log-proofs';
import { ConfigurationError, loadEnvironment, ServiceEnvironment } from '../config/environment';
import { logSettings } from './log-settings';

const base = {
  PORT: '3002',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/muster_centres',
  KAFKA_BROKERS: '127.0.0.1:9092',
  JWT_SECRET: 'x'.repeat(32),
};

describe("a service's log settings", () => {
  it('names the log after the service unless told, and serves the public half of its key', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const key = privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
    const env = loadEnvironment(ServiceEnvironment, { ...base, LOG_SIGNING_KEY: key });
    const { identity } = logSettings('centres', env);
    expect(identity.log).toBe('muster/centres');
    expect(identity.publicKey).toMatchObject({ name: 'muster/centres', keyId: keyIdOf(createPublicKey(privateKey)) });
    const named = loadEnvironment(ServiceEnvironment, { ...base, LOG_SIGNING_KEY: key, LOG_NAME: 'muster/centres-2' });
    expect(logSettings('centres', named).identity.log).toBe('muster/centres-2');
  });

  it('stops start-up on a missing or malformed key, naming the setting and never echoing the key', () => {
    expect(() => loadEnvironment(ServiceEnvironment, base)).toThrow(/LOG_SIGNING_KEY is required/);
    const secret = 'bm90LWEta2V5LWJ1dC1hLXNlY3JldA==';
    const env = loadEnvironment(ServiceEnvironment, { ...base, LOG_SIGNING_KEY: secret });
    let thrown: unknown;
    try {
      logSettings('centres', env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigurationError);
    expect(String((thrown as Error).message)).toContain('LOG_SIGNING_KEY');
    expect(String((thrown as Error).message)).not.toContain(secret);
  });
});
