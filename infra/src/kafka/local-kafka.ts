import { ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { KAFKA_ADMIN, KAFKA_USERS, KafkaPasswords, saslOf } from './users';

const KAFKA_VERSION = '3.9.1';
const INFRA_DIR = resolve(__dirname, '..', '..');
const POM = join(INFRA_DIR, 'kafka', 'pom.xml');
const LOG4J = join(INFRA_DIR, 'kafka', 'log4j.properties');
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies';
const run = promisify(execFile);

export interface LocalKafkaOptions {
  /** Folder for the broker's logs, config and pid file. Kept across restarts when given; a temporary one otherwise. */
  dataDir: string;
  /** Client port; 0 picks a free one. The controller takes another free port. */
  port?: number;
  /** The SCRAM users the broker knows (admin is its super user); nobody else gets in. */
  passwords: KafkaPasswords;
  /** Remove dataDir on stop (temporary brokers for tests). */
  ephemeral?: boolean;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface LocalKafka {
  readonly brokers: string;
  stop(): Promise<void>;
}

/** The cached broker jars: fetched from Maven Central once, reused by every clone on this machine. */
export async function ensureKafkaJars(log: (line: string) => void = () => undefined): Promise<string> {
  const cache = process.env['MUSTER_CACHE_DIR'] ?? join(homedir(), '.cache', 'muster');
  const libs = join(cache, `kafka-${KAFKA_VERSION}`, 'libs');
  const marker = join(libs, '.complete');
  if (existsSync(marker)) return libs;
  log(`fetching Apache Kafka ${KAFKA_VERSION} from Maven Central into ${libs} (once)`);
  rmSync(libs, { recursive: true, force: true });
  mkdirSync(libs, { recursive: true });
  try {
    await run(
      'mvn',
      ['-q', '-B', '-f', POM, DEPENDENCY_PLUGIN, '-DincludeScope=runtime', `-DoutputDirectory=${libs}`],
      { maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not fetch the Kafka broker with Maven (is Java 17 and Maven installed?): ${detail}`);
  }
  if (!readdirSync(libs).some((f) => f.startsWith(`kafka_2.13-${KAFKA_VERSION}`))) {
    throw new Error(`Maven finished but ${libs} holds no kafka_2.13-${KAFKA_VERSION} jar`);
  }
  writeFileSync(marker, new Date().toISOString());
  return libs;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** A KRaft cluster id (16 random bytes, base64url). Like Kafka's own, never starting with '-', which its CLI reads as an option. */
export function newClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (/^[A-Za-z0-9]/.test(id)) return id;
  }
}

/**
 * Clients authenticate with SCRAM-SHA-512 and are authorised by ACLs alone (no ACL, no access); admin is the only
 * super user. The controller listener takes PLAIN from admin only: KRaft controllers cannot check SCRAM (they hold
 * the credentials the check needs), and an unauthenticated controller listener would make ANONYMOUS a super user.
 */
function serverProperties(dataDir: string, port: number, controllerPort: number, adminPassword: string): string {
  const admin = `username="${KAFKA_ADMIN}" password="${adminPassword}"`;
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
    `listeners=BROKER://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=BROKER://127.0.0.1:${port}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=BROKER',
    'listener.security.protocol.map=BROKER:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT',
    'sasl.enabled.mechanisms=SCRAM-SHA-512',
    'sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512',
    `listener.name.broker.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required ${admin};`,
    'sasl.mechanism.controller.protocol=PLAIN',
    'listener.name.controller.sasl.enabled.mechanisms=PLAIN',
    `listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required ${admin} user_${KAFKA_ADMIN}="${adminPassword}";`,
    'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    `super.users=User:${KAFKA_ADMIN}`,
    'allow.everyone.if.no.acl.found=false',
    `log.dirs=${join(dataDir, 'logs')}`,
    'num.partitions=3',
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=10',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    // The default dedupe buffer takes 128 MB of a small heap.
    'log.cleaner.dedupe.buffer.size=8388608',
    // Topics are made by provisioning (infra/src/kafka/provision.ts), with their partitions and replication.
    'auto.create.topics.enable=false',
    'delete.topic.enable=true',
  ].join('\n');
}

/** Which users (and passwords) a data dir was formatted with, without keeping the passwords themselves. */
function usersDigest(passwords: KafkaPasswords): string {
  return createHash('sha256')
    .update(JSON.stringify(KAFKA_USERS.map((user) => [user, passwords[user]])))
    .digest('hex');
}

function killStale(pidFile: string): void {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  if (Number.isInteger(pid) && pid > 0) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(pidFile, { force: true });
}

async function adminAnswers(brokers: string, passwords: KafkaPasswords, checkGroups = false): Promise<boolean> {
  const admin = new Kafka({
    clientId: 'muster-infra',
    brokers: [brokers],
    sasl: saslOf(passwords, KAFKA_ADMIN),
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
  }).admin();
  try {
    await admin.connect();
    await admin.listTopics();
    // Looking up a group coordinator creates and loads __consumer_offsets: "ready" then means consumer groups can
    // join, not just that the port is open (a first join on a fresh broker otherwise meets a loading coordinator).
    if (checkGroups) await admin.describeGroups(['muster-readiness']);
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** Starts the real Apache Kafka broker (KRaft, single combined node) from its Maven Central jars. */
export async function startLocalKafka(options: LocalKafkaOptions): Promise<LocalKafka> {
  const log = options.log ?? (() => undefined);
  const libs = await ensureKafkaJars(log);
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const pidFile = join(dataDir, 'kafka.pid');
  killStale(pidFile);

  const port = options.port === undefined || options.port === 0 ? await freePort() : options.port;
  const brokers = `127.0.0.1:${port}`;
  if (await adminAnswers(brokers, options.passwords)) {
    throw new Error(
      `Something already answers as Kafka on ${brokers}; stop it or set KAFKA_BROKERS=${brokers} to use it`,
    );
  }
  const controllerPort = await freePort();
  const config = join(dataDir, 'server.properties');
  // It holds admin's password: readable by its owner only.
  writeFileSync(config, serverProperties(dataDir, port, controllerPort, options.passwords[KAFKA_ADMIN]), {
    mode: 0o600,
  });
  const clusterIdFile = join(dataDir, 'cluster.id');
  const usersFile = join(dataDir, 'users.sha256');
  const users = usersDigest(options.passwords);
  if (existsSync(clusterIdFile) && (!existsSync(usersFile) || readFileSync(usersFile, 'utf8') !== users)) {
    // SCRAM users are written into the metadata log when it is formatted: other users (or a broker from before
    // SASL) mean starting again from an empty log. Only the development broker keeps its data across runs.
    log(`the broker in ${dataDir} was made for other Kafka users: starting it afresh (its topics are emptied)`);
    rmSync(join(dataDir, 'logs'), { recursive: true, force: true });
    rmSync(clusterIdFile, { force: true });
  }
  if (!existsSync(clusterIdFile)) writeFileSync(clusterIdFile, newClusterId());
  const clusterId = readFileSync(clusterIdFile, 'utf8').trim();

  const classpath = join(libs, '*');
  const jvm = [
    '-Xms256m',
    '-Xmx512m',
    '-XX:+UseSerialGC',
    '-Djava.awt.headless=true',
    `-Dlog4j.configuration=file:${LOG4J}`,
  ];
  jvm.push(`-Dkafka.logs.dir=${join(dataDir, 'logs')}`);
  await run('java', [
    ...jvm,
    '-cp',
    classpath,
    'kafka.tools.StorageTool',
    'format',
    '-t',
    clusterId,
    '-c',
    config,
    '-g',
    ...KAFKA_USERS.flatMap((user) => [
      '--add-scram',
      `SCRAM-SHA-512=[name=${user},password=${options.passwords[user]}]`,
    ]),
  ]).catch((error: unknown) => {
    // The command line holds the passwords: report only what the tool said.
    const said = (error as { stderr?: string; stdout?: string }).stderr || (error as { stdout?: string }).stdout;
    throw new Error(`Could not format the broker's storage: ${said?.trim() || 'no output'}`);
  });
  writeFileSync(usersFile, users, { mode: 0o600 });

  const timeoutMs = options.startTimeoutMs ?? 90_000;
  let lastError: Error | undefined;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const child = spawn('java', [...jvm, '-cp', classpath, 'kafka.Kafka', config], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: a terminal's Ctrl-C reaches the services first, and whoever started the broker stops
      // it after they have closed (they leave their consumer groups through it).
      detached: true,
    });
    writeFileSync(pidFile, String(child.pid));
    const broker = makeHandle(child, brokers, dataDir, pidFile, options.ephemeral === true);
    try {
      await waitUntilReady(child, brokers, options.passwords, join(dataDir, 'broker.log'), timeoutMs);
      log(`Kafka ${KAFKA_VERSION} ready on ${brokers} (pid ${child.pid}, data ${dataDir})`);
      return broker;
    } catch (error) {
      lastError = error instanceof Error ? error : new Error(String(error));
      log(`Kafka start attempt ${attempt} failed: ${lastError.message}`);
      await terminate(child);
    }
  }
  throw new Error(
    `Kafka did not start on ${brokers}: ${lastError?.message ?? 'unknown'} (see ${join(dataDir, 'broker.log')})`,
  );
}

function waitUntilReady(
  child: ChildProcess,
  brokers: string,
  passwords: KafkaPasswords,
  logFile: string,
  timeoutMs: number,
): Promise<void> {
  const out = createWriteStream(logFile, { flags: 'a' });
  return new Promise((resolveReady, reject) => {
    let settled = false;
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolveReady();
    };
    const timer = setTimeout(() => finish(new Error(`not ready after ${timeoutMs} ms`)), timeoutMs);
    const onData = (chunk: Buffer): void => {
      out.write(chunk);
      if (!settled && chunk.toString().includes('Kafka Server started')) {
        // The log line comes as the listeners open; confirm with a real client before declaring ready.
        void (async () => {
          for (let i = 0; i < 150 && !settled; i++) {
            if (await adminAnswers(brokers, passwords, true)) return finish();
            await new Promise((r) => setTimeout(r, 200));
          }
          finish(new Error('logged "started" but no admin client answered'));
        })();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => out.write(chunk));
    child.once('exit', (code, signal) => {
      out.end();
      finish(new Error(`broker exited early (code ${code}, signal ${signal})`));
    });
  });
}

const running = (child: ChildProcess): boolean => child.exitCode === null && child.signalCode === null;

/** SIGTERM lets the broker flush and close its logs; SIGKILL after 15 s so a stuck JVM never outlives us. */
async function terminate(child: ChildProcess): Promise<void> {
  if (!running(child)) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(forced);
}

function makeHandle(
  child: ChildProcess,
  brokers: string,
  dataDir: string,
  pidFile: string,
  ephemeral: boolean,
): LocalKafka {
  // Never leave a JVM behind if the process that started it goes away.
  const killNow = (): void => {
    if (running(child)) child.kill('SIGKILL');
  };
  process.once('exit', killNow);
  return {
    brokers,
    async stop() {
      process.removeListener('exit', killNow);
      await terminate(child);
      rmSync(pidFile, { force: true });
      if (ephemeral) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
