// A Deployment on Swarm: berth writes the service (only when it differs from what berth wants)
// and Swarm rolls it, start-first, rolling back when new tasks fail. berth follows the tasks: a
// task of the new spec that runs joins the gateway; old ones leave it as soon as a new one serves
// (Swarm stops them right after); a task that crashed gives the same diagnosis as on one engine.
import type Docker from 'dockerode';
import type { Clock } from '../../clock.js';
import type { Logger } from '../../log.js';
import { byTimestamp, demultiplex } from '../docker/output.js';
import { probeHttp, probeTcp } from '../docker/probe.js';
import type {
  ActionHooks,
  DeploymentResult,
  DeploymentWorkload,
  EndpointSink,
  ReadinessSpec,
} from '../types.js';
import { writtenLabel } from './service-spec.js';
import { failedBySwarm, refusalOf, type SwarmTask, tasksOfSpec } from './tasks.js';

export interface SwarmRolloutContext {
  docker: Docker;
  endpoints: EndpointSink;
  clock: Clock;
  log: Logger;
  /** time a task may take to be scheduled and to start, beyond the readiness budget */
  startAllowanceMs: number;
  /** where berth reaches each task, by task ID */
  addresses: (tasks: readonly SwarmTask[]) => Promise<Map<string, string>>;
}

const logLines = 5;

interface ServiceInspect {
  UpdatedAt: string;
  UpdateStatus?: { State?: string; Message?: string };
  Spec: { Labels?: Record<string, string> };
}

/**
 * Follows the service's tasks until its replicas of `workload.specHash` run, or it fails.
 * `written` is the digest of the spec berth wants (`berth.written`): a rollback that put another
 * spec back fails the rollout.
 */
export async function followRollout(
  workload: DeploymentWorkload,
  service: { id: string; written: string | undefined },
  ctx: SwarmRolloutContext,
  hooks: ActionHooks,
): Promise<DeploymentResult> {
  const serviceId = service.id;
  const inspect = async () => (await ctx.docker.getService(serviceId).inspect()) as ServiceInspect;
  // The tasks judged are those Swarm made since the spec was last written, read once: Swarm's
  // own update progress (started, rolled back) moves `UpdatedAt` again, after the tasks it judges.
  const since = (await inspect()).UpdatedAt;
  const { readiness } = workload;
  const budget =
    readiness.initialDelayMs +
    readiness.failureThreshold * readiness.periodMs +
    ctx.startAllowanceMs;
  const deadline = ctx.clock.now() + budget;
  let pause = 100;
  for (;;) {
    const now = await inspect();
    const tasks = (await ctx.docker.listTasks({
      filters: { service: [serviceId] },
    })) as SwarmTask[];
    // A task Swarm ended before it ran is neither a crash nor a refusal: Swarm starts another.
    const ofSpec = tasksOfSpec(tasks, workload.specHash, since).filter((t) => !failedBySwarm(t));
    const crashed = ofSpec.filter((t) => t.Status.State === 'failed');
    // The first refusal says why.
    const refused = ofSpec.filter((t) => t.Status.State === 'rejected').at(-1);
    const failure = async (): Promise<DeploymentResult | undefined> => {
      if (crashed[0]) {
        const message = await crashLoop(ctx.docker, crashed[0], crashed.length - 1);
        return failed(workload, ctx, 'CrashLoop', message);
      }
      if (refused)
        return failed(workload, ctx, 'EngineError', await refusedMessage(ctx.docker, refused));
      return undefined;
    };
    // A rollback puts the previous spec back, whose tasks may carry the same resource hash (a tag
    // pinned to another digest): checked before the tasks count. A rollback that left berth's
    // spec in place is not this rollout's (a spec changed by hand keeps berth's labels, and the
    // drift check repairs it).
    const update = now.UpdateStatus;
    const rolledBack =
      update?.State === 'rollback_completed' &&
      service.written !== undefined &&
      now.Spec.Labels?.[writtenLabel] !== service.written;
    if (rolledBack || update?.State === 'paused') {
      return (
        (await failure()) ??
        failed(
          workload,
          ctx,
          'HealthCheckFailed',
          `Swarm rolled the update back: ${update.Message ?? 'new tasks failed'}`,
        )
      );
    }
    const current = await routeTasks(workload, tasks, ctx);
    if (current >= workload.replicas && !oldStillServe(workload, tasks)) {
      return { ready: current, serving: ctx.endpoints.count(workload.name) };
    }
    // A crash or a refusal fails the rollout at once.
    const ended = await failure();
    if (ended) return ended;
    if (ctx.clock.now() + pause > deadline || hooks.signal?.aborted) {
      return failed(workload, ctx, 'Timeout', timeoutMessage(readiness, budget, tasks));
    }
    await ctx.clock.sleep(pause, hooks.signal);
    pause = Math.min(pause * 2, 500);
  }
}

/**
 * Puts running tasks of the wanted spec into the gateway (after one probe from berth), and takes
 * tasks Swarm no longer wants, and old ones once a new one serves, out of it. Returns how many
 * tasks of the wanted spec serve.
 */
