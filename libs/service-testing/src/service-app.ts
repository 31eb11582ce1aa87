import { randomBytes } from 'node:crypto';
import { INestApplication, Type } from '@nestjs/common';
import { Role, signDevelopmentToken } from '@muster/auth';
import { createServiceApp, ServiceDefinition } from '@muster/platform';
import request from 'supertest';
import { createServiceTestDatabase, serviceKafkaEnvironment, ServiceTestDatabase } from '@muster/testing';

export const TEST_JWT_SECRET = 'muster-test-secret-muster-test-secret-0123';

export interface TestService {
  readonly app: INestApplication;
  readonly database: ServiceTestDatabase;
  http(): ReturnType<typeof request>;
  /** A bearer header for a caller with these roles (and centres, for commanders). */
  auth(
    roles: readonly Role[],
    options?: { centres?: string[]; sub?: string; expiresIn?: string | number },
  ): Promise<string>;
  close(): Promise<void>;
}

/** A bearer header signed with the test secret, for a caller with these roles (and centres, for a commander). */
export async function testBearer(
  roles: readonly Role[],
  options: { centres?: readonly string[]; sub?: string; expiresIn?: string | number } = {},
): Promise<string> {
  return `Bearer ${await signDevelopmentToken(TEST_JWT_SECRET, {
    sub: options.sub ?? `test-${roles.join('-')}`,
    name: `Test ${roles.join('/')}`,
    roles,
    centres: options.centres ?? [],
    ...(options.expiresIn !== undefined ? { expiresIn: options.expiresIn } : {}),
  })}`;
}

/**
 * A service as it really runs — its own fresh database on the real PostgreSQL (connected to as its runtime role,
 * migrated as its migrator), the real Kafka, the production bootstrap — minus the listening port (supertest drives
 * the HTTP server in-process).
 */
export async function startTestService(
  appModule: Type<unknown>,
  definition: ServiceDefinition,
  environment: Record<string, string> = {},
): Promise<TestService> {
  const database = await createServiceTestDatabase(definition.name);
  Object.assign(process.env, {
    ...database.serviceEnv,
    JWT_SECRET: TEST_JWT_SECRET,
    IDENTITY_KEK: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'silent',
    // Its own consumer group: every event on the topics reaches this app, not another test file's.
    KAFKA_CONSUMER_GROUP: `muster-${definition.name}-${randomBytes(4).toString('hex')}`,
    ...serviceKafkaEnvironment(definition.name),
    ...environment,
  });
  const app = await createServiceApp(appModule, definition);
  return {
    app,
    database,
    http: () => request(app.getHttpServer()),
    auth: testBearer,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
