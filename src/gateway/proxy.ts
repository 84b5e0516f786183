// The gateway (SPEC §6.4): a request for a deployment, at `<name>.<gateway host>` (its own
// origin) or `/d/<name>/` (one origin for every deployment, for local use), is forwarded to a
// ready replica of it, WebSocket upgrades included. Unless the deployment is `public`, the request
// needs a token of someone it lets in (access.ts), presented as `Authorization: token <t>`, as
// `?berth_token=<t>` on a first visit, or as the session cookie the gateway then sets for that
// deployment alone. Someone who may not reach a deployment gets the answer an unknown one gets.
import http from 'node:http';
import type { Duplex } from 'node:stream';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { mayReach } from './access.js';
import type { Endpoints, Lease } from './endpoints.js';
import {
  berthCredential,
  downstreamResponseHeaders,
  sessionCookie,
  sessionOf,
  upstreamRequestHeaders,
} from './headers.js';
import {
  askAnother,
  headersBoundMs,
  mayRepeat,
  upstreamFailure,
  type UpstreamFailure,
} from './retry.js';
import type { TokenStore } from './tokens.js';

/** How long a replica may stay silent (no bytes either way) before the gateway gives up. */
const upstreamTimeoutMs = 300_000;

/** How long a browser keeps the gateway's session cookie. */
const sessionSeconds = 7 * 24 * 3600;

export interface GatewayOptions {
  endpoints: Endpoints;
  logger: Logger;
  /** tokens and sessions; without a store only public deployments are reachable */
  tokens?: TokenStore | undefined;
  /** deployments get their own origin at `<name>.<host>` */
  host?: string | undefined;
  /** berth is reached over https: the session cookie is Secure, and deployments are told so */
  secureCookies?: boolean;
  /** no response headers within this long: a request that may be sent twice goes to another replica too */
  headersTimeoutMs?: number;
}

/** Which deployment a request is for, and what to ask it. */
export interface Target {
  name: string;
  /** path and query for the replica, without berth's token */
  path: string;
  /** `/d/<name>` on the shared origin, '' on the deployment's own */
  prefix: string;
  /** a token given as ?berth_token= */
  queryToken: string | undefined;
}

export interface Gateway {
  /** the deployment a request is for (by Host, then by `/d/<name>/`), or undefined */
  target(req: http.IncomingMessage): Target | 'redirect' | undefined;
  handle(req: http.IncomingMessage, res: http.ServerResponse, target: Target | 'redirect'): void;
  upgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer, target: Target): void;
}

