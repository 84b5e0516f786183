// `command: plan`: the plan as a markdown table in the job summary and as outputs. With
// `server-url`, berth plans the workflow's commit against its live engine (`POST /api/v1/plans`),
// the plan apply would run; without, the files alone are planned: nothing is known to run, so
// every resource is a create, and the summary says so.
import { UserError } from '../errors.js';
import { assemblePlan, type Plan } from '../reconcile/plan.js';
import { planSummary, renderPlanJson, renderPlanMarkdown } from '../reconcile/render-plan.js';
import type { LoadedResource } from '../resources/load.js';
import type { ActionInputs } from './inputs.js';
import type { Runner } from './runner.js';
import type { ServiceClient } from './service-client.js';
import { checkFiles } from './validate.js';

/** the kinds berth runs; Groups only say who may change what */
const runKinds = new Set(['Deployment', 'Job']);

export async function planStep(
  runner: Runner,
  inputs: ActionInputs,
  client: ServiceClient | undefined,
): Promise<number> {
  let plan: Plan;
  let note: string;
  if (client && inputs.serverUrl) {
    const commit = requireSha(runner);
    await client.check();
    const answer = await client.post(
      '/api/v1/plans',
      { commit, ref: fetchableRef(runner.env.GITHUB_REF) },
      AbortSignal.timeout(inputs.timeoutMs),
    );
    if (answer.status !== 200) {
      const said =
        typeof answer.body.error === 'string' ? answer.body.error : `status ${answer.status}`;
      runner.error(`berth cannot plan ${commit.slice(0, 7)}: ${said}`, { title: 'berth plan' });
      await runner.setOutput('result', 'failure');
      await runner.summary(`### berth plan: cannot plan \`${commit.slice(0, 7)}\`\n\n${said}\n`);
      return 1;
    }
    plan = answer.body.plan as Plan;
    note = `Planned against the live engine of ${inputs.serverUrl}, commit \`${commit.slice(0, 7)}\`.`;
  } else {
    const revision = await checkFiles(runner, inputs);
    if (revision.problems.length > 0) {
      await runner.setOutput('result', 'failure');
      await runner.summary(
        `### berth plan: the files have problems\n\nSee the annotations; \`berth validate\` lists them too.\n`,
      );
      return 1;
    }
    plan = filesOnlyPlan(revision.resources);
    note =
      'No `server-url`: planned against the files alone, so every resource shows as a create. Give `server-url` to compare with what runs.';
  }
  const markdown = `${renderPlanMarkdown(plan)}\n${note}\n`;
  runner.log(`berth plan: ${planSummary(plan)}`);
  await runner.summary(markdown);
  await runner.setOutput('plan', markdown.trimEnd());
  await runner.setOutput('plan-json', renderPlanJson(plan).trimEnd());
  await runner.setOutput('summary', planSummary(plan));
  await runner.setOutput('has-changes', String(plan.hasChanges));
  const failed = plan.summary.error > 0;
  await runner.setOutput('result', failed ? 'failure' : 'success');
  for (const action of plan.actions.filter((a) => a.type === 'error'))
    runner.error(`${action.key}: ${action.reason}`, { title: 'berth plan' });
  return failed ? 1 : 0;
}

export function filesOnlyPlan(resources: readonly LoadedResource[]): Plan {
  const actions = resources
    .map((r) => r.resource)
    .filter((r) => runKinds.has(r.kind))
    .map((r) => ({
      type: 'create' as const,
      key: `${r.kind}/${r.metadata.name}`,
      kind: r.kind,
      name: r.metadata.name,
      reason: 'planned against the files alone',
    }));
  return assemblePlan('files', actions);
}

/** The workflow's ref when berth can fetch it (a branch, a pull request's head or merge). */
function fetchableRef(ref: string | undefined): string | undefined {
  return ref && /^refs\/(heads\/|pull\/\d+\/(head|merge)$)/.test(ref) ? ref : undefined;
}

export function requireSha(runner: Runner): string {
  const sha = runner.env.GITHUB_SHA ?? '';
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
    throw new UserError(`GITHUB_SHA is "${sha}", not a commit id; run the action in a workflow`);
  return sha;
}