export async function routeTasks(
  workload: DeploymentWorkload,
  tasks: readonly SwarmTask[],
  ctx: Pick<SwarmRolloutContext, 'endpoints' | 'addresses'>,
): Promise<number> {
  const { endpoints } = ctx;
  const hashOf = (t: SwarmTask) => t.Spec.ContainerSpec?.Labels?.['berth.spec-hash'];
  const live = tasks.filter((t) => t.DesiredState === 'running' && t.Status.State === 'running');
  const current = live.filter((t) => hashOf(t) === workload.specHash);
  const waiting = current.filter((t) => !endpoints.has(t.ID));
  const addresses = waiting.length > 0 ? await ctx.addresses(waiting) : new Map<string, string>();
  for (const task of waiting) {
    const address = addresses.get(task.ID);
    if (!address) continue;
    const probe = await probeOnce(address, workload.readiness);
    if (probe)
      endpoints.add(workload.name, {
        unitId: task.ID,
        host: address,
        port: workload.readiness.port,
      });
  }
  const serving = current.filter((t) => endpoints.has(t.ID)).length;
  for (const task of tasks) {
    const wanted = live.includes(task) && (hashOf(task) === workload.specHash || serving === 0);
    if (!wanted && endpoints.has(task.ID)) endpoints.remove(task.ID);
  }
  return serving;
}

function oldStillServe(workload: DeploymentWorkload, tasks: readonly SwarmTask[]): boolean {
  return tasks.some(
    (t) =>
      t.DesiredState === 'running' &&
      t.Spec.ContainerSpec?.Labels?.['berth.spec-hash'] !== workload.specHash,
  );
}

async function probeOnce(address: string, spec: ReadinessSpec): Promise<boolean> {
  const outcome =
    spec.path === undefined
      ? await probeTcp(address, spec.port, spec.timeoutMs)
      : await probeHttp(address, spec.port, spec.path, spec.timeoutMs);
  return outcome.ok;
}

/** The crash-loop diagnosis of the Docker engine, from a failed task and its logs. */
async function crashLoop(docker: Docker, task: SwarmTask, restarts: number): Promise<string> {
  const text = await taskLogs(docker, task.ID, logLines).catch(() => '');
  const tail = text.trim().split('\n').filter(Boolean).slice(-logLines);
  const code = task.Status.ContainerStatus?.ExitCode;
  const lines = tail.length > 0 ? `; last log lines: ${tail.join(' | ')}` : '; it printed nothing';
  return `crash loop: the container exited with code ${code ?? 'unknown'} (restarts: ${restarts})${lines}`;
}

/**
 * A task Swarm refused on its node: its engine would not create it (more CPUs than the node has,
 * an image it lacks) or the manager took it back (the node no longer meets its constraints).
 */
async function refusedMessage(docker: Docker, task: SwarmTask): Promise<string> {
  const hostname = task.NodeID
    ? await docker
        .getNode(task.NodeID)
        .inspect()
        .then((n: { Description?: { Hostname?: string } }) => n.Description?.Hostname)
        .catch(() => undefined)
    : undefined;
  const node = hostname ?? task.NodeID ?? 'its node';
  return `Swarm refused a task on node ${node}: ${refusalOf(task)}; check the service's tasks with \`docker service ps\``;
}

/** The last `tail` lines a task printed (stdout and stderr, in order). */
export async function taskLogs(docker: Docker, taskId: string, tail: number): Promise<string> {
  const task = docker.getTask(taskId) as unknown as {
    logs(options: Record<string, unknown>): Promise<unknown>;
  };
  const raw = await task.logs({
    stdout: true,
    stderr: true,
    tail,
    timestamps: true,
    follow: false,
  });
  const buffer = Buffer.isBuffer(raw) ? raw : Buffer.from(String(raw));
  return byTimestamp(demultiplex(buffer));
}

function failed(
  workload: DeploymentWorkload,
  ctx: SwarmRolloutContext,
  reason: NonNullable<DeploymentResult['failure']>['reason'],
  message: string,
): DeploymentResult {
  ctx.log.warn({ deployment: workload.name, reason }, 'swarm rollout failed');
  return { ready: 0, serving: ctx.endpoints.count(workload.name), failure: { reason, message } };
}

function timeoutMessage(
  spec: ReadinessSpec,
  budgetMs: number,
  tasks: readonly SwarmTask[],
): string {
  const waiting = tasks
    .filter((t) => t.DesiredState === 'running' && t.Status.State !== 'running')
    .map((t) => `${t.Status.State}${t.Status.Err ? ` (${t.Status.Err})` : ''}`);
  const states = waiting.length > 0 ? `; tasks: ${[...new Set(waiting)].join(', ')}` : '';
  const what =
    spec.path === undefined
      ? `port ${spec.port}`
      : `health check GET ${spec.path} on port ${spec.port}`;
  return `not ready after ${Math.round(budgetMs / 1000)} s: ${what} did not pass on the tasks${states}; check the service's tasks with \`docker service ps\``;
}
