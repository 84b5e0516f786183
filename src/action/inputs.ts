// The action's inputs (action.yml), read and checked once: a wrong value fails the step with a
// message naming the input and what it accepts.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { readSizesFile } from '../resources/size-file.js';
import type { SizeTable } from '../resources/spec-checks.js';
import type { Runner } from './runner.js';

export const actionCommands = ['validate', 'plan', 'deploy'] as const;
export type ActionCommand = (typeof actionCommands)[number];

export interface ActionInputs {
  command: ActionCommand;
  /** the resource folder, absolute */
  root: string;
  /** the folder annotations are relative to: the workspace */
  workspace: string;
  /** the berth service, without a trailing slash; absent: no service */
  serverUrl: string | undefined;
  token: string | undefined;
  timeoutMs: number;
  /** the sizes file the service uses, read; absent: the built-in sizes */
  sizes: SizeTable | undefined;
}

export function readInputs(runner: Runner, cwd: string): ActionInputs {
  const command = runner.input('command', 'validate');
  if (!(actionCommands as readonly string[]).includes(command))
    throw new UserError(`input command is "${command}"; use validate, plan or deploy`);
  const workspace = path.resolve(cwd, runner.env.GITHUB_WORKSPACE ?? '.');
  const timeout = runner.input('timeout', '600');
  const seconds = /^\d+(\.\d+)?$/.test(timeout) ? Number(timeout) : NaN;
  if (!(seconds > 0))
    throw new UserError(
      `input timeout is "${timeout}"; give the seconds a deploy may take, e.g. 600`,
    );
  const token = runner.input('token', '');
  return {
    command: command as ActionCommand,
    root: path.resolve(workspace, runner.input('path', 'resources')),
    workspace,
    serverUrl: serverUrl(runner.input('server-url', '')),
    token: token === '' ? undefined : token,
    timeoutMs: seconds * 1000,
    sizes: readSizes(workspace, runner.input('sizes', '')),
  };
}

function readSizes(workspace: string, given: string): SizeTable | undefined {
  if (given === '') return undefined;
  // The file comes from the checkout (a pull request's, maybe): inside the workspace, no link.
  const file = path.resolve(workspace, given);
  let real: string;
  try {
    real = path.relative(realpathSync(workspace), realpathSync(file));
  } catch {
    throw new UserError(`input sizes is "${given}", which does not exist in the workspace`);
  }
  if (real.startsWith('..') || path.isAbsolute(real))
    throw new UserError(`input sizes is "${given}", outside the workspace; give a path in it`);
  return readSizesFile(file, given, true);
}

function serverUrl(given: string): string | undefined {
  if (given === '') return undefined;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new UserError(
      `input server-url is "${given}", not an address; give e.g. https://berth.example.com`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UserError(`input server-url must be an http(s) address, not ${url.protocol}`);
  return url.href.replace(/\/+$/, '');
}
