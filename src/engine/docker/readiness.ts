// Waits for a replica to pass readiness, and when it does not, says precisely why (SPEC §4.3):
// crash loop, nothing listening, listening on 127.0.0.1 only, health path errors, timeout.
import type { Clock } from '../../clock.js';
import type { ReadinessFailure, ReadinessSpec } from '../types.js';
import type { ContainerApi, ContainerDetails } from './container-api.js';
import { probeHttp, probeTcp, type ProbeOutcome } from './probe.js';
import { isLoopback } from './proc-net.js';

export type ReadinessResult =
  { ready: true; address: string } | { ready: false; reason: ReadinessFailure; message: string };

export interface ReadinessOptions {
  containers: ContainerApi;
  clock: Clock;
  /** how often berth has restarted this container after it crashed */
  restartCount: (containerId: string) => number;
  signal?: AbortSignal;
}

const logLines = 5;

/**
 * `listed` is what the engine's listing already says of a running container: one probe at its
 * address answers readiness without asking the engine anything (a restarted berth verifying
 * what runs).
 */
export async function waitReady(
  containerId: string,
  spec: ReadinessSpec,
  options: ReadinessOptions,
  listed?: { status: string; address: string | undefined },
): Promise<ReadinessResult> {
  const { containers, clock, signal } = options;
  if (listed?.status === 'running' && listed.address) {
    const quick = await probe(listed.address, spec);
    if (quick.ok) return { ready: true, address: listed.address };
  }
  if (spec.initialDelayMs > 0) await clock.sleep(spec.initialDelayMs, signal);
  // The budget is failureThreshold periods. Probes start fast (most processes listen within
  // milliseconds) and back off to one per period.
  const deadline = clock.now() + spec.failureThreshold * spec.periodMs;
  let pause = Math.min(50, spec.periodMs);
  let last: ProbeOutcome = { ok: false, failure: 'refused' };
  for (;;) {
    const details = await containers.inspect(containerId);
    if (!details)
      return { ready: false, reason: 'Gone', message: 'the container was removed while starting' };
    if (details.status === 'exited' || details.status === 'dead') {
      return crashLoop(details, options);
    }
    if (details.status === 'paused') {
      return { ready: false, reason: 'Paused', message: 'the container was paused outside berth' };
    }
    if (details.address) {
      last = await probe(details.address, spec);
      if (last.ok) return { ready: true, address: details.address };
    }
    if (clock.now() + pause > deadline || signal?.aborted) break;
    await clock.sleep(pause, signal);
    pause = Math.min(pause * 2, spec.periodMs);
  }
  return diagnose(containerId, spec, last, options);
}

function probe(address: string, spec: ReadinessSpec): Promise<ProbeOutcome> {
  return spec.path === undefined
    ? probeTcp(address, spec.port, spec.timeoutMs)
    : probeHttp(address, spec.port, spec.path, spec.timeoutMs);
}

async function crashLoop(
  details: ContainerDetails,
  options: ReadinessOptions,
): Promise<ReadinessResult> {
  const restarts = options.restartCount(details.id);
  const logs = await options.containers.logs(details.id, logLines).catch(() => '');
  const tail = logs.trim().split('\n').filter(Boolean).slice(-logLines);
  const cause = details.oomKilled
    ? 'was killed for using more memory than its size allows (choose a larger size)'
    : `exited with code ${details.exitCode ?? 'unknown'}`;
  const lines = tail.length > 0 ? `; last log lines: ${tail.join(' | ')}` : '; it printed nothing';
  return {
    ready: false,
    reason: 'CrashLoop',
    message: `crash loop: the container ${cause} (restarts: ${restarts})${lines}`,
  };
}

async function diagnose(
  containerId: string,
  spec: ReadinessSpec,
  last: ProbeOutcome,
  options: ReadinessOptions,
): Promise<ReadinessResult> {
  const waited = Math.round((spec.initialDelayMs + spec.failureThreshold * spec.periodMs) / 1000);
  if (!last.ok && last.failure === 'status' && spec.path !== undefined) {
    return {
      ready: false,
      reason: 'HealthCheckFailed',
      message:
        `health check GET ${spec.path} on port ${spec.port} answered ${last.status} ${last.statusText}`.trimEnd() +
        `; make ${spec.path} answer 2xx once the service is ready, or fix healthCheck.path`,
    };
  }
  if (!last.ok && last.failure === 'unreachable') {
    const what =
      spec.path === undefined
        ? `connecting to port ${spec.port}`
        : `health check GET ${spec.path} on port ${spec.port}`;
    return {
      ready: false,
      reason: spec.path === undefined ? 'Timeout' : 'HealthCheckFailed',
      message: `${what} failed: ${last.detail}; make the process answer plain HTTP/1.1 there`,
    };
  }
  if (!last.ok && last.failure === 'refused') {
    const sockets = await options.containers.listeningSockets(containerId);
    const onPort = (sockets ?? []).filter((s) => s.port === spec.port);
    if (onPort.length > 0 && onPort.every((s) => isLoopback(s.address))) {
      return {
        ready: false,
        reason: 'LoopbackOnly',
        message: `the process listens on ${onPort[0]?.address ?? '127.0.0.1'}:${spec.port} only, which nothing outside the container can reach; bind 0.0.0.0:${spec.port} instead`,
      };
    }
    const others = (sockets ?? [])
      .filter((s) => s.port !== spec.port)
      .map((s) => `${s.address}:${s.port}`);
    const elsewhere = others.length > 0 ? ` (it listens on ${others.join(', ')})` : '';
    return {
      ready: false,
      reason: 'NotListening',
      message: `nothing listens on port ${spec.port} after ${waited} s${elsewhere}; make the process listen on 0.0.0.0:${spec.port}, or set spec.port to the port it uses`,
    };
  }
  return {
    ready: false,
    reason: 'Timeout',
    message: `not ready after ${waited} s: ${
      spec.path === undefined
        ? `port ${spec.port}`
        : `health check GET ${spec.path} on port ${spec.port}`
    } did not answer within ${spec.timeoutMs / 1000} s; check that the process is not stuck, or raise healthCheck.timeoutSeconds`,
  };
}
