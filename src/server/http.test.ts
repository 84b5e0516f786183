import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../clock.js';
import { createEndpoints } from '../gateway/endpoints.js';
import { silentLogger } from '../log.js';
import { createStatusStore } from '../reconcile/status.js';
import { checkListenSafety, startServer, type RunningServer } from './http.js';

const servers: RunningServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function server(apiToken?: string): Promise<RunningServer> {
  const s = await startServer({
    status: createStatusStore(systemClock),
    endpoints: createEndpoints(systemClock),
    logger: silentLogger(),
    listen: '127.0.0.1:0',
    apiToken,
    ready: () => false,
  });
  servers.push(s);
  return s;
}

describe('http server', () => {
  it('answers health and readiness', async () => {
    const s = await server();
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${s.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${s.url}/nothing`)).status).toBe(404);
  });

  it.each([
    ['no header', undefined, 401],
    ['the wrong token', 'Bearer nope', 401],
    ['a token without the Bearer scheme', 's3cret-token', 401],
    ['a prefix of the token', 'Bearer s3cret', 401],
    ['the token', 'Bearer s3cret-token', 200],
  ])(
    'with BERTH_API_TOKEN set, /api/v1 answers %s with %i',
    async (_what, authorization, status) => {
      const s = await server('s3cret-token');
      const headers: Record<string, string> = authorization ? { authorization } : {};
      expect((await fetch(`${s.url}/api/v1/resources`, { headers })).status).toBe(status);
    },
  );

  it('refuses to serve the API beyond this machine without a token', () => {
    expect(() => {
      checkListenSafety('0.0.0.0:8080', undefined);
    }).toThrow(
      'listening on 0.0.0.0:8080 would expose /api/v1 without authentication; set BERTH_API_TOKEN, or listen on 127.0.0.1',
    );
    expect(() => {
      checkListenSafety('0.0.0.0:8080', 'token');
    }).not.toThrow();
    expect(() => {
      checkListenSafety('127.0.0.1:8080', undefined);
    }).not.toThrow();
  });

  it('answers 404 at the gateway for a deployment it does not know', async () => {
    const s = await server();
    const res = await fetch(`${s.url}/d/unknown/`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'no deployment named unknown' });
  });
});
