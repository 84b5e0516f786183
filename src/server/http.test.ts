import http from 'node:http';
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

async function server(apiToken?: string, publicUrl?: string): Promise<RunningServer> {
  const s = await startServer({
    publicUrl,
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

  it('refuses to serve the API beyond this machine without a token', async () => {
    await expect(checkListenSafety('0.0.0.0:8080', undefined)).rejects.toThrow(
      'listening on 0.0.0.0:8080 would expose /api/v1 without authentication; set BERTH_API_TOKEN, or listen on 127.0.0.1',
    );
    await expect(checkListenSafety('0.0.0.0:8080', 'token')).resolves.toBeUndefined();
    await expect(checkListenSafety('127.0.0.1:8080', undefined)).resolves.toBeUndefined();
  });

  it.each([
    ['a name that looks like a loopback address', '127.0.0.1.invalid:8080', false],
    ['a name that resolves to loopback', 'localhost:8080', true],
    ['an IPv6 loopback address', '[::1]:8080', true],
    ['an IPv4-mapped address outside loopback', '[::ffff:10.0.0.1]:8080', false],
  ])(
    'without a token, listening on %s is judged by the address it resolves to',
    async (_what, listen, allowed) => {
      const check = checkListenSafety(listen, undefined);
      if (allowed) await expect(check).resolves.toBeUndefined();
      else await expect(check).rejects.toThrow(/would expose \/api\/v1 without authentication/);
    },
  );

  it.each([
    ['its listen address', '127.0.0.1', 200],
    ['localhost', 'localhost:8080', 200],
    ['the host of BERTH_PUBLIC_URL', 'berth.acme.internal', 200],
    ['another name pointed at this machine', 'rebound.attacker.example:8080', 421],
  ])('the API answers a request naming %s as its Host with %i', async (_what, host, status) => {
    const s = await server(undefined, 'https://berth.acme.internal');
    const res = await request(`${s.url}/api/v1/resources`, { host });
    expect(res.status).toBe(status);
  });

  it('answers health probes whatever name they use for berth', async () => {
    const s = await server();
    expect((await request(`${s.url}/healthz`, { host: 'berth:8080' })).status).toBe(200);
    expect((await request(`${s.url}/api/v1/resources`, { host: 'berth:8080' })).status).toBe(421);
  });

  it('answers 404 at the gateway for a deployment it does not know', async () => {
    const s = await server();
    const res = await fetch(`${s.url}/d/unknown/`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error:
        'no deployment named unknown that you may reach; present a token of someone it lets in (Authorization: token <token>, from berth tokens create <user>)',
    });
  });
});

/** A GET with a Host header of our choosing (fetch does not let one set it). */
function request(url: string, headers: http.OutgoingHttpHeaders): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0 });
      })
      .on('error', reject);
  });
}
