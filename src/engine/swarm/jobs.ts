// Job runs on Swarm (SPEC §4.4, §4.6): each attempt is a replicated-job service of one task that
// Swarm never restarts; berth keeps its own retries, deadlines, concurrency policy and history, as
// on the Docker engine. What berth must not forget lives on the services: a skipped run is a
// service that never gets a task, and why berth stopped an attempt is a label on its service.
import type Docker from 'dockerode';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { statusOf } from '../docker/failures.js';
import { byTimestamp, demultiplex } from '../docker/output.js';
import { labelKeys, resourceKey } from '../labels.js';
import { authConfigFor } from '../registry-auth.js';
import type { ActionHooks, Engine, UnitMark, UnitSpec, WatchHandlers } from '../types.js';
import {
  exitCodeOf,
  jobLabels,
  markOf,
  newestTask,
  taskEnded,
  type ListedService,
} from './job-units.js';
import type { PinnedImage } from './images.js';
import { createServiceAs } from './service-writes.js';
import { ensureSecrets, releaseSecrets, secretsOf } from './secrets.js';
import type { SwarmNetworks } from './networks.js';
import { jobService } from './service-spec.js';
import type { SwarmTask } from './tasks.js';

export interface SwarmJobsContext {
  docker: Docker;
  instance: string;
  networks: SwarmNetworks;
  log: Logger;
  /** seconds a stopped attempt gets between SIGTERM and SIGKILL */
  stopTimeoutSeconds: number;
  /** services berth removes or updates itself: their events are not drift */
  byBerth: { removing: Set<string>; updating: Set<string> };
  /** attempts under way, by service ID: the watch tells the loop when each ends */
  running: Map<string, { key: string; name: string; labels: Record<string, string> }>;
  /** how a service names its image, and the node it needs (`images.ts`) */
  pin: (image: string) => Promise<PinnedImage>;
}

type JobOps = Pick<
  Engine,
  'startUnit' | 'recordUnit' | 'stopUnit' | 'removeUnits' | 'removeVolumes'
>;

