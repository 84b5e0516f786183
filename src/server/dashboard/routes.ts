// The dashboard's routes at `/` of `berth serve` (read-only; requests are already authorized).
import type http from 'node:http';
import { errorMessage } from '../../errors.js';
import type { StatusStore } from '../../reconcile/status.js';
import type { Resource } from '../../resources/types.generated.js';
import type { CommitReport } from '../../service/commit-reports.js';
import { commitPage, logsPage, notFoundPage, overviewPage, resourcePage } from './pages.js';

export interface DashboardData {
  status: StatusStore;
  /** the resources of the revision applied last (what each runs from) */
  resources(): readonly Resource[];
  /** what berth told a commit (a Git source) */
  commit(sha: string): CommitReport | undefined;
  /** a job run's output, its last attempt (of one step, for a pipeline run) */
  logs(job: string, run: string, step: string | undefined): Promise<string>;
}

const resourceRoute = /^\/resources\/(Deployment|Job)\/([a-z0-9-]+)$/;
const logsRoute = /^\/resources\/Job\/([a-z0-9-]+)\/runs\/([A-Za-z0-9-]+)\/logs$/;
const commitRoute = /^\/commits\/([0-9a-f]{7,64})$/;
/** output shown per run page: the end of it */
const maxOutput = 256 * 1024;

export function isDashboardPath(path: string): boolean {
  return path === '/' || path.startsWith('/resources/') || path.startsWith('/commits/');
}

/** Answers a dashboard page; false when the path is not one. */
export function handleDashboard(
  data: DashboardData,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): boolean {
  const url = new URL(req.url ?? '/', 'http://berth');
  const path = url.pathname;
  if (!isDashboardPath(path) || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  const send = (status: number, html: string) => {
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      'x-frame-options': 'DENY',
    });
    res.end(req.method === 'HEAD' ? undefined : html);
  };
  const key = (kind: string, name: string) => `${kind}/${name}`;
  const declared = (k: string) => data.resources().find((r) => key(r.kind, r.metadata.name) === k);
  if (path === '/') {
    send(200, overviewPage(data.status.revision(), data.status.all(), data.resources()));
    return true;
  }
  const resource = resourceRoute.exec(path);
  if (resource?.[1] && resource[2]) {
    const k = key(resource[1], resource[2]);
    const status = data.status.get(k);
    if (status) send(200, resourcePage(status, declared(k)));
    else send(404, notFoundPage(`berth has no resource ${k}`));
    return true;
  }
  const logs = logsRoute.exec(path);
  if (logs?.[1] && logs[2]) {
    const [job, run] = [logs[1], logs[2]];
    const summary = data.status.get(key('Job', job))?.job?.runs.find((r) => r.id === run);
    // A pipeline run shows the step asked for, or the one started last.
    const step =
      url.searchParams.get('step') ??
      summary?.steps
        ?.filter((s) => s.startedAt !== undefined)
        .sort((a, b) => (a.startedAt ?? '').localeCompare(b.startedAt ?? ''))
        .pop()?.name;
    data
      .logs(job, run, step)
      .then((output) => {
        send(200, logsPage(job, summary, run, output.slice(-maxOutput), step));
      })
      .catch((error: unknown) => {
        send(404, notFoundPage(errorMessage(error)));
      });
    return true;
  }
  const commit = commitRoute.exec(path);
  if (commit?.[1]) {
    const report = data.commit(commit[1]);
    if (report) send(200, commitPage(commit[1], report));
    else send(404, notFoundPage(`berth has not handled commit ${commit[1]}`));
    return true;
  }
  send(404, notFoundPage(`nothing at ${path}`));
  return true;
}
