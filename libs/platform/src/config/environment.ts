import { plainToInstance, Type } from 'class-transformer';
import { productionTokenProblems } from '@muster/auth';
import type { ServiceDefinition } from '../service-definition';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

/** Settings every Muster service reads from its environment. A service extends this class with its own. */
export class ServiceEnvironment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV = 'development';

  @Type(() => Number)
  @IsInt({ message: 'PORT must be a whole number between 1 and 65535' })
  @Min(1, { message: 'PORT must be a whole number between 1 and 65535' })
  @Max(65535, { message: 'PORT must be a whole number between 1 and 65535' })
  PORT!: number;

  @IsString()
  HOST = '127.0.0.1';

  @Matches(/^postgres(ql)?:\/\/\S+\/[a-z_][a-z0-9_]*(\?\S*)?$/, {
    message:
      'DATABASE_URL must be a postgres:// URL naming the service database, e.g. postgres://user@host:5432/muster_personnel',
  })
  DATABASE_URL!: string;

  /**
   * The migrator's URL (owner of the schema), for migrations; DATABASE_URL is then the runtime role, which is granted
   * access after each migration run. Without it, migrations run as DATABASE_URL's role.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+\/[a-z_][a-z0-9_]*(\?\S*)?$/, {
    message: 'DATABASE_MIGRATION_URL must be a postgres:// URL naming the service database, like DATABASE_URL',
  })
  DATABASE_MIGRATION_URL?: string;

  /**
   * An administrator's URL on the same server, given only to a one-shot `migrate` (docker-compose): it first creates
   * the roles of DATABASE_URL and DATABASE_MIGRATION_URL and the database, then migrates. Never given to a service.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_ADMIN_URL must be a postgres:// URL' })
  DATABASE_ADMIN_URL?: string;

  @Matches(/^[^\s,]+:\d+(,[^\s,]+:\d+)*$/, {
    message: 'KAFKA_BROKERS must be host:port[,host:port…], e.g. 127.0.0.1:9092',
  })
  KAFKA_BROKERS!: string;

  /** The service's own SCRAM user on the broker, whose ACLs let it write only its topic and read what it consumes. */
  @IsIn(['scram-sha-512', 'scram-sha-256'])
  KAFKA_SASL_MECHANISM: 'scram-sha-512' | 'scram-sha-256' = 'scram-sha-512';

  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,100}$/, { message: 'KAFKA_USERNAME must be 1–100 letters, digits or . _ -' })
  KAFKA_USERNAME?: string;

  @ValidateIf((env: ServiceEnvironment) => env.KAFKA_USERNAME !== undefined)
  @IsString({ message: 'KAFKA_PASSWORD is required with KAFKA_USERNAME' })
  @MinLength(1, { message: 'KAFKA_PASSWORD is required with KAFKA_USERNAME' })
  KAFKA_PASSWORD?: string;

  @ValidateIf((env: ServiceEnvironment) => !env.JWT_JWKS_URL)
  @IsString({ message: 'JWT_SECRET is required (at least 32 characters) unless JWT_JWKS_URL is set' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['https', 'http'] }, { message: 'JWT_JWKS_URL must be an http(s) URL' })
  JWT_JWKS_URL?: string;

  @IsOptional()
  @IsString()
  JWT_ISSUER?: string;

  @IsOptional()
  @IsString()
  JWT_AUDIENCE?: string;

  /** Tokens issued longer ago than this are refused, whatever their `exp` says. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  JWT_MAX_AGE_MINUTES = 12 * 60;

  /** The consumer group other services' events are read in (default `muster-<service>`): one per deployment. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,100}$/, { message: 'KAFKA_CONSUMER_GROUP must be 1–100 letters, digits or . _ -' })
  KAFKA_CONSUMER_GROUP?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 1200;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10240)
  BODY_LIMIT_KB = 256;

  @Type(() => Number)
  @IsInt()
  @Min(2)
  SNAPSHOT_EVERY = 100;

  /** The Ed25519 key that signs the service's log checkpoints: base64 of its PKCS#8 DER (docs/audit.md). */
  @IsString({
    message: 'LOG_SIGNING_KEY is required: the base64 PKCS#8 Ed25519 key that signs the log (docs/audit.md)',
  })
  LOG_SIGNING_KEY!: string;

  /** The log's name in its entries and checkpoints (default `muster/<service>`): one per deployment. */
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9/._-]{0,99}$/, { message: 'LOG_NAME must be 1–100 lower-case letters, digits or / . _ -' })
  LOG_NAME?: string;

  /**
   * Whether the log's entries are copied to `muster.<service>.log` (the checkpoints always go to their topic): the copy
   * outside the database shows what a tampered event said, at the price of sending every event to Kafka a second time.
   */
  @IsIn(['on', 'off'], { message: 'LOG_ENTRIES_TO_KAFKA must be on or off' })
  LOG_ENTRIES_TO_KAFKA = 'on';

  /** A checkpoint is signed once this many events joined the log since the last one, or after the interval. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOG_CHECKPOINT_EVENTS = 1000;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  LOG_CHECKPOINT_INTERVAL_MS = 10_000;

  /**
   * A session idle inside a transaction longer than this is ended by PostgreSQL: an open transaction holds back
   * publication and catch-up projections of everything committed after it began, so a stuck one must not last.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

  /**
   * Connections the pool keeps open while idle (of its 10); more are opened under load and closed after 10 s idle. A
   * new connection costs PostgreSQL a process and cold caches: with none kept, the first seconds of traffic after a
   * quiet spell were the slowest commands of the HTTP benchmark (docs/benchmarks.md).
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10)
  DATABASE_POOL_MIN = 4;
}

/** Thrown when a setting is missing or malformed: the service stops and names the setting. */
export class ConfigurationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigurationError';
  }
}

