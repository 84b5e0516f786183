// The one root logger. Components take a child: `logger.child({ component: 'reconcile' })`.
import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

/** Paths pino blanks in every line: tokens, secrets and authorization headers. */
export const redactPaths = [
  'token',
  'secret',
  'password',
  '*.token',
  '*.secret',
  '*.password',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers["x-hub-signature-256"]',
  'env',
  '*.env',
];

export interface LoggerOptions {
  level?: string;
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const config = {
    level: options.level ?? 'info',
    redact: { paths: redactPaths, censor: '[redacted]' },
    base: { app: 'berth' },
  };
  return options.destination
    ? pino(config, options.destination)
    : pino(config, pino.destination(2));
}

/** A logger that drops everything (CLI commands that print for humans, unit tests). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