const namePattern = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function createGateway(options: GatewayOptions): Gateway {
  const { endpoints, tokens } = options;
  const log = options.logger.child({ component: 'gateway' });
  const suffix = options.host ? `.${options.host.toLowerCase()}` : undefined;
  const headersTimeoutMs = options.headersTimeoutMs ?? headersBoundMs;

  /** whom the request's credentials identify, and the token to turn into a session, if any */
  async function identify(
    req: http.IncomingMessage,
    target: Target,
  ): Promise<{ subject: string | undefined; token: string | undefined }> {
    if (!tokens) return { subject: undefined, token: undefined };
    const token = target.queryToken ?? berthCredential(req.headers.authorization);
    if (token) return { subject: await tokens.identify(token), token };
    const session = sessionOf(req.headers.cookie);
    const subject = session ? await tokens.identifySession(target.name, session) : undefined;
    return { subject, token: undefined };
  }

  /** lets the request in (with a session cookie to set when a token came with it), or says why not */
  async function admit(
    req: http.IncomingMessage,
    target: Target,
  ): Promise<{ refused: [number, string] } | { refused?: undefined; cookie: string | undefined }> {
    const route = endpoints.route(target.name);
    const unknown: [number, string] = [
      404,
      `no deployment named ${target.name} that you may reach; present a token of someone it lets in (Authorization: token <token>, from berth tokens create <user>)`,
    ];
    if (!route) return { refused: unknown };
    if (route.public) return { cookie: undefined };
    const { subject, token } = await identify(req, target);
    if (!mayReach(route, subject, (group) => endpoints.members(group))) return { refused: unknown };
    if (!token || !tokens) return { cookie: undefined };
    const value = await tokens.session(target.name, token);
    const attributes = [
      `Path=${target.prefix}/`,
      'HttpOnly',
      'SameSite=Lax',
      `Max-Age=${sessionSeconds}`,
      ...(options.secureCookies ? ['Secure'] : []),
    ];
    return { cookie: [`${sessionCookie}=${value}`, ...attributes].join('; ') };
  }

  /**
   * Sends the request to a ready replica and its answer back. A request that may be sent twice
   * goes to another replica once when the first fails before answering (retry.ts); when the
   * first is only slow to answer, both are asked and the first answer is the one sent back.
   */
  function forward(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    target: Target,
    cookie: string | undefined,
  ): void {
    const { name } = target;
    const first = endpoints.acquire(name);
    if (!first) {
      res.setHeader('Retry-After', '1');
      reply(res, 503, `no ready replica of ${name}`);
      return;
    }
    const asked = new Set<string>();
    /** the replicas asked that have not answered, each with what gives it up */
    const pending = new Set<() => void>();
    /** gives up the replica whose answer is being sent */
    let sending: (() => void) | undefined;
    const others = () => endpoints.list(name).filter((e) => !asked.has(e.unitId)).length;
    const another = (failure: UpstreamFailure): boolean => {
      const question = { method: req.method, headers: req.headers, failure, asked: asked.size };
      if (!askAnother({ ...question, others: others() })) return false;
      const lease = endpoints.acquire(name, asked);
      if (!lease) return false;
      log.info(
        { deployment: name, replica: lease.endpoint.unitId, failure },
        'gateway: asking another replica',
      );
      ask(lease);
      return true;
    };

    const ask = (lease: Lease): void => {
      asked.add(lease.endpoint.unitId);
      let headersTimer: NodeJS.Timeout | undefined;
      let won = false;
      const upstream = http.request(
        {
          host: lease.endpoint.host,
          port: lease.endpoint.port,
          method: req.method,
          path: target.path,
          headers: forwardedHeaders(req, target, false, options.secureCookies),
          agent: false,
        },
        (response) => {
          if (sending) {
            // Another replica answered first.
            giveUp();
            return;
          }
          clearTimeout(headersTimer);
          pending.delete(giveUp);
          won = true;
          sending = giveUp;
          for (const other of [...pending]) other();
          const out = downstreamResponseHeaders(response.headers, target.prefix, false);
          if (cookie) out['set-cookie'] = [...asList(out['set-cookie']), cookie];
          res.writeHead(response.statusCode ?? 502, out);
          response.pipe(res);
          response.once('end', lease.release);
          response.once('error', lease.release);
        },
      );
      function giveUp(): void {
        clearTimeout(headersTimer);
        pending.delete(giveUp);
        upstream.destroy();
        lease.release();
      }
      pending.add(giveUp);
      upstream.setTimeout(upstreamTimeoutMs, () => {
        upstream.destroy(new Error('the replica did not answer in time'));
      });
      if (mayRepeat(req.method, req.headers)) {
        // A paused or stuck replica accepts the connection and says nothing.
        headersTimer = setTimeout(() => {
          if (!sending) another('no-headers');
        }, headersTimeoutMs);
      }
      upstream.once('error', (error) => {
        clearTimeout(headersTimer);
        const waiting = pending.delete(giveUp);
        lease.release();
        if (res.writableEnded) return;
        // The answer being sent broke off: the client sees a cut connection, as from the replica.
        if (won) {
          if (res.headersSent) res.destroy();
          return;
        }
        // Given up (another answered, or the client left), or another is still being asked.
        if (!waiting || sending || another(upstreamFailure(error)) || pending.size > 0) return;
        log.warn(
          { deployment: name, replica: lease.endpoint.unitId, err: errorMessage(error) },
          'gateway: replica did not answer',
        );
        reply(res, 502, `replica of ${name} did not answer`);
      });
      // A GET or HEAD may carry a body too (Content-Length or chunked): it is forwarded as it came.
      if (hasBody(req)) req.pipe(upstream);
      else upstream.end();
    };

    // A client that goes away frees the replicas at once, so draining them does not wait for nothing.
    res.once('close', () => {
      sending?.();
      for (const giveUp of [...pending]) giveUp();
    });
    ask(first);
  }

  return {
    target(req) {
      const [pathname = '/', ...rest] = (req.url ?? '/').split('?');
      const query = rest.join('?');
      const hostname = hostnameOf(req.headers.host);
      let name: string | undefined;
      let prefix = '';
      let path = pathname;
      if (suffix && hostname.endsWith(suffix)) {
        const label = hostname.slice(0, -suffix.length);
        if (namePattern.test(label)) name = label;
      }
      if (name === undefined) {
        const match = /^\/d\/([a-z0-9-]+)(\/.*)?$/.exec(pathname);
        if (!match?.[1]) return undefined;
        if (match[2] === undefined) return 'redirect';
        name = match[1];
        prefix = `/d/${name}`;
        path = match[2];
      }
      const params = new URLSearchParams(query);
      const queryToken = params.get('berth_token') ?? undefined;
      params.delete('berth_token');
      const kept = queryToken === undefined ? query : params.toString();
      return { name, prefix, queryToken, path: kept ? `${path}?${kept}` : path };
    },

    handle(req, res, target) {
      if (target === 'redirect') {
        // `/d/<name>` → `/d/<name>/`, so the deployment's relative links resolve below it.
        const [pathname = '', ...rest] = (req.url ?? '').split('?');
        res.writeHead(308, { location: `${pathname}/${rest.length ? `?${rest.join('?')}` : ''}` });
        res.end();
        return;
      }
      admit(req, target).then(
        (admitted) => {
          if (admitted.refused) {
            reply(res, ...admitted.refused);
          } else if (target.queryToken !== undefined && isRead(req) && admitted.cookie) {
            // The token leaves the address bar: the browser comes back with the cookie instead.
            res.writeHead(303, {
              location: `${target.prefix}${target.path}`,
              'set-cookie': admitted.cookie,
            });
            res.end();
          } else {
            forward(req, res, target, admitted.cookie);
          }
        },
        (error: unknown) => {
          log.error(
            { deployment: target.name, err: errorMessage(error) },
            'gateway: access check failed',
          );
          reply(res, 500, "the gateway could not check access; see berth's log");
        },
      );
    },

    upgrade(req, socket, head, target) {
      socket.on('error', () => socket.destroy());
      admit(req, target).then(
        (admitted) => {
          if (admitted.refused) {
            rawReply(socket, ...admitted.refused);
            return;
          }
          const lease = endpoints.acquire(target.name);
          if (!lease) {
            rawReply(socket, 503, `no ready replica of ${target.name}`);
            return;
          }
          let released = false;
          const release = () => {
            if (released) return;
            released = true;
            lease.release();
          };
          const upstream = http.request({
            host: lease.endpoint.host,
            port: lease.endpoint.port,
            method: req.method,
            path: target.path,
            headers: forwardedHeaders(req, target, true, options.secureCookies),
            agent: false,
          });
          // Until the replica answers the handshake; an open WebSocket may then stay quiet for long.
          upstream.setTimeout(upstreamTimeoutMs, () => {
            upstream.destroy(new Error('the replica did not answer in time'));
          });
          upstream.once('upgrade', (response, upstreamSocket, upstreamHead) => {
            upstreamSocket.setTimeout(0);
            const out = downstreamResponseHeaders(response.headers, target.prefix, true);
            socket.write(responseHead(response.statusCode ?? 101, response.statusMessage, out));
            if (upstreamHead.length > 0) socket.write(upstreamHead);
            if (head.length > 0) upstreamSocket.write(head);
            upstreamSocket.on('error', () => socket.destroy());
            socket.on('close', () => {
              upstreamSocket.destroy();
              release();
            });
            upstreamSocket.on('close', () => socket.destroy());
            upstreamSocket.pipe(socket).pipe(upstreamSocket);
          });
          upstream.once('response', (response) => {
            // The replica declined the upgrade: its answer goes back as it is.
            const out = downstreamResponseHeaders(response.headers, target.prefix, false);
            out.connection = 'close';
            socket.write(responseHead(response.statusCode ?? 502, response.statusMessage, out));
            response.pipe(socket);
            response.once('end', release);
          });
          upstream.once('error', (error) => {
            release();
            log.warn(
              { deployment: target.name, replica: lease.endpoint.unitId, err: errorMessage(error) },
              'gateway: replica did not answer',
            );
            rawReply(socket, 502, `replica of ${target.name} did not answer`);
          });
          socket.once('close', () => upstream.destroy());
          upstream.end();
        },
        (error: unknown) => {
          log.error(
            { deployment: target.name, err: errorMessage(error) },
            'gateway: access check failed',
          );
          rawReply(socket, 500, "the gateway could not check access; see berth's log");
        },
      );
    },
  };
}