export function createSwarmJobs(ctx: SwarmJobsContext): JobOps {
  const { docker } = ctx;

  /** creates the service; false when one of that name exists (another berth made it) */
  async function createOnce(spec: UnitSpec, hooks: ActionHooks, record: boolean) {
    const key = resourceKey('Job', spec.labels[labelKeys.name] ?? '');
    const network = ctx.networks.nameFor(key);
    await hooks.once(`network ${network}`, () => ctx.networks.ensure(key));
    const owner = spec.labels[labelKeys.owner] ?? '';
    const secrets = record
      ? []
      : await ensureSecrets(docker, ctx.instance, owner, spec.secrets ?? []);
    // A unit that never runs gets no secret, not even in its spec.
    const { image, node } = await ctx.pin(spec.image);
    const bare = record ? { ...spec, image, secrets: [] } : { ...spec, image };
    const wanted = jobService(spec.name, bare, { network, secrets, record, node });
    try {
      const login = spec.pullAuth && !record ? authConfigFor(image, spec.pullAuth) : undefined;
      const id = await createServiceAs(docker, wanted, login);
      if (!record) ctx.running.set(id, { key, name: wanted.Name, labels: spec.labels });
      return true;
    } catch (error) {
      if (statusOf(error) === 409) return false;
      throw new Error(`swarm: create service ${wanted.Name}: ${errorMessage(error)}`);
    }
  }

  async function tasksOf(serviceId: string): Promise<SwarmTask[]> {
    return (await docker.listTasks({ filters: { service: [serviceId] } })) as SwarmTask[];
  }

  /**
   * Stops the task's container where this engine runs it, so the task ends as `failed` and keeps
   * its output; true when it did. A task on another node is stopped by the mark (Swarm removes it).
   */
  async function stopHere(task: SwarmTask): Promise<boolean> {
    const container = task.Status.ContainerStatus?.ContainerID;
    if (!container) return false;
    try {
      await docker.getContainer(container).stop({ t: ctx.stopTimeoutSeconds });
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) return false; // not on this node
      if (status !== 304) throw error; // 304: it had stopped already
    }
    return true;
  }

  /** Waits until Swarm has seen the stopped task end, or removed it (up to the grace + 10 s). */
  async function untilEnded(serviceId: string, taskId: string): Promise<void> {
    for (let i = 0; i < 100 + ctx.stopTimeoutSeconds * 10; i++) {
      const task = (await tasksOf(serviceId)).find((t) => t.ID === taskId);
      if (!task || taskEnded(task)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  return {
    startUnit: (spec, hooks) => createOnce(spec, hooks, false),
    recordUnit: (spec, hooks) => createOnce(spec, hooks, true),

    async stopUnit(unit, mark: UnitMark) {
      const service = await inspect(docker, unit.id);
      if (!service) return;
      const task = newestTask(await tasksOf(service.ID));
      const here = task?.Status.State === 'running' && (await stopHere(task));
      if (task && here) await untilEnded(service.ID, task.ID);
      ctx.log.debug(
        { unit: service.Spec.Name, task: task?.Status.State, here, mark },
        'stopping a job attempt',
      );
      if (unit.mark) return;
      // Any update of a job makes Swarm run it again: with no completion wanted, it runs nothing,
      // and a task still running (on another node) is stopped and removed.
      const fresh = (await inspect(docker, unit.id)) ?? service;
      const mode = { ReplicatedJob: { MaxConcurrent: 1, TotalCompletions: 0 } };
      const labels = {
        ...fresh.Spec.Labels,
        [jobLabels.mark]: mark,
        ...(task ? { [jobLabels.startedAt]: new Date(task.CreatedAt).toISOString() } : {}),
      };
      ctx.byBerth.updating.add(fresh.Spec.Name);
      await docker
        .getService(fresh.ID)
        .update({ version: fresh.Version.Index, ...fresh.Spec, Labels: labels, Mode: mode });
      // As on one engine, the attempt has ended when the stop returns.
      if (task && !here) await untilEnded(service.ID, task.ID);
      ctx.running.delete(service.ID);
    },

    async removeUnits(unitIds) {
      for (const id of unitIds) {
        ctx.running.delete(id);
        const service = await inspect(docker, id);
        if (!service) continue;
        ctx.byBerth.removing.add(service.Spec.Name);
        await docker
          .getService(id)
          .remove()
          .catch((error: unknown) => {
            if (statusOf(error) !== 404) throw error;
          });
        await removeEndedContainers(docker, id);
        const owner = service.Spec.Labels[labelKeys.owner];
        if (owner) await releaseSecrets(docker, ctx.instance, owner, secretsOf(service.Spec));
      }
    },

    async removeVolumes(names) {
      for (const name of names) await removeVolume(docker, name);
    },
  };
}

/**
 * Swarm leaves the container of a job's ended task behind when its service is removed: berth
 * removes those of this node once Swarm has stopped them (other nodes keep theirs until removed
 * there). Waits at most a minute for a task Swarm is still stopping.
 */
export async function removeEndedContainers(docker: Docker, serviceId: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const left = await docker.listContainers({
      all: true,
      filters: { label: [`com.docker.swarm.service.id=${serviceId}`] },
    });
    if (left.length === 0) return;
    for (const container of left) {
      if (container.State === 'running') continue; // Swarm is stopping it
      await docker
        .getContainer(container.Id)
        .remove({ force: true })
        .catch((error: unknown) => {
          const status = statusOf(error);
          if (status !== 404 && status !== 409) throw error; // gone, or being removed already
        });
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function inspect(docker: Docker, id: string): Promise<ListedService | undefined> {
  try {
    return (await docker.getService(id).inspect()) as ListedService;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/**
 * Removes a volume of this node. The containers of services just removed go a moment later, so a
 * volume still in use is tried again for up to 20 s. Other nodes keep their copies of a local
 * volume; a shared volume driver has one.
 */
async function removeVolume(docker: Docker, name: string): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      await docker.getVolume(name).remove();
      return;
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) return;
      if (status !== 409 || i >= 200)
        throw new Error(`swarm: remove volume ${name}: ${errorMessage(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Whether a unit ID names a job attempt's service (a replica's unit is a task). */
export async function serviceOfUnit(
  docker: Docker,
  unitId: string,
): Promise<ListedService | undefined> {
  return inspect(docker, unitId);
}

/**
 * A job attempt's output: the last `tail` lines; with `follow`, what it prints until its task
 * ends, read again every half second (service logs do not end with a job's task).
 */
export async function followServiceLogs(
  docker: Docker,
  serviceId: string,
  options: { tail?: number; follow?: boolean; signal?: AbortSignal },
  write: (text: string) => void,
): Promise<void> {
  const read = async () => {
    const service = docker.getService(serviceId) as unknown as {
      logs(o: Record<string, unknown>): Promise<unknown>;
    };
    const raw = await service.logs({ stdout: true, stderr: true, timestamps: true, follow: false });
    const buffer = Buffer.isBuffer(raw) ? raw : Buffer.from(String(raw));
    return byTimestamp(demultiplex(buffer)).split('\n').filter(Boolean);
  };
  let written: number | undefined;
  for (;;) {
    const ended = options.follow
      ? await docker
          .listTasks({ filters: { service: [serviceId] } })
          .then((tasks) => {
            const task = newestTask(tasks as SwarmTask[]);
            return task !== undefined && taskEnded(task);
          })
          .catch((error: unknown) => {
            if (statusOf(error) === 404) return true;
            throw error;
          })
      : true;
    const lines = await read().catch((error: unknown) => {
      if (statusOf(error) === 404) return [];
      throw error;
    });
    written ??= options.tail === undefined ? 0 : Math.max(lines.length - options.tail, 0);
    const fresh = lines.slice(written);
    if (fresh.length > 0) write(fresh.map((l) => `${l}\n`).join(''));
    written = Math.max(written, lines.length);
    if (ended || options.signal?.aborted) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 500);
      options.signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    });
  }
}

/**
 * Tells the loop when an attempt under way ends. Swarm has no event for a task's end (and a
 * node's container events stay on that node), so the tasks of running attempts are read every
 * half second while there are any: one task list, whatever the node.
 */
export function watchRunEnds(
  docker: Docker,
  running: SwarmJobsContext['running'],
  handlers: Pick<WatchHandlers, 'onEvent' | 'onError'>,
): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    if (running.size === 0) return;
    const ids = [...running.keys()];
    const tasks = (await docker.listTasks({ filters: { service: ids } })) as SwarmTask[];
    for (const id of ids) {
      const info = running.get(id);
      const task = newestTask(tasks.filter((t) => t.ServiceID === id));
      if (!info) continue;
      if (!task) {
        // Not scheduled yet, or removed (a service gone, a task Swarm stopped for a mark).
        const service = await inspect(docker, id);
        if (service && !markOf(service.Spec.Labels)) continue;
        running.delete(id);
        if (service) {
          const run = info.labels[labelKeys.run] ?? '?';
          const attempt = info.labels[labelKeys.attempt] ?? '?';
          handlers.onEvent({
            key: info.key,
            message: `run ${run} attempt ${attempt} was stopped`,
            converge: true,
            drift: false,
          });
        }
        continue;
      }
      if (!taskEnded(task)) continue;
      running.delete(id);
      const code = exitCodeOf(task);
      const how = code === undefined ? ` (${task.Status.State})` : ` with code ${code}`;
      const run = info.labels[labelKeys.run] ?? '?';
      const attempt = info.labels[labelKeys.attempt] ?? '?';
      handlers.onEvent({
        key: info.key,
        message: `run ${run} attempt ${attempt} exited${how}`,
        converge: true,
        drift: false,
      });
    }
  };
  const next = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      tick()
        .catch((error: unknown) => {
          handlers.onError(error instanceof Error ? error : new Error(String(error)));
        })
        .finally(next);
    }, 500);
  };
  next();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
