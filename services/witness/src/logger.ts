import { WITNESS_NAME } from '@muster/contracts';
import { MessagingLogger } from '@muster/messaging';
import pino from 'pino';

/** JSON lines on stdout, as the services log; never given a key or a token. */
export type Logger = pino.Logger;

export function createLogger(level = process.env['LOG_LEVEL'] ?? 'info'): Logger {
  return pino({ name: WITNESS_NAME, level });
}

/** kafkajs' lines through the same logger. */
export function messagingLogger(logger: Logger): MessagingLogger {
  return {
    log: (message) => logger.info(message),
    warn: (message) => logger.warn(message),
    error: (message) => logger.error(message),
  };
}

/** What a caught error says, for a log line or an answer. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
