// Names berth derives from a repository address and the refs it is asked for: the address as it
// may be shown (credentials removed), the cache folder's name, and checks of refs and branches.
import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';

/** Parses the repository address; only HTTP(S) is spoken (isomorphic-git has no SSH). */
export function parseRepositoryUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserError(
      `repository address "${redactText(url)}" is not a URL; set BERTH_REPO to an https:// address such as https://github.com/acme/resources.git`,
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new UserError(
      `repository address ${displayUrl(parsed)} uses ${parsed.protocol.replace(/:$/, '')}; berth fetches over HTTP(S) only, set BERTH_REPO to the repository's https:// address`,
    );
  }
  return parsed;
}

/** The address without user name, password, query or fragment: safe for logs and messages. */
export function displayUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/** `<host>-<path>-<hash>`: readable, and different for different repositories. */
export function cacheSlug(url: URL): string {
  const address = displayUrl(url).replace(/\/+$/, '');
  const readable = `${url.host}${url.pathname}`
    .toLowerCase()
    .replace(/\.git\/?$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const hash = createHash('sha256').update(address).digest('hex').slice(0, 10);
  return `${readable}-${hash}`;
}

const refPart = /^[A-Za-z0-9._-]+$/;

/** A full ref name such as `refs/pull/7/head` that is safe to ask a server for and to store. */
export function checkRef(ref: string): string {
  const parts = ref.split('/');
  const valid =
    parts[0] === 'refs' &&
    parts.length >= 3 &&
    parts.every(
      (p) => refPart.test(p) && !p.startsWith('.') && !p.endsWith('.lock') && !p.includes('..'),
    );
  if (!valid) {
    throw new UserError(
      `"${ref}" is not a ref berth fetches; give a full ref name such as refs/pull/7/head or refs/heads/main`,
    );
  }
  return ref;
}

export function checkBranch(branch: string): string {
  try {
    checkRef(`refs/heads/${branch}`);
  } catch {
    throw new UserError(
      `"${branch}" is not a branch name; set BERTH_BRANCH to a branch such as main`,
    );
  }
  return branch;
}

function redactText(text: string): string {
  return text.replace(/\/\/[^/@]*@/, '//');
}
