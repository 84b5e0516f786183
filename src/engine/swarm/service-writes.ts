// Writing services on the Swarm: create and update with the owner's registry login (the nodes
// pull with it; Swarm keeps it out of the spec), and remove without crashing the manager.
//
// On removal: Swarm in Docker 20.10 dereferences a task it listed and then finds deleted (the task
// reaper got there first) when it marks the tasks of a removed replicated service, and the whole
// engine panics (fixed in swarmkit in 2025: "nil pointer that happened twice in swarm stack").
// Scaled to 0 first, the service's running tasks stop and leave the store, and no new task makes
// the reaper trim the history of ended ones, so its removal races with no deletion.
import { setTimeout as sleep } from 'node:timers/promises';
import type Docker from 'dockerode';
import { statusOf } from '../docker/failures.js';
import type { AuthConfig } from '../registry-auth.js';
import type { ListedService } from './job-units.js';

/** Creates a service; with a login, the nodes pull its image with it (Swarm keeps it, not shown). */
export async function createServiceAs(
  docker: Docker,
  spec: object,
  login: AuthConfig | undefined,
): Promise<string> {
  const created = (
    login ? await docker.createService(login, spec as never) : await docker.createService(spec)
  ) as { id?: string; ID?: string };
  return created.id ?? created.ID ?? '';
}

/** Updates a service; with a login, as `createServiceAs`; without, Swarm keeps the one it has. */
export async function updateServiceAs(
  docker: Docker,
  id: string,
  spec: object,
  login: AuthConfig | undefined,
): Promise<void> {
  // dockerode takes the login first, as for create; its types know only the one-argument form.
  const service = docker.getService(id) as unknown as {
    update(...args: object[]): Promise<unknown>;
  };
  await (login ? service.update(login, spec) : service.update(spec));
}
/** How long the tasks get to stop (beyond their stop grace period) before the service goes anyway. */
const drainMs = 30_000;

/**
 * `byBerth` hears of the scale-down before it is sent (its update event is berth's own, not drift)
 * and again when it failed (no event will come).
 */
export async function removeService(
  docker: Docker,
  service: ListedService,
  byBerth: { updating(name: string, yes: boolean): void } = { updating: () => undefined },
): Promise<void> {
  const mode = service.Spec.Mode;
  if ('Replicated' in mode && mode.Replicated.Replicas > 0) {
    byBerth.updating(service.Spec.Name, true);
    try {
      await docker.getService(service.ID).update({
        version: service.Version.Index,
        ...service.Spec,
        Mode: { Replicated: { Replicas: 0 } },
      });
      const until = Date.now() + drainMs;
      while (Date.now() < until) {
        const tasks = (await docker.listTasks({ filters: { service: [service.ID] } })) as {
          DesiredState: string;
        }[];
        // Left: the history of ended tasks, which nothing deletes while no new task comes.
        if (tasks.every((t) => t.DesiredState !== 'running' && t.DesiredState !== 'remove')) break;
        await sleep(250);
      }
    } catch (error) {
      byBerth.updating(service.Spec.Name, false);
      // Gone already, or changed meanwhile: the removal below says what is left to say.
      if (statusOf(error) !== 404 && statusOf(error) !== 500) throw error;
    }
  }
  await docker.getService(service.ID).remove();
}
