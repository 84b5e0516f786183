// Which `Host` berth's own pages and API answer to, against DNS rebinding: a web page on another
// site that points its own name at this machine's address must not read the API or the dashboard
// with the browser of someone on this machine. Names berth is configured with (its listen address,
// BERTH_PUBLIC_URL's host, localhost) and any IP address pass; a browser names a rebound site by
// that site's name, never by an address.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

export function hostChecker(
  names: readonly (string | undefined)[],
): (host: string | undefined) => boolean {
  const allowed = new Set(
    ['localhost', ...names].filter((n): n is string => Boolean(n)).map(normalize),
  );
  return (host) => {
    if (host === undefined) return true;
    const name = normalize(hostnameOf(host));
    return allowed.has(name) || isIP(name) !== 0;
  };
}

/** `host:port`, `[v6]:port` or a bare host → the host, without brackets */
export function hostnameOf(host: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(host);
  if (bracketed?.[1]) return bracketed[1];
  return host.replace(/:\d+$/, '');
}

/** `https://berth.acme.internal/x` → `berth.acme.internal` */
export function urlHost(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return hostnameOf(new URL(url).host);
  } catch {
    return undefined;
  }
}

/** Every address `host` names is a loopback address (what it resolves to, not how it is spelled). */
export async function onlyLoopback(host: string): Promise<boolean> {
  const addresses = isIP(host)
    ? [host]
    : (await lookup(host, { all: true, verbatim: true }).catch(() => [])).map((a) => a.address);
  return addresses.length > 0 && addresses.every(isLoopback);
}

function isLoopback(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  if (isIP(v4) === 4) return v4.startsWith('127.');
  return address === '::1';
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}
