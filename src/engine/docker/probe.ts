// One readiness probe from berth to a replica: a TCP connect, or an HTTP GET of the health path.
import http from 'node:http';
import net from 'node:net';

export type ProbeOutcome =
  | { ok: true }
  | { ok: false; failure: 'refused' | 'timeout' }
  | { ok: false; failure: 'unreachable'; detail: string }
  | { ok: false; failure: 'status'; status: number; statusText: string };

export function probeTcp(host: string, port: number, timeoutMs: number): Promise<ProbeOutcome> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const finish = (outcome: ProbeOutcome) => {
      socket.destroy();
      resolve(outcome);
    };
    socket.setTimeout(timeoutMs, () => {
      finish({ ok: false, failure: 'timeout' });
    });
    socket.once('connect', () => {
      finish({ ok: true });
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      finish(failed(error));
    });
  });
}

export function probeHttp(
  host: string,
  port: number,
  path: string,
  timeoutMs: number,
): Promise<ProbeOutcome> {
  return new Promise((resolve) => {
    const request = http.get({ host, port, path, timeout: timeoutMs, agent: false }, (response) => {
      response.resume();
      const status = response.statusCode ?? 0;
      if (status >= 200 && status < 400) resolve({ ok: true });
      else
        resolve({ ok: false, failure: 'status', status, statusText: response.statusMessage ?? '' });
    });
    request.once('timeout', () => {
      request.destroy();
      resolve({ ok: false, failure: 'timeout' });
    });
    request.once('error', (error: NodeJS.ErrnoException) => {
      resolve(failed(error));
    });
  });
}

function failed(error: NodeJS.ErrnoException): ProbeOutcome {
  if (error.code === 'ECONNREFUSED') return { ok: false, failure: 'refused' };
  return { ok: false, failure: 'unreachable', detail: error.message };
}