/** Production trusts only the organisation's identity provider (see productionTokenProblems), and Kafka as its user. */
function productionProblems(env: ServiceEnvironment): string[] {
  const problems = productionTokenProblems(env);
  if (!env.KAFKA_USERNAME)
    problems.push("KAFKA_USERNAME and KAFKA_PASSWORD (the service's Kafka user) are required in production");
  return problems;
}

function sameDatabase({ DATABASE_URL, DATABASE_MIGRATION_URL = '' }: ServiceEnvironment): boolean {
  const [runtime, migrator] = [new URL(DATABASE_URL), new URL(DATABASE_MIGRATION_URL)];
  return runtime.host === migrator.host && runtime.pathname === migrator.pathname;
}

export function loadEnvironment<E extends ServiceEnvironment>(
  type: new () => E,
  source: NodeJS.ProcessEnv,
  defaults: Record<string, string> = {},
): E {
  const raw = Object.fromEntries(
    Object.entries({ ...defaults, ...source }).filter(([, v]) => v !== undefined && v !== ''),
  );
  const environment = plainToInstance(type, raw, { exposeDefaultValues: true });
  const problems = validateSync(environment, { whitelist: false }).flatMap((e) =>
    Object.values(e.constraints ?? {})
      .slice(0, 1)
      .map((m) => (m.startsWith(e.property) ? m : `${e.property}: ${m}`)),
  );
  if (environment.NODE_ENV === 'production') problems.push(...productionProblems(environment));
  if (problems.length === 0 && environment.DATABASE_MIGRATION_URL && !sameDatabase(environment))
    problems.push('DATABASE_MIGRATION_URL must name the same server and database as DATABASE_URL');
  if (environment.DATABASE_ADMIN_URL && !environment.DATABASE_MIGRATION_URL)
    problems.push('DATABASE_ADMIN_URL needs DATABASE_MIGRATION_URL: it creates the migrator and runtime roles');
  if (problems.length > 0) throw new ConfigurationError(problems);
  return environment;
}

/** This service's environment: process.env over the service's defaults, validated. */
export function environmentOf<E extends ServiceEnvironment>(definition: ServiceDefinition<E>): E {
  return loadEnvironment(definition.environment, process.env, { PORT: String(definition.defaultPort) });
}
