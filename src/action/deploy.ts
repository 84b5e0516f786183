// `command: deploy`: asks berth to reconcile the workflow's commit (`POST /api/v1/reconcile`),
// follows it to its end (`GET /api/v1/commits/<sha>/events`) with a line per resource status, and
// fails the step when a resource fails or the timeout passes. The follow starts before the request
// so no status is missed; the step never ends before berth has told the commit's outcome.
import type { CommitStatus } from '../github/types.js';
import type { CommitReport } from '../service/commit-reports.js';
import type { ActionInputs } from './inputs.js';
import { requireSha } from './plan.js';
import type { Runner } from './runner.js';
import { ServiceError, type ServiceClient } from './service-client.js';

const marks: Record<CommitStatus['state'], string> = {
  pending: '…',
  success: '✓',
  failure: '✗',
  error: '✗',
};

export async function deployStep(
  runner: Runner,
  inputs: ActionInputs,
  client: ServiceClient,
): Promise<number> {
  const sha = requireSha(runner);
  const short = sha.slice(0, 7);
  await client.check();
  runner.log(`berth: deploying ${short} through ${inputs.serverUrl ?? ''}`);
  const deadline = AbortSignal.timeout(inputs.timeoutMs);
  const onStatus = (status: CommitStatus) => {
    runner.log(`${marks[status.state]} ${status.context}: ${status.state}: ${status.description}`);
  };
  let report: CommitReport;
  try {
    report = await reconcileAndFollow(client, sha, deadline, onStatus);
  } catch (error) {
    if (!deadline.aborted) throw error;
    const message = `${short} did not finish within ${inputs.timeoutMs / 1000} s; berth goes on with it: see ${inputs.serverUrl ?? ''}/api/v1/commits/${sha}`;
    runner.error(message, { title: 'berth deploy timed out' });
    await runner.setOutput('result', 'timeout');
    await runner.summary(`### berth deploy: timed out\n\n${message}\n`);
    return 1;
  }
  return finish(runner, report);
}

async function reconcileAndFollow(
  client: ServiceClient,
  sha: string,
  deadline: AbortSignal,
  onStatus: (status: CommitStatus) => void,
): Promise<CommitReport> {
  const stop = new AbortController();
  const signal = AbortSignal.any([deadline, stop.signal]);
  const following = client.follow(sha, signal, onStatus);
  // Whichever fails first ends both: a refused request leaves nothing to follow.
  const asking = client.post('/api/v1/reconcile', { commit: sha }, signal).then((answer) => {
    if (answer.status === 202) return answer;
    const said =
      typeof answer.body.error === 'string' ? answer.body.error : `status ${answer.status}`;
    throw new ServiceError(`berth refused to deploy ${sha.slice(0, 7)}: ${said}`);
  });
  try {
    const [answer, report] = await Promise.all([
      asking.catch((error: unknown) => {
        stop.abort();
        throw error;
      }),
      following,
    ]);
    const commit = answer.body.commit;
    if (typeof commit === 'string' && commit !== sha)
      return await client.follow(commit, deadline, onStatus);
    return report;
  } finally {
    stop.abort();
  }
}

async function finish(runner: Runner, report: CommitReport): Promise<number> {
  const [aggregate, ...resources] = orderAggregateFirst(report);
  const failed = report.statuses.filter(
    (s) => (s === aggregate || resources.includes(s)) && s.state !== 'success',
  );
  for (const status of failed.filter((s) => s !== aggregate))
    runner.error(`${status.context}: ${status.description}`, { title: 'berth deploy failed' });
  const ok = failed.length === 0;
  const described = aggregate?.description ?? 'no outcome';
  if (!ok) runner.error(described, { title: 'berth deploy failed' });
  else runner.log(`berth: ${described}`);
  const rows = resources.map(
    (s) =>
      `| ${marks[s.state]} | \`${s.context}\` | ${s.state} | ${s.description.replaceAll('|', '\\|')} |`,
  );
  const table =
    rows.length > 0 ? `\n| | resource | state | |\n|---|---|---|---|\n${rows.join('\n')}\n` : '';
  await runner.summary(
    `### berth deploy \`${report.sha.slice(0, 7)}\`: ${aggregate?.state ?? 'unknown'}\n\n${described}\n${table}`,
  );
  await runner.setOutput('result', ok ? 'success' : 'failure');
  await runner.setOutput('summary', described);
  await runner.setOutput('commit', report.sha);
  return ok ? 0 : 1;
}

/**
 * The aggregate status (the context every other one extends: `berth`), then each resource's
 * (`berth/deployment/api`); a pull request's `berth/plan` on the same commit is not the deploy's.
 */
function orderAggregateFirst(report: CommitReport): CommitStatus[] {
  const { statuses } = report;
  const aggregate = statuses.find((s) =>
    statuses.every((other) => other === s || other.context.startsWith(`${s.context}/`)),
  );
  if (!aggregate) return statuses;
  const resources = statuses.filter(
    (s) => s !== aggregate && s.context !== `${aggregate.context}/plan`,
  );
  return [aggregate, ...resources];
}
