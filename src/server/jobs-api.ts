// The Job routes of /api/v1 (SPEC §6.2): a Job's runs (with their steps), a run's output
// (?step=NAME for a pipeline step, ?attempt=N, streamed with ?follow=1), and POST to start a run now. Requests are already authorized.
import type http from 'node:http';
import { UserError } from '../errors.js';
import { fail, readJson, reply } from './json-io.js';
import type { StatusStore } from '../reconcile/status.js';

export interface JobsApi {
  /** starts a run now; given parameters replace those of the grid; returns the run ids */
  start(name: string, params: Record<string, readonly string[]>): Promise<string[]>;
  /** writes a run attempt's output (the newest run and its last attempt by default) */
  logs(
    name: string,
    select: { run?: string; step?: string; attempt?: number },
    follow: boolean,
    write: (text: string) => void,
    signal: AbortSignal,
  ): Promise<void>;
}

const route = /^\/api\/v1\/resources\/Job\/([a-z0-9-]+)\/runs(?:\/([A-Za-z0-9-]+)\/logs)?$/;
const maxBody = 64 * 1024;

/** Handles a Job route; returns false when the path is not one. */
export function handleJobRoute(
  jobs: JobsApi,
  statuses: StatusStore,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): boolean {
  const url = new URL(req.url ?? '/', 'http://berth');
  const match = route.exec(url.pathname);
  if (!match?.[1]) return false;
  const name = match[1];
  const run = match[2];
  const answer = (status: number, body: unknown) => reply(res, status, body);
  const failed = (error: unknown) => {
    fail(res, error);
  };
  if (run !== undefined) {
    if (req.method !== 'GET') return (answer(405, { error: 'logs are read with GET' }), true);
    const attempt = url.searchParams.get('attempt');
    const step = url.searchParams.get('step');
    const abort = new AbortController();
    res.once('close', () => {
      abort.abort();
    });
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    jobs
      .logs(
        name,
        { run, ...(step ? { step } : {}), ...(attempt ? { attempt: Number(attempt) } : {}) },
        url.searchParams.get('follow') === '1',
        (text) => res.write(text),
        abort.signal,
      )
      .then(() => res.end(), failed);
    return true;
  }
  if (req.method === 'GET') {
    const status = statuses.get(`Job/${name}`);
    if (!status) answer(404, { error: `no Job named ${name}` });
    else answer(200, { runs: status.job?.runs ?? [], nextRunAt: status.job?.nextRunAt });
    return true;
  }
  if (req.method !== 'POST') return (answer(405, { error: 'use GET or POST' }), true);
  if (!(req.headers['content-type'] ?? 'application/json').startsWith('application/json')) {
    answer(415, { error: 'send the body as application/json: {"params": {"name": ["value"]}}' });
    return true;
  }
  readJson(req, maxBody, '{"params": {"name": ["value"]}}')
    .then((body) => jobs.start(name, paramsOf(body)))
    .then((runs) => {
      answer(202, { runs });
    }, failed);
  return true;
}

function paramsOf(body: Record<string, unknown>): Record<string, string[]> {
  const params: unknown = 'params' in body ? body.params : {};
  if (typeof params !== 'object' || params === null || Array.isArray(params))
    throw new UserError('params must be an object of name → list of values');
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(params as Record<string, unknown>)) {
    const values = Array.isArray(value) ? value : [value];
    if (!values.every((v) => ['string', 'number', 'boolean'].includes(typeof v)))
      throw new UserError(`parameter ${key} takes strings, numbers or booleans`);
    out[key] = values.map(String);
  }
  return out;
}
