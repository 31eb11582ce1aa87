import { createPublicKey } from 'node:crypto';
import { join } from 'node:path';
import { ServiceName, WITNESS_NAME } from '@muster/contracts';
import { REPO_ROOT } from '@muster/infra';
import { Cosignature, PublicKeyEntry, publicKeyEntry, newSigningKey } from '@muster/log-proofs';
import { ServiceProcess, TEST_JWT_SECRET, spawnService } from '@muster/service-testing';
import {
  ServiceTestDatabase,
  createServiceTestDatabase,
  uniqueName,
  waitFor,
  witnessKafkaEnvironment,
} from '@muster/testing';
import { bearer } from './muster';

/** One alert as `GET /alerts` answers it. */
export interface WitnessAlert {
  readonly id: string;
  readonly kind: 'forged-checkpoint' | 'rollback' | 'fork' | 'unverifiable' | 'tampered-log';
  readonly log: string;
  readonly message: string;
  readonly evidence: Record<string, unknown>;
  readonly raisedAt: string;
}

/** `POST /audits`'s answer. */
export interface WitnessAudit {
  readonly findings: Array<{ service: ServiceName; log: string; code: string; message: string }>;
  readonly alerts: WitnessAlert[];
  readonly unreachable: ServiceName[];
}

export interface WitnessOptions {
  /** Whose logs it audits: a service's base URL (a RunningService's `baseUrl`). */
  readonly services?: Partial<Record<ServiceName, string>>;
  /** The public keys it trusts on checkpoints. */
  readonly trustedKeys: readonly PublicKeyEntry[];
  /** Every this many ms it audits on its own; by default only when asked (`audit()`). */
  readonly auditIntervalMs?: number;
}

/**
 * The witness as `npm start` runs it: its own process, its own fresh database, the real broker as its own Kafka user,
 * its own consumer group (so it reads every checkpoint topic from the beginning), a fresh signing key. It can be
 * crashed and started again on the same database and group.
 */
export class RunningWitness {
  private process: ServiceProcess | undefined;

  private constructor(
    private readonly database: ServiceTestDatabase,
    private readonly env: Record<string, string>,
    /** Its public key, to check its countersignatures with. */
    readonly publicKey: PublicKeyEntry,
  ) {}

  static async start(options: WitnessOptions): Promise<RunningWitness> {
    const database = await createServiceTestDatabase('witness', 'e2e-witness');
    const key = newSigningKey();
    const env = {
      ...database.serviceEnv,
      ...witnessKafkaEnvironment(),
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'silent',
      KAFKA_CONSUMER_GROUP: uniqueName('muster-witness-e2e'),
      WITNESS_SIGNING_KEY: key.pkcs8Base64,
      WITNESS_TRUSTED_KEYS: JSON.stringify({ keys: options.trustedKeys }),
      WITNESS_SERVICES: JSON.stringify(options.services ?? {}),
      // Never on its own unless asked: a spec's audit then happens when it says.
      WITNESS_AUDIT_INTERVAL_MS: String(options.auditIntervalMs ?? 24 * 3600 * 1000),
    };
    const publicKey = publicKeyEntry(WITNESS_NAME, createPublicKey(key.privateKey));
    const witness = new RunningWitness(database, env, publicKey);
    await witness.restart();
    return witness;
  }

  /** Starts it (again), on the same database, key and consumer group; `services`: whom it audits from now on. */
  async restart(services?: WitnessOptions['services']): Promise<void> {
    if (services) {
      await this.process?.stop('SIGTERM');
      this.env['WITNESS_SERVICES'] = JSON.stringify(services);
    }
    this.process = await spawnService(join(REPO_ROOT, 'services', 'witness', 'src', 'main.ts'), this.env);
  }

  /** SIGKILL: whatever was in flight is cut off. */
  async crash(): Promise<void> {
    await this.process?.stop('SIGKILL');
    this.process = undefined;
  }

  async stop(): Promise<void> {
    await this.process?.stop('SIGTERM');
    this.process = undefined;
    await this.database.drop();
  }

  get baseUrl(): string {
    if (!this.process) throw new Error('the witness is not running');
    return this.process.url;
  }

  /** An auditor's call; the answer's status and JSON body. */
  async call(method: 'GET' | 'POST', path: string, authorization?: string): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { Authorization: authorization ?? (await bearer(['auditor'])) },
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }

  async alerts(): Promise<WitnessAlert[]> {
    return ((await this.ok('GET', '/alerts')) as { alerts: WitnessAlert[] }).alerts;
  }

  async cosignatures(log: string): Promise<Cosignature[]> {
    return ((await this.ok('GET', `/cosignatures?log=${encodeURIComponent(log)}`)) as { cosignatures: Cosignature[] })
      .cosignatures;
  }

  /** Waits until it has countersigned the log at this size at least (a service checkpoints on its own schedule). */
  async cosigned(log: string, size: number, timeoutMs = 60_000): Promise<Cosignature> {
    let found: Cosignature | undefined;
    await waitFor(
      async () => (found = (await this.cosignatures(log)).find((c) => c.size >= size)) !== undefined,
      timeoutMs,
      `the witness's countersignature of ${log} at size ${size}`,
    );
    return found as Cosignature;
  }

  /** Audits every service now; answers what it found, the alerts that raised anew, and whom it could not read. */
  async audit(): Promise<WitnessAudit> {
    return (await this.ok('POST', '/audits')) as WitnessAudit;
  }

  private async ok(method: 'GET' | 'POST', path: string): Promise<unknown> {
    const answer = await this.call(method, path);
    if (answer.status !== 200)
      throw new Error(`witness ${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }
}
