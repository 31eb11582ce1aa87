/** What messaging needs of a logger; NestJS's `Logger` fits as is. */
export interface MessagingLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  debug?(message: string): void;
}

/** Without a logger, problems still surface on stderr (never the console API); routine lines are dropped. */
export const stderrLogger: MessagingLogger = {
  log: () => undefined,
  warn: (message) => process.stderr.write(`[messaging] WARN ${message}\n`),
  error: (message) => process.stderr.write(`[messaging] ERROR ${message}\n`),
};

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
