// Who may read berth's API and dashboard: a bearer token (tools, the Action), or for a browser a
// session cookie it gets by presenting the same token once at /login. The cookie holds a digest
// derived from the token, never the token; comparisons are constant-time.
import { createHash, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import { escape, page } from './dashboard/html.js';

const cookieName = 'berth_session';
const maxForm = 4096;

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function sessionOf(token: string): string {
  return digest(`berth-session:${token}`).toString('hex');
}

function same(a: string, b: string): boolean {
  // Digests have one length whatever the input, so the comparison tells nothing about it.
  return timingSafeEqual(digest(a), digest(b));
}

/** Whether the request carries the API token (as a bearer) or a session made from it. */
export function authorized(req: http.IncomingMessage, token: string | undefined): boolean {
  if (!token) return true;
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (bearer) return same(bearer, token);
  const session = cookieValue(req.headers.cookie, cookieName);
  return session !== undefined && same(session, sessionOf(token));
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** `GET /login` shows the form; `POST /login` with the right token sets the session cookie. */
export function handleLogin(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  token: string | undefined,
): void {
  if (req.method !== 'POST') {
    loginPage(res, 200, '');
    return;
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => {
    body += chunk;
    if (body.length > maxForm) req.destroy();
  });
  req.on('end', () => {
    const given = new URLSearchParams(body).get('token') ?? '';
    if (!token || !same(given, token)) {
      loginPage(res, 401, 'That is not the API token of this berth.');
      return;
    }
    res.writeHead(303, {
      location: '/',
      'set-cookie': `${cookieName}=${sessionOf(token)}; HttpOnly; SameSite=Strict; Path=/`,
    });
    res.end();
  });
}

/** The answer to a browser without a session: the login form. */
export function loginPage(res: http.ServerResponse, status: number, error: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(
    page(
      { title: 'sign in', refresh: 0 },
      `<h1>Sign in</h1>
${error ? `<p class="Failed">${escape(error)}</p>` : ''}
<form method="post" action="/login"><label>API token (BERTH_API_TOKEN)
<input type="password" name="token" autocomplete="current-password" required></label>
<button type="submit">Sign in</button></form>`,
    ),
  );
}
