// A local GitHub-compatible HTTP endpoint for the real Octokit: commit statuses, commits, and a
// GitHub App's installation and installation tokens (App JWTs verified against the test's public
// key). It records every request and can go down (503, any status, or cut connections) and up.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { verify, type KeyObject } from 'node:crypto';

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
  /** the status answered, or `refused` when the connection was cut */
  answer: number | 'refused';
}

export interface RecordedStatus {
  sha: string;
  state: string;
  context: string;
  description: string;
  target_url?: string;
  authorization: string | undefined;
}

export interface GitHubEndpointOptions {
  /** the App whose JWTs are accepted */
  appId?: string;
  publicKey?: KeyObject;
  /** the time installation tokens are issued and checked by (a test's manual clock) */
  now?: () => number;
  /** life of the installation tokens issued (default one hour) */
  tokenLifetimeMs?: number;
}

export interface GitHubEndpoint {
  url: string;
  requests(): RecordedRequest[];
  /** statuses GitHub took (answered 201), in order */
  statuses(): RecordedStatus[];
  /** sha → login of the commit's author */
  authors: Map<string, string>;
  /** answer statuses of this context with `status` from now on */
  rejectContext(context: string, status: number): void;
  setTokenLifetime(ms: number): void;
  down(status?: number | 'refuse'): void;
  up(): void;
  close(): Promise<void>;
}

export const installationId = 42;

export async function startGitHubEndpoint(
  options: GitHubEndpointOptions = {},
): Promise<GitHubEndpoint> {
  const now = options.now ?? (() => Date.now());
  let tokenLifetimeMs = options.tokenLifetimeMs ?? 60 * 60_000;
  const recorded: RecordedRequest[] = [];
  const delivered: RecordedStatus[] = [];
  const authors = new Map<string, string>();
  const rejected = new Map<string, number>();
  const issued = new Map<string, number>(); // installation token → expires at
  const sockets = new Set<Socket>();
  let outage: number | 'refuse' | undefined;

  const server = createServer((request, response) => {
    void readBody(request).then(
      (body) => {
        const record: RecordedRequest = {
          method: request.method ?? '',
          path: (request.url ?? '').split('?')[0] ?? '',
          authorization: request.headers.authorization,
          body,
          answer: 'refused',
        };
        recorded.push(record);
        if (outage === 'refuse') {
          request.socket.destroy();
          return;
        }
        const [status, payload, headers] =
          outage !== undefined ? outageAnswer(outage) : route(record);
        record.answer = status;
        if (status === 201 && record.path.includes('/statuses/')) delivered.push(statusOf(record));
        send(response, status, payload, headers);
      },
      (error: unknown) => {
        response.destroy(error instanceof Error ? error : undefined);
      },
    );
  });
  server.on('connection', (socket) => {
    if (outage === 'refuse') socket.destroy();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function outageAnswer(status: number): Answer {
    if (status === 403) {
      const reset = String(Math.ceil(now() / 1000) + 60);
      return [
        403,
        { message: 'API rate limit exceeded' },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      ];
    }
    if (status === 429) return [429, { message: 'secondary rate limit' }, { 'retry-after': '30' }];
    return [status, { message: 'unavailable' }, {}];
  }

  function route(record: RecordedRequest): Answer {
    const { method, path, authorization } = record;
    let match: RegExpExecArray | null;
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/installation$/.test(path)) {
      return appAuthorized(authorization) ? [200, { id: installationId }] : badCredentials();
    }
    if (method === 'POST' && path === `/app/installations/${installationId}/access_tokens`) {
      if (!appAuthorized(authorization)) return badCredentials();
      const token = `ghs_${issued.size + 1}`;
      const expiresAt = now() + tokenLifetimeMs;
      issued.set(token, expiresAt);
      return [
        201,
        {
          token,
          expires_at: new Date(expiresAt).toISOString(),
          permissions: { statuses: 'write' },
        },
      ];
    }
    if (!tokenAuthorized(authorization)) return badCredentials();
    if (
      method === 'POST' &&
      (match = /^\/repos\/[^/]+\/[^/]+\/statuses\/([0-9a-f]+)$/.exec(path))
    ) {
      const body = isRecord(record.body) ? record.body : {};
      const rejection = typeof body.context === 'string' ? rejected.get(body.context) : undefined;
      if (rejection !== undefined) return [rejection, { message: 'Validation Failed' }];
      return [201, { id: recorded.length, url: `/statuses/${match[1] ?? ''}`, ...body }];
    }
    if (method === 'GET' && (match = /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]+)$/.exec(path))) {
      const sha = match[1] ?? '';
      const login = authors.get(sha);
      return [
        200,
        { sha, author: login === undefined ? null : { login, id: 1, type: 'User' }, files: [] },
      ];
    }
    return [404, { message: 'Not Found' }];
  }

  function appAuthorized(authorization: string | undefined): boolean {
    const [scheme, jwt] = (authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !jwt || !options.publicKey || !options.appId)
      return false;
    const claims = verifyJwt(jwt, options.publicKey);
    return claims !== undefined && String(claims.iss) === options.appId;
  }

  function tokenAuthorized(authorization: string | undefined): boolean {
    const [scheme, token] = (authorization ?? '').split(' ');
    if (!scheme || !token) return false;
    const expiresAt = issued.get(token);
    return expiresAt === undefined || now() < expiresAt;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => [...recorded],
    statuses: () => [...delivered],
    authors,
    rejectContext: (context, status) => rejected.set(context, status),
    setTokenLifetime: (ms) => {
      tokenLifetimeMs = ms;
    },
    down: (status = 503) => {
      outage = status;
      if (status === 'refuse') for (const socket of sockets) socket.destroy();
    },
    up: () => {
      outage = undefined;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

type Answer = [number, unknown, Record<string, string>?];

function badCredentials(): Answer {
  return [401, { message: 'Bad credentials' }];
}

/** The claims of an RS256 JWT whose signature `publicKey` verifies and that has not expired (wall clock). */
export function verifyJwt(jwt: string, publicKey: KeyObject): Record<string, unknown> | undefined {
  const [header, payload, signature] = jwt.split('.');
  if (!header || !payload || !signature) return undefined;
  const alg: unknown = (
    JSON.parse(Buffer.from(header, 'base64url').toString()) as Record<string, unknown>
  ).alg;
  if (alg !== 'RS256') return undefined;
  const signed = verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    publicKey,
    Buffer.from(signature, 'base64url'),
  );
  if (!signed) return undefined;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
    string,
    unknown
  >;
  return typeof claims.exp === 'number' && claims.exp * 1000 > Date.now() ? claims : undefined;
}

function statusOf(record: RecordedRequest): RecordedStatus {
  const body = isRecord(record.body) ? record.body : {};
  const text = (name: string) => (typeof body[name] === 'string' ? body[name] : '');
  return {
    sha: record.path.split('/').pop() ?? '',
    state: text('state'),
    context: text('context'),
    description: text('description'),
    ...(typeof body.target_url === 'string' && { target_url: body.target_url }),
    authorization: record.authorization,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function send(
  response: ServerResponse,
  status: number,
  payload: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(payload));
}
