// A resource's status in the words of a commit status (SPEC §6.3): success for a Deployment ready
// with its replica count, a Job run that succeeded or a schedule with its next run; failure with
// the diagnosis; pending while it converges.
import type { CommitState } from '../github/types.js';
import type { Problem } from '../resources/problem.js';
import type { ResourceState, ResourceStatus } from '../reconcile/status.js';

export interface Told {
  state: CommitState;
  description: string;
}

const settledStates = new Set<ResourceState>([
  'Ready',
  'Failed',
  'Succeeded',
  'Scheduled',
  'Suspended',
]);

/** Whether a resource's status is one a commit status can end with. */
export function isSettled(status: ResourceStatus | undefined): boolean {
  return status === undefined || settledStates.has(status.state);
}

/** The commit status of one resource; undefined status: the resource was deleted. */
export function tellResource(status: ResourceStatus | undefined): Told {
  if (!status) return { state: 'success', description: 'deleted' };
  switch (status.state) {
    case 'Ready': {
      const replicas = status.replicas;
      return {
        state: 'success',
        description: replicas ? `ready: ${replicas.ready}/${replicas.desired} replicas` : 'ready',
      };
    }
    case 'Succeeded': {
      const run = status.job?.runs[0];
      const took = run?.durationMs === undefined ? '' : ` in ${formatSeconds(run.durationMs)}`;
      return { state: 'success', description: `run ${run?.id ?? ''} succeeded${took}`.trim() };
    }
    case 'Scheduled': {
      const next = status.job?.nextRunAt;
      return { state: 'success', description: next ? `scheduled; next run ${next}` : 'scheduled' };
    }
    case 'Suspended':
      return { state: 'success', description: 'suspended: no run is started' };
    case 'Failed':
      return { state: 'failure', description: status.message || (status.reason ?? 'failed') };
    default:
      return { state: 'pending', description: status.message || 'applying' };
  }
}

/** `resources/api.yaml:7:3: message (and 2 more problems)` */
export function tellProblems(problems: readonly Problem[], prefix: string): string {
  const [first] = problems;
  if (!first) return 'invalid';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  const file = prefix ? `${prefix}/${first.file}` : first.file;
  return `${file}:${first.line}:${first.col}: ${first.message}${more}`;
}

/** The status context of one resource: `berth/deployment/churn-api`. */
export function resourceContext(prefix: string, key: string): string {
  const [kind = '', name = ''] = key.split('/');
  return `${prefix}/${kind.toLowerCase()}/${name}`;
}

function formatSeconds(ms: number): string {
  return ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`;
}
