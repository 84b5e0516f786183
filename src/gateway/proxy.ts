// The gateway (SPEC §6.4): `/d/<name>/...` is forwarded to a ready replica of that deployment.
// Only deployments marked `public: true` are served until owner tokens exist.
import http from 'node:http';
import type { Endpoints, Lease } from './endpoints.js';

/** How long a replica may stay silent (no bytes either way) before the gateway gives up. */
const upstreamTimeoutMs = 300_000;

const hopByHop = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** Handles a request whose path starts with /d/<name>; returns false when the path is not a gateway path. */
export function handleGateway(
  endpoints: Endpoints,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): boolean {
  const match = /^\/d\/([a-z0-9-]+)(\/.*)?$/.exec((req.url ?? '').split('?')[0] ?? '');
  if (!match?.[1]) return false;
  const name = match[1];
  const query = (req.url ?? '').includes('?')
    ? (req.url ?? '').slice((req.url ?? '').indexOf('?'))
    : '';
  const path = (match[2] ?? '/') + query;
  const route = endpoints.route(name);
  if (!route) {
    reply(res, 404, `no deployment named ${name}`);
    return true;
  }
  if (!route.public) {
    reply(
      res,
      403,
      `deployment ${name} is not public; this berth serves only deployments with spec.public: true through the gateway`,
    );
    return true;
  }
  forward(endpoints, name, path, req, res, req.method === 'GET' || req.method === 'HEAD' ? 1 : 0);
  return true;
}

function forward(
  endpoints: Endpoints,
  name: string,
  path: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  retries: number,
): void {
  const lease: Lease | undefined = endpoints.acquire(name);
  if (!lease) {
    res.setHeader('Retry-After', '1');
    reply(res, 503, `no ready replica of ${name}`);
    return;
  }
  const headers: http.OutgoingHttpHeaders = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (!hopByHop.has(key) && value !== undefined) headers[key] = value;
  }
  headers['x-forwarded-prefix'] = `/d/${name}`;
  headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
  const upstream = http.request(
    {
      host: lease.endpoint.host,
      port: lease.endpoint.port,
      method: req.method,
      path,
      headers,
      agent: false,
    },
    (response) => {
      const out: http.OutgoingHttpHeaders = {};
      for (const [key, value] of Object.entries(response.headers)) {
        if (!hopByHop.has(key) && value !== undefined) out[key] = value;
      }
      res.writeHead(response.statusCode ?? 502, out);
      response.pipe(res);
      response.once('end', lease.release);
      response.once('error', lease.release);
    },
  );
  // A client that goes away frees the replica at once, so draining it does not wait for nothing.
  res.once('close', () => {
    lease.release();
    upstream.destroy();
  });
  upstream.setTimeout(upstreamTimeoutMs, () => {
    upstream.destroy(new Error('the replica did not answer in time'));
  });
  upstream.once('error', () => {
    lease.release();
    if (res.writableEnded) return;
    if (res.headersSent) {
      res.destroy();
    } else if (retries > 0) {
      // The replica went away between routing and connecting: try another once (GET/HEAD only).
      forward(endpoints, name, path, req, res, retries - 1);
    } else {
      reply(res, 502, `replica of ${name} did not answer`);
    }
  });
  if (req.method === 'GET' || req.method === 'HEAD') upstream.end();
  else req.pipe(upstream);
}

function reply(res: http.ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(`${JSON.stringify({ error: message })}\n`);
}
