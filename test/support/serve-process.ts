// `berth serve --watch <dir>` as a real process (to be killed, stopped and restarted, or to have
// the engine restarted under it): its address comes from its log; the cleanup kills it when the
// test has not.
import { spawn, type ChildProcess } from 'node:child_process';
import type { ResourceStatus, RevisionStatus } from '../../src/reconcile/status.js';

export function serveProcess(
  dir: string,
  instance: string,
  cleanups: (() => Promise<void>)[],
): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(
    process.execPath,
    ['bin/berth.js', 'serve', '--watch', dir, '--listen', '127.0.0.1:0', '--instance', instance],
    { env: { ...process.env, BERTH_LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  const url = new Promise<string>((resolve) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /status at (http:\/\/[\d.:]+)\//.exec(stderr);
      if (match?.[1]) resolve(match[1]);
    });
  });
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGKILL');
      }),
  );
  return { child, url };
}

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** what it wrote to stderr so far (pino JSON lines at the level asked for) */
  stderr(): string;
  /** SIGTERM, and resolves when it has exited (SIGKILL after `graceMs`) */
  stop(graceMs?: number): Promise<number | null>;
  /** SIGKILL, and resolves when it has exited */
  kill(): Promise<void>;
}

export interface ApiStatus {
  revision: RevisionStatus | undefined;
  resources: ResourceStatus[];
}

export function startServe(
  dir: string,
  instance: string,
  options: { env?: NodeJS.ProcessEnv; args?: string[] } = {},
): Promise<ServeProcess> {
  const child = spawn(
    process.execPath,
    [
      'bin/berth.js',
      'serve',
      '--watch',
      dir,
      '--listen',
      '127.0.0.1:0',
      '--instance',
      instance,
      ...(options.args ?? []),
    ],
    {
      env: { ...process.env, BERTH_LOG_LEVEL: 'warn', ...options.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      resolve(code);
    });
  });
  const stop = async (graceMs = 30_000): Promise<number | null> => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  const kill = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGKILL');
    await exited;
  };
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const url = /status at (http:\/\/[\d.:]+)\//.exec(stderr)?.[1];
      if (url) resolve({ url, child, stderr: () => stderr, stop, kill });
    });
    child.once('exit', (code) => {
      reject(new Error(`berth serve exited with ${String(code)}: ${stderr}`));
    });
  });
}

export async function apiStatus(url: string): Promise<ApiStatus> {
  const res = await fetch(`${url}/api/v1/resources`);
  return (await res.json()) as ApiStatus;
}
