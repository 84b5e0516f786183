// The shape every CLI command has. Commands write through `io` so tests capture the output.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../errors.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** true when stdout is a terminal (live progress lines instead of plain ones) */
  isTty: boolean;
  /** everything on standard input until it ends (`berth secrets set` reads the value there) */
  readStdin?: () => Promise<string>;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** returns the process exit code */
  run: (argv: string[], io: CliIo) => Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses flags strictly; an unknown flag is a UserError naming the command's --help. */
export function parseFlags<T extends Options>(command: string, argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UserError(`${detail}; see \`berth ${command} --help\``);
  }
}

/** Reads an enum-valued flag, failing with the allowed values. */
export function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`--${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}
