// Whole processes, as a user runs them: timed from spawn to exit with a time limit, or started in
// the background and stopped; and the memory the kernel accounts to a process.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** stopped (SIGTERM, then SIGKILL) after this long */
  timeoutMs: number;
}

export interface Finished {
  code: number | null;
  /** stopped because it ran past the time limit */
  timedOut: boolean;
  ms: number;
  /** the last part of stdout and stderr, for a failure message */
  output: string;
}

const keptOutput = 16 * 1024;

/** Keeps the last few KiB a child printed on stdout and stderr. */
function captureOutput(child: ChildProcess): () => string {
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-keptOutput);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => output;
}

/** Signals the child's whole process group (it was started detached, as its group's leader). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

export function runTimed(command: string, args: string[], options: RunOptions): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const output = captureOutput(child);
    let timedOut = false;
    let kill: NodeJS.Timeout | undefined;
    const limit = setTimeout(() => {
      timedOut = true;
      signalGroup(child, 'SIGTERM');
      kill = setTimeout(() => {
        signalGroup(child, 'SIGKILL');
      }, 5000);
    }, options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(limit);
      reject(error);
    });
    child.once('exit', (code) => {
      const ms = performance.now() - start;
      clearTimeout(limit);
      clearTimeout(kill);
      // 'close' comes once the pipes are drained: the output is complete then.
      child.once('close', () => {
        resolve({ code, timedOut, ms, output: output() });
      });
    });
  });
}

export interface Background {
  pid: number;
  output(): string;
  /** undefined while it runs; its exit code (null after a signal) once it has exited */
  exitCode(): number | null | undefined;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs` */
  stop(graceMs?: number): Promise<void>;
}

export function startBackground(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Background {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const { pid } = child;
  if (pid === undefined) throw new Error(`${command} did not start`);
  const output = captureOutput(child);
  let code: number | null | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (exitCode) => {
      code = exitCode;
      resolve();
    });
  });
  return {
    pid,
    output,
    exitCode: () => code,
    async stop(graceMs = 10_000) {
      signalGroup(child, 'SIGTERM');
      const timer = setTimeout(() => {
        signalGroup(child, 'SIGKILL');
      }, graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface ProcessMemory {
  /** peak resident set size (VmHWM), bytes */
  peakBytes: number;
  /** current resident set size (VmRSS), bytes */
  rssBytes: number;
}

export async function memoryOf(pid: number): Promise<ProcessMemory> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
    if (!match?.[1]) throw new Error(`no ${field} in /proc/${pid}/status`);
    return Number(match[1]) * 1024;
  };
  return { peakBytes: kib('VmHWM'), rssBytes: kib('VmRSS') };
}

export function mib(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}