function forwardedHeaders(
  req: http.IncomingMessage,
  target: Target,
  upgrade: boolean,
  https = false,
): http.OutgoingHttpHeaders {
  const headers = upstreamRequestHeaders(req.headers, upgrade);
  headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
  headers['x-forwarded-proto'] = https ? 'https' : 'http';
  if (req.headers.host) headers['x-forwarded-host'] = req.headers.host;
  if (target.prefix) headers['x-forwarded-prefix'] = target.prefix;
  return headers;
}

function hostnameOf(host: string | undefined): string {
  return (host ?? '').toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
}

function isRead(req: http.IncomingMessage): boolean {
  return req.method === 'GET' || req.method === 'HEAD';
}

function hasBody(req: http.IncomingMessage): boolean {
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const length = req.headers['content-length'];
  if (length !== undefined) return Number(length) > 0;
  return !isRead(req);
}

function asList(value: http.OutgoingHttpHeader | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [String(value)];
}

function reply(res: http.ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(`${JSON.stringify({ error: message })}\n`);
}

function responseHead(
  status: number,
  message: string | undefined,
  headers: http.OutgoingHttpHeaders,
): string {
  const lines = [`HTTP/1.1 ${status} ${message ?? http.STATUS_CODES[status] ?? ''}`];
  for (const [key, value] of Object.entries(headers)) {
    for (const one of asList(value)) lines.push(`${key}: ${one}`);
  }
  return `${lines.join('\r\n')}\r\n\r\n`;
}

function rawReply(socket: Duplex, status: number, message: string): void {
  if (!socket.writable) return;
  const body = `${JSON.stringify({ error: message })}\n`;
  socket.end(
    responseHead(status, undefined, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      connection: 'close',
    }) + body,
  );
}
