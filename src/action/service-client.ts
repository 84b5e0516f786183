// The action's side of berth's HTTP API: a quick check that the service answers, JSON requests
// with the bearer token, and a commit followed as server-sent events to its end. Every failure is
// a ServiceError whose message names the address and what to do.
import { errorMessage } from '../errors.js';
import type { CommitStatus } from '../github/types.js';
import type { CommitReport } from '../service/commit-reports.js';
import { readEvents } from './events.js';

export class ServiceError extends Error {
  readonly code = 'SERVICE';
  override readonly name = 'ServiceError';
}

export interface ServiceClientOptions {
  url: string;
  token: string | undefined;
  fetch: typeof globalThis.fetch;
  /** how long the first answer may take before the service counts as down (default 5 s) */
  connectTimeoutMs?: number;
}

export interface JsonAnswer {
  status: number;
  body: Record<string, unknown>;
}

export interface ServiceClient {
  /** `GET /healthz` within the connect timeout: a service that does not answer fails fast */
  check(): Promise<void>;
  post(route: string, body: unknown, signal: AbortSignal): Promise<JsonAnswer>;
  /** follows `GET /api/v1/commits/<sha>/events` until `done`; answers the commit's report */
  follow(
    sha: string,
    signal: AbortSignal,
    onStatus: (status: CommitStatus) => void,
  ): Promise<CommitReport>;
}

export function createServiceClient(options: ServiceClientOptions): ServiceClient {
  const { url } = options;
  const headers: Record<string, string> = options.token
    ? { authorization: `Bearer ${options.token}` }
    : {};
  const unreachable = (error: unknown) =>
    new ServiceError(
      `berth at ${url} does not answer (${causeOf(error)}); check server-url and that berth serve runs there`,
    );
  const request = async (
    route: string,
    init: Omit<RequestInit, 'headers'> & { headers?: Record<string, string> },
  ): Promise<Response> => {
    try {
      return await options.fetch(`${url}${route}`, {
        ...init,
        headers: { ...headers, ...init.headers },
      });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw unreachable(error);
    }
  };
  const refused = async (res: Response, route: string): Promise<ServiceError> => {
    if (res.status === 401 || res.status === 403)
      return new ServiceError(
        `berth at ${url} refused the token (${res.status}); give the service's BERTH_API_TOKEN as the input token, from a secret`,
      );
    const body = await jsonOf(res);
    const said = typeof body.error === 'string' ? body.error : res.statusText;
    return new ServiceError(`berth at ${url} answered ${res.status} to ${route}: ${said}`);
  };

  return {
    async check() {
      const timeout = options.connectTimeoutMs ?? 5000;
      let res: Response;
      try {
        res = await options.fetch(`${url}/healthz`, { signal: AbortSignal.timeout(timeout) });
      } catch (error) {
        const why =
          error instanceof Error && error.name === 'TimeoutError'
            ? `no answer within ${timeout / 1000} s`
            : error;
        throw unreachable(why);
      }
      await res.body?.cancel();
      if (!res.ok)
        throw new ServiceError(`berth at ${url} is not healthy (${res.status} from /healthz)`);
    },
    async post(route, body, signal) {
      const res = await request(route, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal,
      });
      if (res.status === 401 || res.status === 403 || res.status >= 500)
        throw await refused(res, route);
      return { status: res.status, body: await jsonOf(res) };
    },
    async follow(sha, signal, onStatus) {
      const route = `/api/v1/commits/${sha}/events`;
      const res = await request(route, { headers: { accept: 'text/event-stream' }, signal });
      if (!res.ok || !res.body) throw await refused(res, route);
      for await (const event of readEvents(res.body)) {
        if (event.name === 'status') onStatus(JSON.parse(event.data) as CommitStatus);
        if (event.name === 'done') return JSON.parse(event.data) as CommitReport;
      }
      throw new ServiceError(
        `berth at ${url} closed the events of ${sha.slice(0, 7)} before the commit finished; see ${url}/api/v1/commits/${sha}`,
      );
    },
  };
}

async function jsonOf(res: Response): Promise<Record<string, unknown>> {
  const text = await res.text();
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return { error: text.slice(0, 200) };
  }
}

/** `ECONNREFUSED` or undici's reason rather than fetch's "fetch failed". */
function causeOf(error: unknown): string {
  const cause: unknown = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return typeof code === 'string' ? code : cause.message;
  }
  return errorMessage(error);
}
