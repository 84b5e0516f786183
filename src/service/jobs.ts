// What the CLI (`berth run`, `berth logs`) and the HTTP API ask of Jobs outside a reconcile:
// start a manual run now, and find the unit whose output to show.
import { NotFoundError, UserError } from '../errors.js';
import { labelKeys, resourceKey } from '../engine/labels.js';
import type { ActionHooks, Engine, ObservedUnit } from '../engine/types.js';
import type { ResourceImages } from '../images/types.js';
import { desiredJob } from '../kinds/job/desired.js';
import { snapshotRequests } from '../kinds/workload-template.js';
import { prepareImages, startManualRun } from '../kinds/job/index.js';
import type { Resource } from '../resources/types.generated.js';
import type { RevisionSecrets } from '../secrets/types.js';

export interface JobControl {
  /** starts one run per combination (given parameters replace those of the grid) */
  startRun(
    resources: readonly Resource[],
    name: string,
    commit: string,
    params?: Record<string, readonly string[]>,
    /** the secrets the revision's resources use (none: a Job that uses any fails) */
    secrets?: RevisionSecrets,
  ): Promise<string[]>;
  /** the unit of a Job's run attempt (default: the newest run, its last attempt), or a replica */
  findUnit(
    name: string,
    select?: { run?: string; step?: string; attempt?: number },
  ): Promise<ObservedUnit>;
}

export function createJobControl(options: {
  engine: Engine;
  instance: string;
  now: () => number;
  record?: (key: string, message: string) => void;
  /** resolves a Job's git refs and builds its image (resources with git or packages need it) */
  images?: ResourceImages | undefined;
}): JobControl {
  const { engine, instance } = options;
  return {
    async startRun(resources, name, commit, params = {}, secrets?) {
      const resource = resources.find((r) => r.kind === 'Job' && r.metadata.name === name);
      if (resource?.kind !== 'Job') {
        const jobs = resources.filter((r) => r.kind === 'Job').map((r) => r.metadata.name);
        throw new NotFoundError(
          `no Job named ${name}; the Jobs are: ${jobs.length > 0 ? jobs.join(', ') : 'none'}`,
        );
      }
      // A manual run starts from what the Job's refs point at now, as a reconcile would.
      const requests = snapshotRequests(resource);
      const snapshots = requests.length > 0 ? await options.images?.resolve(requests) : undefined;
      const job = desiredJob(resource, { instance, commit, secrets, snapshots });
      if (job.unsupported) throw new UserError(job.unsupported);
      for (const param of Object.keys(params)) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(param))
          throw new UserError(`parameter name "${param}" must match ^[A-Za-z_][A-Za-z0-9_]*$`);
      }
      const prepared = new Map<string, Promise<void>>();
      const hooks: ActionHooks = {
        record: (message) => options.record?.(job.key, message),
        once: (what, run) => {
          const done = prepared.get(what) ?? run();
          prepared.set(what, done);
          return done;
        },
      };
      const imageFailure = await prepareImages(job, { images: options.images, hooks });
      if (imageFailure) throw new UserError(imageFailure.message);
      return startManualRun(job, engine, hooks, options.now(), params);
    },

    async findUnit(name, select = {}) {
      const observation = await engine.observe(instance);
      const workload =
        observation.workloads.get(resourceKey('Job', name)) ??
        observation.workloads.get(resourceKey('Deployment', name));
      if (!workload) throw new NotFoundError(`nothing named ${name} runs on this engine`);
      const units = [...workload.units].sort(
        (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
      );
      if (workload.kind === 'Deployment') {
        const replica = units.filter((u) => u.status === 'running').pop() ?? units.pop();
        if (!replica) throw new NotFoundError(`Deployment ${name} has no replica`);
        return replica;
      }
      const attempts = units.filter((u) => Number(u.labels[labelKeys.attempt] ?? 0) > 0);
      const runId =
        select.run ??
        [...attempts]
          .sort(
            (a, b) =>
              (a.labels[labelKeys.scheduledAt] ?? '').localeCompare(
                b.labels[labelKeys.scheduledAt] ?? '',
              ) || a.createdAt.getTime() - b.createdAt.getTime(),
          )
          .pop()?.labels[labelKeys.run];
      const ofRun = attempts.filter((u) => u.labels[labelKeys.run] === runId);
      if (ofRun.length === 0) {
        const runs = [...new Set(attempts.map((u) => u.labels[labelKeys.run] ?? ''))];
        throw new NotFoundError(
          `Job ${name} has no run ${runId ?? ''} with output; kept runs: ${runs.join(', ') || 'none'}`,
        );
      }
      // A pipeline run: one step's attempts (default: the step started last).
      const stepOf = (u: ObservedUnit) => u.labels[labelKeys.step];
      const step = select.step ?? stepOf(ofRun[ofRun.length - 1] as ObservedUnit);
      const ofStep = ofRun.filter((u) => stepOf(u) === step);
      if (ofStep.length === 0) {
        const steps = [...new Set(ofRun.map(stepOf).filter((s) => s !== undefined))];
        throw new NotFoundError(
          steps.length === 0
            ? `run ${runId ?? ''} of Job ${name} has no steps; leave out --step`
            : `run ${runId ?? ''} of Job ${name} has no step ${select.step ?? ''} with output; steps with output: ${steps.join(', ')}`,
        );
      }
      const byAttempt = ofStep.sort(
        (a, b) => Number(a.labels[labelKeys.attempt]) - Number(b.labels[labelKeys.attempt]),
      );
      if (select.attempt === undefined) return byAttempt[byAttempt.length - 1] as ObservedUnit;
      const unit = byAttempt.find((u) => Number(u.labels[labelKeys.attempt]) === select.attempt);
      if (!unit)
        throw new NotFoundError(
          `${step === undefined ? '' : `step ${step} of `}run ${runId ?? ''} of Job ${name} has attempts 1 to ${byAttempt.length}, not ${select.attempt}`,
        );
      return unit;
    },
  };
}
