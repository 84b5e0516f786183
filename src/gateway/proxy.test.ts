// The gateway against replicas that are plain Node servers on this machine: what it forwards,
// what it answers when a replica is gone, and a GET that carries a body.
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../clock.js';
import { createLogger } from '../log.js';
import { createStatusStore } from '../reconcile/status.js';
import type { Resource } from '../resources/types.generated.js';
import { startServer, type RunningServer } from '../server/http.js';
import { createEndpoints, type Endpoints } from './endpoints.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const deployment = (name: string): Resource => ({
  apiVersion: 'berth/v1',
  kind: 'Deployment',
  metadata: { name, owner: 'user:alice' },
  spec: { image: 'x', public: true },
});

/** A replica that answers every request with what it received. */
async function replica(): Promise<{ port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method ?? ''} ${req.url ?? ''}`);
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      res.writeHead(200, {
        'content-type': 'application/json',
        connection: 'close, x-replica-hop',
        'x-replica-hop': 'secret',
      });
      res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  );
  return { port: (server.address() as AddressInfo).port, seen };
}

/** A port nothing listens on any more (the replica's process is gone). */
async function closedPort(): Promise<number> {
  const closed = net.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  return port;
}

/** A replica that accepts connections and never answers, as a paused container does. */
async function silentReplica(): Promise<{ port: number; connections: () => number }> {
  const sockets = new Set<net.Socket>();
  let connections = 0;
  const server = net.createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          resolve();
        });
      }),
  );
  return { port: (server.address() as AddressInfo).port, connections: () => connections };
}

async function gateway(
  lines: string[] = [],
  timing: { headersTimeoutMs?: number; replicaWaitMs?: number } = {},
): Promise<{ url: string; endpoints: Endpoints }> {
  const endpoints = createEndpoints(systemClock);
  const s: RunningServer = await startServer({
    status: createStatusStore(systemClock),
    endpoints,
    logger: createLogger({ destination: { write: (line: string) => lines.push(line) } }),
    listen: '127.0.0.1:0',
    ready: () => true,
    gateway: timing,
  });
  closers.push(() => s.close());
  return { url: s.url, endpoints };
}

function send(
  url: string,
  options: { method?: string; headers?: http.OutgoingHttpHeaders; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, agent: false, timeout: 5000 },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer in 5 s')));
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the gateway', () => {
  it('forwards a GET with a body, body and all, instead of leaving the replica waiting', async () => {
    const { url, endpoints } = await gateway();
    const { port } = await replica();
    endpoints.syncRoutes([deployment('search')]);
    endpoints.add('search', { unitId: 'r1', host: '127.0.0.1', port });
    const res = await send(`${url}/d/search/_search?q=1`, {
      headers: { 'content-type': 'application/json', 'content-length': '13' },
      body: '{"query":"x"}',
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({
      method: 'GET',
      url: '/_search?q=1',
      body: '{"query":"x"}',
    });
  });

  it('drops the headers Connection names and made-up forwarding headers both ways, and says where the request came from', async () => {
    const { url, endpoints } = await gateway();
    const { port } = await replica();
    endpoints.syncRoutes([deployment('api')]);
    endpoints.add('api', { unitId: 'r1', host: '127.0.0.1', port });
    const res = await send(`${url}/d/api/x`, {
      headers: {
        connection: 'x-client-hop',
        'x-client-hop': '1',
        'proxy-connection': 'keep-alive',
        'x-forwarded-host': 'evil.example',
        'x-forwarded-for': '203.0.113.9',
      },
    });
    const seen = (JSON.parse(res.body) as { headers: Record<string, string> }).headers;
    expect(seen['x-client-hop']).toBeUndefined();
    expect(seen['proxy-connection']).toBeUndefined();
    expect(seen['x-forwarded-host']).toBe(new URL(url).host);
    expect(seen['x-forwarded-for']).toBe('127.0.0.1');
    expect(seen['x-forwarded-prefix']).toBe('/d/api');
    expect(seen['x-forwarded-proto']).toBe('http');
    expect(res.headers['x-replica-hop']).toBeUndefined();
  });

  it('answers 502 when no replica answers, and logs which replica and why', async () => {
    const lines: string[] = [];
    const { url, endpoints } = await gateway(lines);
    const port = await closedPort();
    endpoints.syncRoutes([deployment('gone')]);
    endpoints.add('gone', { unitId: 'r-gone', host: '127.0.0.1', port });
    const res = await send(`${url}/d/gone/`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(502);
    const logged = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.msg === 'gateway: replica did not answer');
    expect(logged).toMatchObject({ level: 40, deployment: 'gone', replica: 'r-gone' });
    expect(String(logged?.err)).toContain('ECONNREFUSED');
  });

  it('sends /d/<name> to /d/<name>/ so relative links resolve below it', async () => {
    const { url } = await gateway();
    const res = await send(`${url}/d/api?x=1`);
    expect({ status: res.status, location: res.headers.location }).toEqual({
      status: 308,
      location: '/d/api/?x=1',
    });
  });

  it('sends a GET the chosen replica refuses to another ready replica', async () => {
    const { url, endpoints } = await gateway();
    const live = await replica();
    endpoints.syncRoutes([deployment('api')]);
    endpoints.add('api', { unitId: 'r-gone', host: '127.0.0.1', port: await closedPort() });
    endpoints.add('api', { unitId: 'r-live', host: '127.0.0.1', port: live.port });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await send(`${url}/d/api/x?i=${i}`)).status);
    expect(answers).toEqual([200, 200, 200, 200]);
    expect(live.seen).toEqual(['GET /x?i=0', 'GET /x?i=1', 'GET /x?i=2', 'GET /x?i=3']);
  });

  it('asks another replica when the chosen one takes the connection and sends no headers (paused)', async () => {
    const { url, endpoints } = await gateway([], { headersTimeoutMs: 50 });
    const paused = await silentReplica();
    const live = await replica();
    endpoints.syncRoutes([deployment('api')]);
    endpoints.add('api', { unitId: 'r-paused', host: '127.0.0.1', port: paused.port });
    endpoints.add('api', { unitId: 'r-live', host: '127.0.0.1', port: live.port });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await send(`${url}/d/api/y`)).status);
    expect(answers).toEqual([200, 200, 200, 200]);
    expect(paused.connections()).toBe(2);
    expect(live.seen).toHaveLength(4);
  });

  it('never sends a request with a body twice, even when its replica refused it', async () => {
    const { url, endpoints } = await gateway();
    const live = await replica();
    endpoints.syncRoutes([deployment('api')]);
    endpoints.add('api', { unitId: 'r-gone', host: '127.0.0.1', port: await closedPort() });
    endpoints.add('api', { unitId: 'r-live', host: '127.0.0.1', port: live.port });
    const post = await send(`${url}/d/api/orders`, { method: 'POST', body: '{"n":1}' });
    expect(post.status).toBe(502);
    expect(live.seen).toEqual([]);
  });

  it('holds a request while no replica is ready and sends it to the first that becomes ready', async () => {
    const { url, endpoints } = await gateway();
    const live = await replica();
    endpoints.syncRoutes([deployment('api')]);
    // The replica joins once the request waits for one (as a resumed or restarted one does).
    const waitFor = endpoints.waitFor.bind(endpoints);
    endpoints.waitFor = (name, timeoutMs) => {
      const waited = waitFor(name, timeoutMs);
      endpoints.add('api', { unitId: 'r-back', host: '127.0.0.1', port: live.port });
      return waited;
    };
    const res = await send(`${url}/d/api/orders`, { method: 'POST', body: '{"n":1}' });
    expect(res.status).toBe(200);
    expect(live.seen).toEqual(['POST /orders']);
  });

  it('answers 503 with Retry-After when no replica becomes ready in time', async () => {
    const { url, endpoints } = await gateway([], { replicaWaitMs: 20 });
    endpoints.syncRoutes([deployment('api')]);
    const res = await send(`${url}/d/api/`);
    expect([res.status, res.headers['retry-after']]).toEqual([503, '1']);
    expect(JSON.parse(res.body)).toEqual({ error: 'no ready replica of api' });
  });
});
