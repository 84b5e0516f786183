// The GitOps routes of /api/v1 (SPEC §6.2): ask for a reconcile of a commit and follow it to its
// end as server-sent events (what a deploy step uses), a commit's statuses, and pull request
// plans. Requests are already authorized.
import type http from 'node:http';
import { NotFoundError, UserError, errorMessage } from '../errors.js';
import type { CommitReports } from '../service/commit-reports.js';
import type { PlannedPullRequest } from '../service/pull-requests.js';
import { renderPlanJson, renderPlanMarkdown } from '../reconcile/render-plan.js';

export interface GitOpsApi {
  /** fetches the branch and applies its head; answers the commit the follower should watch */
  reconcile(commit: string | undefined): Promise<{ commit: string }>;
  reports: CommitReports;
  plan(sha: string): PlannedPullRequest | undefined;
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
  if (path === '/api/v1/reconcile') {
    if (req.method !== 'POST') return reply(res, 405, { error: 'ask for a reconcile with POST' });
    readJson(req)
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

function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) {
        reject(new UserError('the request body is too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8').trim();
      if (text === '') {
        resolve({});
        return;
      }
      try {
        const parsed: unknown = JSON.parse(text);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
          resolve(parsed as Record<string, unknown>);
        else reject(new UserError('send a JSON object such as {"commit": "<sha>"}'));
      } catch {
        reject(new UserError('the body is not JSON; send {"commit": "<sha>"}'));
      }
    });
    req.on('error', reject);
  });
}

function fail(res: http.ServerResponse, error: unknown): void {
  const status = error instanceof NotFoundError ? 404 : error instanceof UserError ? 400 : 500;
  reply(res, status, { error: errorMessage(error) });
}

function reply(res: http.ServerResponse, status: number, body: unknown): true {
  if (res.headersSent) {
    res.end();
    return true;
  }
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(`${JSON.stringify(body, null, 2)}\n`);
  return true;
}
