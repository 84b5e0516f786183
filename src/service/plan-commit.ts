// Plans one commit of the resource repository against the live engine without applying it: read
// and validated like any commit, compared with what runs, updates listing the fields they change
// against the applied revision. Asked for through the API (a workflow's plan step); the pull
// request planner posts the same plan as the `berth/plan` status. Ownership is checked when the
// commit is pushed, not here: a plan changes nothing.
import { NotFoundError } from '../errors.js';
import type { GitRepository } from '../git/types.js';
import type { Reconciler } from '../reconcile/loop.js';
import type { Plan } from '../reconcile/plan.js';
import type { Problem } from '../resources/problem.js';
import type { AppliedRevision } from './applied-state.js';
import { withChanges } from './pull-requests.js';
import { readCommit } from './read-commit.js';
import type { RevisionLoad } from '../resources/load.js';

export type CommitPlan =
  { commit: string; plan: Plan } | { commit: string; refusal: string; problems: Problem[] };

export interface CommitPlanOptions {
  repository: GitRepository;
  branch: string;
  resourcePath: string;
  reconciler: Reconciler;
  /** how the resource folder is read: the compiled schemas and the size table */
  load: RevisionLoad;
  allowEmpty: boolean;
  applied: () => AppliedRevision | undefined;
}

export async function planCommit(
  options: CommitPlanOptions,
  commit: string,
  ref: string | undefined,
): Promise<CommitPlan> {
  const { repository } = options;
  if (!(await repository.hasCommit(commit))) {
    const branch = `refs/heads/${options.branch}`;
    const from = ref ?? branch;
    const head = from === branch ? await repository.fetchBranch() : await repository.fetchRef(from);
    if (!(await repository.hasCommit(commit)))
      throw new NotFoundError(
        `commit ${commit} is not in ${from} (its head is ${head.slice(0, 7)}); push it, or send the ref that holds it`,
      );
  }
  const read = await readCommit({
    repository,
    commit,
    resourcePath: options.resourcePath,
    load: options.load,
    allowEmpty: options.allowEmpty,
  });
  if (!read.resources)
    return { commit, refusal: read.refusal ?? 'cannot be applied', problems: read.problems };
  const plan = await options.reconciler.planFor({ id: commit, resources: read.resources });
  return {
    commit,
    plan: withChanges(plan, options.applied()?.resources ?? [], read.resources),
  };
}
