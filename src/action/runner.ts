// The GitHub Actions runner's contract, as a JavaScript action sees it: inputs arrive as
// `INPUT_<NAME>` variables (upper-cased, spaces as `_`, `-` kept), outputs are appended to the
// file named by `GITHUB_OUTPUT` (`name<<DELIMITER` blocks), the job summary to the file named by
// `GITHUB_STEP_SUMMARY`, and workflow commands (`::error ...::`) go to standard output.
import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { escapeData, escapeProperty } from '../resources/format.js';

export type RunnerEnv = Readonly<Record<string, string | undefined>>;

export interface Runner {
  env: RunnerEnv;
  /** an input's value, trimmed; `fallback` when the runner passed none */
  input(name: string, fallback: string): string;
  setOutput(name: string, value: string): Promise<void>;
  /** appends markdown to the job summary */
  summary(markdown: string): Promise<void>;
  /** a plain line of the step's log */
  log(line: string): void;
  /** an `::error` annotation, on a file's line when given */
  error(message: string, where?: AnnotationPlace): void;
  warning(message: string): void;
}

export interface AnnotationPlace {
  file?: string;
  line?: number;
  col?: number;
  title?: string;
}

export function createRunner(env: RunnerEnv, write: (text: string) => void): Runner {
  const command = (name: string, message: string, where: AnnotationPlace = {}) => {
    const properties = Object.entries(where)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    const head = properties.length > 0 ? `${name} ${properties.join(',')}` : name;
    write(`::${head}::${escapeData(message)}\n`);
  };
  return {
    env,
    input(name, fallback) {
      const value = env[`INPUT_${name.replaceAll(' ', '_').toUpperCase()}`]?.trim();
      return value === undefined || value === '' ? fallback : value;
    },
    async setOutput(name, value) {
      const file = env.GITHUB_OUTPUT;
      if (!file) return;
      const delimiter = `ghadelimiter_${randomUUID()}`;
      await appendFile(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
    },
    async summary(markdown) {
      const file = env.GITHUB_STEP_SUMMARY;
      if (file) await appendFile(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
    },
    log(line) {
      write(`${line}\n`);
    },
    error(message, where) {
      command('error', message, { title: 'berth', ...where });
    },
    warning(message) {
      command('warning', message, { title: 'berth' });
    },
  };
}
