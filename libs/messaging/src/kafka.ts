import { Kafka, LogEntry, SASLOptions, logLevel } from 'kafkajs';
import { MessagingLogger, errorMessage, stderrLogger } from './logger';

/**
 * A Kafka client for Muster: kafkajs' own logs go to our logger (never the console), and its retries are short
 * enough that our loops, which retry forever with their own backoff, regain control within seconds. With `sasl`,
 * it authenticates as that user (the broker's ACLs then decide what it may do). `retries: 0` for a readiness probe's
 * client (see kafkaReady).
 */
export function createKafka(
  brokers: string[],
  clientId: string,
  logger: MessagingLogger = stderrLogger,
  sasl?: SASLOptions,
  retries = 5,
): Kafka {
  return new Kafka({
    clientId,
    brokers,
    ...(sasl ? { sasl } : {}),
    connectionTimeout: 3000,
    requestTimeout: 30000,
    retry: { initialRetryTime: 300, maxRetryTime: 5000, retries },
    logLevel: logLevel.WARN,
    logCreator: () => (entry: LogEntry) => routeLog(logger, entry),
  });
}

function routeLog(logger: MessagingLogger, { namespace, level, log }: LogEntry): void {
  const { message, ...extra } = log;
  const detail = Object.keys(extra).length > 0 ? ` ${JSON.stringify(extra)}` : '';
  const line = `kafkajs ${namespace}: ${message}${detail}`;
  if (level === logLevel.ERROR) logger.error(line);
  else if (level === logLevel.WARN) logger.warn(line);
  else if (level === logLevel.INFO) logger.log(line);
  else logger.debug?.(line);
}

export interface KafkaReadiness {
  readonly ok: boolean;
  readonly detail: string;
}

/**
 * For readiness probes: can an admin client reach the cluster within the time given? Give it a client made with
 * `retries: 0`: disconnecting does not stop kafkajs retrying a connect, so during an outage a retrying client went on
 * connecting for seconds after every probe had answered.
 */
export async function kafkaReady(kafka: Kafka, timeoutMs: number): Promise<KafkaReadiness> {
  const admin = kafka.admin();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const cluster = await Promise.race([admin.connect().then(() => admin.describeCluster()), timeout]);
    return { ok: true, detail: `${cluster.brokers.length} broker(s), controller ${cluster.controller ?? 'none'}` };
  } catch (error) {
    return { ok: false, detail: errorMessage(error) };
  } finally {
    clearTimeout(timer);
    await admin.disconnect().catch(() => undefined);
  }
}
