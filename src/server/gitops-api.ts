// The GitOps routes of /api/v1 (SPEC §6.2): ask for a reconcile of a commit and follow it to its
// end as server-sent events (what a deploy step uses), a commit's statuses, pull request
// plans, and planning any commit (plans-api.ts). Requests are already authorized.
import type http from 'node:http';
import type { CommitReports } from '../service/commit-reports.js';
import type { PlannedPullRequest } from '../service/pull-requests.js';
import { renderPlanJson, renderPlanMarkdown } from '../reconcile/render-plan.js';
import { fail, readJson, reply } from './json-io.js';
import { handlePlanRequest, type CommitPlanner } from './plans-api.js';

export interface GitOpsApi {
  /** fetches the branch and applies its head; answers the commit the follower should watch */
  reconcile(commit: string | undefined): Promise<{ commit: string }>;
  reports: CommitReports;
  plan(sha: string): PlannedPullRequest | undefined;
  /** plans a commit of the repository against the live engine (`POST /api/v1/plans`) */
  planCommit: CommitPlanner;
}

const commitRoute = /^\/api\/v1\/commits\/([0-9a-f]{7,64})(\/events)?$/;
const planRoute = /^(\/api\/v1)?\/plans\/([0-9a-f]{7,64})$/;
const maxBody = 16 * 1024;

/** Handles a GitOps route; returns false when the path is not one. */
export function handleGitOpsRoute(
  api: GitOpsApi,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): boolean {
  const path = new URL(req.url ?? '/', 'http://berth').pathname;
  if (path === '/api/v1/plans') return handlePlanRequest(api.planCommit, req, res);
  if (path === '/api/v1/reconcile') {
    if (req.method !== 'POST') return reply(res, 405, { error: 'ask for a reconcile with POST' });
    readJson(req, maxBody, '{"commit": "<sha>"}')
      .then(async (body) => {
        const commit = typeof body.commit === 'string' ? body.commit : undefined;
        const asked = await api.reconcile(commit);
        reply(res, 202, { commit: asked.commit, follow: `/api/v1/commits/${asked.commit}/events` });
      })
      .catch((error: unknown) => {
        fail(res, error);
      });
    return true;
  }
  const commit = commitRoute.exec(path);
  if (commit?.[1]) {
    if (req.method !== 'GET') return reply(res, 405, { error: 'commits are read with GET' });
    if (commit[2]) follow(api.reports, commit[1], req, res);
    else {
      const report = api.reports.get(commit[1]);
      if (report) reply(res, 200, report);
      else reply(res, 404, { error: `berth has not handled commit ${commit[1]}` });
    }
    return true;
  }
  const plan = planRoute.exec(path);
  if (plan?.[2]) {
    const found = api.plan(plan[2]);
    if (!found) return reply(res, 404, { error: `no plan of commit ${plan[2]}` });
    if (plan[1]) return reply(res, 200, JSON.parse(renderPlanJson(found.plan)) as unknown);
    res.writeHead(200, { 'content-type': 'text/markdown; charset=utf-8' });
    res.end(
      `Pull request #${found.number} by ${found.author}, commit ${found.sha}\n\n${renderPlanMarkdown(found.plan)}`,
    );
    return true;
  }
  return false;
}

/** Server-sent events: every status of the commit, then `done` with the whole report. */
function follow(
  reports: CommitReports,
  sha: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  const send = (event: string, data: unknown) => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  const stop = reports.follow(sha, {
    onStatus: (status) => {
      send('status', status);
    },
    onDone: (report) => {
      send('done', report);
      res.end();
    },
  });
  req.once('close', stop);
  res.once('close', stop);
}
