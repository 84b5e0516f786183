// berth's HTTP server: health, readiness, the JSON status of every resource, and the gateway.
import http from 'node:http';
import { UserError } from '../errors.js';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Endpoints } from '../gateway/endpoints.js';
import { createGateway, type GatewayOptions } from '../gateway/proxy.js';
import { hostChecker, onlyLoopback, urlHost } from './host-check.js';
import { handleJobRoute, type JobsApi } from './jobs-api.js';
import { handleGitOpsRoute, type GitOpsApi } from './gitops-api.js';
import { reply } from './json-io.js';
import { handleDashboard, isDashboardPath, type DashboardData } from './dashboard/routes.js';
import { authorized, handleLogin, loginPage } from './session.js';
import type { Logger } from '../log.js';
import type { StatusStore } from '../reconcile/status.js';

export interface ServerOptions {
  status: StatusStore;
  endpoints: Endpoints;
  logger: Logger;
  /** host:port, e.g. 127.0.0.1:8080; port 0 picks a free one */
  listen: string;
  /** bearer token for /api/v1; open when unset */
  apiToken?: string | undefined;
  /** true once the first reconcile has finished */
  ready: () => boolean;
  /** runs, their output, and starting a run (absent: those routes answer 404) */
  jobs?: JobsApi;
  /** reconcile requests, commit reports and pull request plans (a Git source) */
  gitops?: GitOpsApi | undefined;
  /** `POST /webhooks/github`, authenticated by its signature */
  webhooks?: RouteHandler | undefined;
  /** `GET /metrics` */
  metrics?: RouteHandler;
  /** the read-only pages at `/` */
  dashboard?: DashboardData;
  /** base of links to berth's pages: its host is one of the names berth answers to */
  publicUrl?: string | undefined;
  /** tokens, deployments' own origins and cookies at the gateway */
  gateway?: Pick<
    GatewayOptions,
    'tokens' | 'host' | 'secureCookies' | 'headersTimeoutMs' | 'replicaWaitMs'
  >;
}

export interface RouteHandler {
  handle(req: http.IncomingMessage, res: http.ServerResponse): void;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  await checkListenSafety(options.listen, options.apiToken);
  const log = options.logger.child({ component: 'server' });
  const { status: statuses, endpoints } = options;
  const gateway = createGateway({ ...options.gateway, endpoints, logger: options.logger });
  const knownHost = hostChecker([splitListen(options.listen)[0], urlHost(options.publicUrl)]);
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const target = gateway.target(req);
    if (target) {
      gateway.handle(req, res, target);
      return;
    }
    if (path === '/webhooks/github' && options.webhooks) {
      options.webhooks.handle(req, res);
      return;
    }
    if (path === '/metrics' && options.metrics && req.method === 'GET') {
      options.metrics.handle(req, res);
      return;
    }
    // Probes and scrapers name berth as their network sees it; everything else must name it as configured.
    const probe = path === '/healthz' || path === '/readyz';
    if (!probe && !knownHost(req.headers.host)) {
      reply(res, 421, {
        error: `berth does not answer to the name ${req.headers.host ?? ''}; set BERTH_PUBLIC_URL to the address clients use`,
      });
      return;
    }
    if (path === '/login') {
      handleLogin(req, res, options.apiToken);
      return;
    }
    const page = options.dashboard !== undefined && isDashboardPath(path);
    if (page && !authorized(req, options.apiToken)) {
      loginPage(res, 401, '');
      return;
    }
    const guarded = path.startsWith('/api/v1/') || path.startsWith('/plans/');
    if (guarded && !authorized(req, options.apiToken)) {
      reply(res, 401, {
        error: 'missing or wrong bearer token; send Authorization: Bearer <BERTH_API_TOKEN>',
      });
      return;
    }
    if (options.jobs && handleJobRoute(options.jobs, statuses, req, res)) return;
    if (options.gitops && handleGitOpsRoute(options.gitops, req, res)) return;
    if (options.dashboard && handleDashboard(options.dashboard, req, res)) return;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      reply(res, 405, { error: `${req.method ?? ''} is not allowed on ${path}` });
      return;
    }
    if (path === '/healthz') {
      reply(res, 200, { ok: true });
      return;
    }
    if (path === '/readyz') {
      const ready = options.ready();
      reply(res, ready ? 200 : 503, { ready });
      return;
    }
    if (path.startsWith('/api/v1/')) {
      if (path === '/api/v1/resources') {
        reply(res, 200, {
          revision: statuses.revision(),
          resources: statuses.all(),
          leftovers: statuses.leftovers(),
        });
        return;
      }
      const one = /^\/api\/v1\/resources\/(Deployment|Job)\/([a-z0-9-]+)$/.exec(path);
      const status = one ? statuses.get(`${one[1] ?? ''}/${one[2] ?? ''}`) : undefined;
      if (status) {
        const ready = status.kind === 'Deployment' ? endpoints.list(status.name) : [];
        reply(res, 200, { ...status, endpoints: ready });
        return;
      }
    }
    reply(res, 404, { error: `nothing at ${path}` });
  });
  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const target = gateway.target(req);
    if (target && target !== 'redirect') {
      gateway.upgrade(req, socket, head, target);
      return;
    }
    socket.end('HTTP/1.1 404 Not Found\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
  });
  const [host, port] = splitListen(options.listen);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(port), host, () => {
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  log.info({ url }, 'listening');
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

function splitListen(listen: string): [string, string] {
  const index = listen.lastIndexOf(':');
  if (index < 0) return ['127.0.0.1', listen];
  return [listen.slice(0, index).replace(/^\[|\]$/g, ''), listen.slice(index + 1)];
}

/** An API without a token is only for this machine: every address the listen host names is loopback. */
export async function checkListenSafety(
  listen: string,
  apiToken: string | undefined,
): Promise<void> {
  const [host] = splitListen(listen);
  if (apiToken || (await onlyLoopback(host))) return;
  throw new UserError(
    `listening on ${listen} would expose /api/v1 without authentication; set BERTH_API_TOKEN, or listen on 127.0.0.1`,
  );
}
