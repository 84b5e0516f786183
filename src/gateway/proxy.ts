// The gateway (SPEC §6.4): a request for a deployment, at `<name>.<gateway host>` (its own
// origin) or `/d/<name>/` (one origin for every deployment, for local use), is forwarded to a
// ready replica of it, WebSocket upgrades included. Unless the deployment is `public`, the request
// needs a token of someone it lets in (access.ts), presented as `Authorization: token <t>`, as
// `?berth_token=<t>` on a first visit, or as the session cookie the gateway then sets for that
// deployment alone. Someone who may not reach a deployment gets the answer an unknown one gets.
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { mayReach } from './access.js';
import type { Endpoints } from './endpoints.js';
import { forwardRequest } from './forward.js';
import { berthCredential, sessionCookie, sessionOf } from './headers.js';
import { headersBoundMs } from './retry.js';
import type { TokenStore } from './tokens.js';
import { forwardUpgrade } from './upgrade.js';
import { isRead, rawReply, reply, type Target } from './wire.js';

export type { Target } from './wire.js';

/** No ready replica: a request waits this long for one (a restart, a resume) before a 503. */
const replicaWaitMs = 3_000;

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
  /** no ready replica: how long a request waits for one before the answer is a 503 */
  replicaWaitMs?: number;
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
  const forwardContext = {
    endpoints,
    log,
    headersTimeoutMs: options.headersTimeoutMs ?? headersBoundMs,
    replicaWaitMs: options.replicaWaitMs ?? replicaWaitMs,
    secureCookies: options.secureCookies,
  };

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
            forwardRequest(forwardContext, req, res, target, admitted.cookie);
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
          forwardUpgrade(
            { endpoints, log, secureCookies: options.secureCookies },
            req,
            socket,
            head,
            target,
          );
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

function hostnameOf(host: string | undefined): string {
  return (host ?? '').toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
}
