// A dockerode client that notes the moment (performance.now()) of every engine call berth makes
// through it, for benchmarks that time how long berth takes to reach the engine. A call is noted
// when dockerode dials it, which is synchronous with berth asking for it.
import { performance } from 'node:perf_hooks';
import Docker from 'dockerode';
import { engineSocket } from './engine.js';

export interface TimedCall {
  /** performance.now() when the call was dialled */
  at: number;
  method: string;
  path: string;
}

export interface TimedDocker {
  /** connected as berth connects itself: the engine's unix socket, no time limit on calls */
  docker: Docker;
  /** every call so far, in order */
  calls: TimedCall[];
}

export function timedDocker(): TimedDocker {
  const docker = new Docker({ socketPath: engineSocket() });
  const calls: TimedCall[] = [];
  const modem = docker.modem as unknown as {
    dial: (options: { method: string; path: string }, callback: unknown) => unknown;
  };
  const dial = modem.dial.bind(modem);
  modem.dial = (options, callback) => {
    calls.push({ at: performance.now(), method: options.method, path: options.path });
    return dial(options, callback);
  };
  return { docker, calls };
}

/** The first call at or after `from`, if any. */
export function firstCallAfter(calls: readonly TimedCall[], from: number): TimedCall | undefined {
  return calls.find((call) => call.at >= from);
}
