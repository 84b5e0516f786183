import { describe, expect, it } from 'vitest';
import {
  berthCredential,
  downstreamResponseHeaders,
  scopeCookie,
  sessionOf,
  upstreamRequestHeaders,
} from './headers.js';

describe('headers across the gateway', () => {
  it("drops hop-by-hop headers, the ones Connection names, Proxy-Connection, berth's credentials and made-up forwarding headers", () => {
    const headers = upstreamRequestHeaders(
      {
        host: 'api.apps.test',
        connection: 'keep-alive, X-Secret-Hop',
        'x-secret-hop': 'drop me',
        'proxy-connection': 'keep-alive',
        'keep-alive': 'timeout=5',
        'transfer-encoding': 'chunked',
        'x-forwarded-host': 'evil.example',
        forwarded: 'host=evil.example',
        authorization: 'token berth_abc',
        cookie: 'app=1; berth_gateway=abc.def; berth_session=xyz; theme=dark',
        accept: 'text/html',
      },
      false,
    );
    expect(headers).toEqual({
      host: 'api.apps.test',
      cookie: 'app=1; theme=dark',
      accept: 'text/html',
    });
  });

  it("passes an Authorization header of the deployment's own scheme", () => {
    expect(upstreamRequestHeaders({ authorization: 'Bearer app-jwt' }, false)).toEqual({
      authorization: 'Bearer app-jwt',
    });
  });

  it('keeps the WebSocket handshake on an upgrade', () => {
    expect(
      upstreamRequestHeaders(
        { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-key': 'k' },
        true,
      ),
    ).toEqual({ connection: 'upgrade', upgrade: 'websocket', 'sec-websocket-key': 'k' });
  });

  it('drops hop-by-hop headers and the ones Connection names from answers', () => {
    expect(
      downstreamResponseHeaders(
        {
          connection: 'close, x-internal',
          'x-internal': '1',
          'keep-alive': 'x',
          'content-type': 'text/plain',
        },
        '',
        false,
      ),
    ).toEqual({ 'content-type': 'text/plain' });
  });

  it.each([
    [
      'its own origin: no parent domain',
      'app=1; Path=/; Domain=apps.test; HttpOnly',
      '',
      'app=1; HttpOnly; Path=/',
    ],
    [
      'the shared origin: below /d/<name>/',
      'app=1; Path=/; Domain=127.0.0.1',
      '/d/api',
      'app=1; Path=/d/api/',
    ],
    [
      'the shared origin, a sub-path',
      'app=1; path=/ui; Secure',
      '/d/api',
      'app=1; Secure; Path=/d/api/ui',
    ],
    ['the shared origin, no path', 'app=1', '/d/api', 'app=1; Path=/d/api/'],
  ])("scopes a deployment's cookie to %s", (_what, cookie, prefix, scoped) => {
    expect(scopeCookie(cookie, prefix)).toBe(scoped);
  });

  it("never lets a deployment set berth's cookies", () => {
    expect(scopeCookie('berth_gateway=forged; Path=/', '')).toBeUndefined();
    expect(scopeCookie('berth_session=forged; Path=/', '/d/api')).toBeUndefined();
  });

  it("reads berth's token from Authorization and its session from Cookie", () => {
    expect(berthCredential('token berth_x')).toBe('berth_x');
    expect(berthCredential('Bearer berth_x')).toBe('berth_x');
    expect(berthCredential('Bearer app-jwt')).toBeUndefined();
    expect(sessionOf('a=1; berth_gateway=h.m')).toBe('h.m');
  });
});
