// What crosses the gateway, both ways. Hop-by-hop headers (RFC 9110 §7.6.1), the ones a
// `Connection` header names and `Proxy-Connection` go neither way. berth's own credentials (its
// `Authorization: token …` and its session cookie) and forwarding headers a client made up never
// reach a deployment. A deployment's cookies stay with it: never for a parent domain, and under
// `/d/<name>/` only for that path.
import type http from 'node:http';

/** berth's session cookie at the gateway (one per deployment) */
export const sessionCookie = 'berth_gateway';

/** berth's cookies: the gateway's and the dashboard's; neither reaches a deployment */
const berthCookies = new Set([sessionCookie, 'berth_session']);

const hopByHop = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** Set by the gateway itself; whatever a client sends under these names is dropped. */
const forwarding = new Set([
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-port',
  'x-forwarded-prefix',
  'x-forwarded-proto',
  'x-real-ip',
]);

/** `Authorization: token berth_…` (or `Bearer berth_…`): a berth token, not the deployment's. */
export function berthCredential(authorization: string | undefined): string | undefined {
  const match = /^(?:token|bearer)\s+(berth_\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}

/** The value of berth's session cookie in a Cookie header, if any. */
export function sessionOf(cookie: string | undefined): string | undefined {
  for (const part of (cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === sessionCookie) return value.join('=');
  }
  return undefined;
}

/** The headers a deployment gets; `upgrade` keeps the WebSocket handshake's own. */
export function upstreamRequestHeaders(
  headers: http.IncomingHttpHeaders,
  upgrade: boolean,
): http.OutgoingHttpHeaders {
  const dropped = connectionNamed(headers.connection);
  const out: http.OutgoingHttpHeaders = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value === undefined || hopByHop.has(key) || forwarding.has(key) || dropped.has(key))
      continue;
    if (key === 'authorization' && berthCredential(String(value))) continue;
    if (key === 'cookie') {
      const kept = withoutSession(String(value));
      if (kept) out.cookie = kept;
      continue;
    }
    out[key] = value;
  }
  if (upgrade && headers.upgrade) {
    out.connection = 'upgrade';
    out.upgrade = headers.upgrade;
  }
  return out;
}

/** The headers a client gets from a deployment; `prefix` is `/d/<name>` on the shared origin. */
export function downstreamResponseHeaders(
  headers: http.IncomingHttpHeaders,
  prefix: string,
  upgrade: boolean,
): http.OutgoingHttpHeaders {
  const dropped = connectionNamed(headers.connection);
  const out: http.OutgoingHttpHeaders = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value === undefined || hopByHop.has(key) || dropped.has(key)) continue;
    if (key === 'set-cookie') {
      const cookies = (Array.isArray(value) ? value : [value])
        .map((c) => scopeCookie(c, prefix))
        .filter((c): c is string => c !== undefined);
      if (cookies.length > 0) out['set-cookie'] = cookies;
      continue;
    }
    out[key] = value;
  }
  if (upgrade && headers.upgrade) {
    out.connection = 'upgrade';
    out.upgrade = headers.upgrade;
  }
  return out;
}

/**
 * A deployment's Set-Cookie for its own origin only: no `Domain` (a parent domain would reach
 * every deployment), under `/d/<name>` its path moved below the prefix, and never berth's cookie.
 */
export function scopeCookie(setCookie: string, prefix: string): string | undefined {
  const [pair = '', ...attributes] = setCookie.split(';');
  if (berthCookies.has(pair.split('=')[0]?.trim() ?? '')) return undefined;
  const kept = attributes.map((a) => a.trim()).filter((a) => !/^(domain|path)\s*(=|$)/i.test(a));
  if (prefix) {
    const given = attributes.map((a) => /^\s*path\s*=\s*(\S*)/i.exec(a)?.[1]).find(Boolean);
    kept.push(`Path=${prefix}${given?.startsWith('/') ? given : '/'}`);
  } else {
    const given = attributes.find((a) => /^\s*path\s*=/i.test(a));
    if (given) kept.push(given.trim());
  }
  return [pair.trim(), ...kept].join('; ');
}

function connectionNamed(connection: string | string[] | undefined): Set<string> {
  const values = Array.isArray(connection) ? connection : [connection ?? ''];
  return new Set(
    values
      .flatMap((v) => v.split(','))
      .map((v) => v.trim().toLowerCase())
      .filter(Boolean),
  );
}

function withoutSession(cookie: string): string {
  return cookie
    .split(';')
    .map((c) => c.trim())
    .filter((c) => c !== '' && !berthCookies.has(c.split('=')[0] ?? ''))
    .join('; ');
}
