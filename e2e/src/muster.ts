import { createPublicKey, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Role } from '@muster/auth';
import { ServiceName } from '@muster/contracts';
import { REPO_ROOT } from '@muster/infra';
import { privateKeyFromBase64, PublicKeyEntry, publicKeyEntry } from '@muster/log-proofs';
import { ServiceProcess, spawnService, TEST_JWT_SECRET, testBearer } from '@muster/service-testing';
import { createServiceTestDatabase, serviceKafkaEnvironment, TestDatabase } from '@muster/testing';
import { Client } from 'pg';

/** A bearer header for a caller with these roles (and centres, for a commander: each commander their own user). */
export function bearer(roles: readonly Role[], centres: readonly string[] = []): Promise<string> {
  const sub = `${roles.join('-')}${centres.length ? `-${centres.join('-').slice(0, 8)}` : ''}`;
  return testBearer(roles, { centres, sub });
}

export interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown> & { code?: string };
}

/**
 * One of Muster's services as `npm start` runs it — its own process, its own fresh database, the real broker — driven
 * only through its HTTP API. It can be killed at any instant and started again on the same database and consumer group.
 */
export class RunningService {
  private process: ServiceProcess | undefined;

  private constructor(
    readonly name: ServiceName,
    private readonly database: TestDatabase,
    private readonly env: Record<string, string>,
  ) {}

  /**
   * `brokers`: a Kafka cluster of its own instead of the suite's (for a spec that must not disturb the others);
   * `settings`: environment variables over the defaults.
   */
  static async start(
    name: ServiceName,
    brokers?: string,
    settings: Record<string, string> = {},
  ): Promise<RunningService> {
    const database = await createServiceTestDatabase(name, `e2e-${name}`);
    const env = {
      ...database.serviceEnv,
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'silent',
      KAFKA_CONSUMER_GROUP: `muster-${name}-e2e-${randomBytes(4).toString('hex')}`,
      ...serviceKafkaEnvironment(name),
      ...(brokers ? { KAFKA_BROKERS: brokers } : {}),
      ...(name === 'personnel' ? { IDENTITY_KEK: randomBytes(32).toString('base64') } : {}),
      ...settings,
    };
    const service = new RunningService(name, database, env);
    await service.restart();
    return service;
  }

  /** Starts it (again), on the same database and consumer group. */
  async restart(): Promise<void> {
    this.process = await spawnService(join(REPO_ROOT, 'services', this.name, 'src', 'main.ts'), this.env);
  }

  /** SIGKILL: no shutdown hook runs, whatever was in flight is cut off. */
  async crash(): Promise<void> {
    await this.process?.stop('SIGKILL');
    this.process = undefined;
  }

  /** How many events its store holds: to show that something recorded nothing new. */
  async eventCount(): Promise<number> {
    return this.asDatabaseOwner(async (client) =>
      Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM events')).rows[0]?.n ?? 0),
    );
  }

  /** Its database as the server's superuser sees it: what a database administrator (or an intruder) can do. */
  async asDatabaseOwner<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: this.database.url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  /** Its verifiable log's name (each test instance has a log of its own). */
  get logName(): string {
    return this.env['LOG_NAME'] as string;
  }

  /** The public half of the key it signs its log with, as an auditor is given it (not as the service serves it). */
  get logPublicKey(): PublicKeyEntry {
    const key = privateKeyFromBase64(this.env['LOG_SIGNING_KEY'] as string);
    return publicKeyEntry(this.logName, createPublicKey(key));
  }

  /** The consumer group it reads other services' topics in. */
  get consumerGroup(): string {
    return this.env['KAFKA_CONSUMER_GROUP'] as string;
  }

  get baseUrl(): string {
    if (!this.process) throw new Error(`${this.name} is not running`);
    return this.process.url;
  }

  async stop(): Promise<void> {
    await this.process?.stop('SIGTERM');
    this.process = undefined;
    await this.database.drop();
  }

  async call(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    token: string,
    body?: object,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    if (!this.process) throw new Error(`${this.name} is not running`);
    const res = await fetch(`${this.process.url}${path}`, {
      method,
      headers: { Authorization: token, ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Answer['body']) : {} };
  }

  /** The answer's body, or an error naming the call and what the service said. */
  async ok<Body extends object = Answer['body']>(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    token: string,
    body?: object,
    headers: Record<string, string> = {},
  ): Promise<Body> {
    const answer = await this.call(method, path, token, body, headers);
    if (answer.status >= 300) {
      throw new Error(`${this.name} ${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    // The caller names the shape the API documents for this route; the assertions that follow check it.
    return answer.body as Body;
  }
}
