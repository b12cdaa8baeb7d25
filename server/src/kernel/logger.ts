import { pino, type Logger } from 'pino';

export type { Logger };

/** One structured logger per process; CLIs and the server share its format. */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime });
}
