// `POST /api/v1/plans {commit, ref}` (SPEC §6.2, §6.5): plans a commit of the resource repository
// against the live engine, the plan apply would run, without applying anything. What a workflow's
// plan step shows. Requests are already authorized.
import type http from 'node:http';
import { UserError } from '../errors.js';
import type { CommitPlan } from '../service/plan-commit.js';
import { fail, readJson, reply } from './json-io.js';

/** plans a commit, fetching `ref` first when berth does not hold the commit yet */
export type CommitPlanner = (commit: string, ref: string | undefined) => Promise<CommitPlan>;

const sha = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;
/** the refs a workflow runs on: a branch, a pull request's head or merge */
const allowedRef = /^refs\/(heads\/[A-Za-z0-9._/-]{1,200}|pull\/[0-9]{1,9}\/(head|merge))$/;
const example = '{"commit": "<sha>", "ref": "refs/pull/7/merge"}';

export function handlePlanRequest(
  planCommit: CommitPlanner,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): true {
  if (req.method !== 'POST')
    return reply(res, 405, { error: `ask for a plan with POST ${example}` });
  readJson(req, 16 * 1024, example)
    .then(async (body) => {
      const { commit, ref } = body;
      if (typeof commit !== 'string' || !sha.test(commit))
        throw new UserError(`"commit" must be a full commit id; send ${example}`);
      if (
        ref !== undefined &&
        (typeof ref !== 'string' || !allowedRef.test(ref) || ref.includes('..'))
      )
        throw new UserError('"ref" must be refs/heads/<branch> or refs/pull/<n>/head|merge');
      const planned = await planCommit(commit, ref);
      if ('refusal' in planned)
        reply(res, 422, {
          commit: planned.commit,
          error: planned.refusal,
          problems: planned.problems,
        });
      else reply(res, 200, planned);
    })
    .catch((error: unknown) => {
      fail(res, error);
    });
  return true;
}
