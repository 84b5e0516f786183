// The routing table: which replicas of each deployment are ready to take requests, and how many
// requests each is serving. Rolling updates add a replica only after readiness and take one out
// (then wait for its requests to finish) before stopping it: that is what makes them zero-downtime.
// Engines fill it through the EndpointSink port; the revision decides which routes exist.
import type { Clock } from '../clock.js';
import type { EndpointSink } from '../engine/types.js';
import type { Resource } from '../resources/types.generated.js';
import type { AccessPolicy } from './access.js';

export interface Endpoint {
  unitId: string;
  host: string;
  port: number;
}

/** A deployment's route: who may reach it (`public`: anyone, without authentication). */
export type Route = AccessPolicy;

export interface Lease {
  endpoint: Endpoint;
  release: () => void;
}

export interface Endpoints extends EndpointSink {
  /** the routes of a revision's Deployments: new ones open, changed ones follow, gone ones close */
  syncRoutes(resources: readonly Resource[]): void;
  route(name: string): Route | undefined;
  /** the logins of a group in the revision the routes follow */
  members(group: string): readonly string[];
  /** a ready replica of `name` (round robin), none of `avoid`, held until `release` */
  acquire(name: string, avoid?: ReadonlySet<string>): Lease | undefined;
  list(name: string): Endpoint[];
  /**
   * resolves true as soon as `name` has a ready replica (at once when it has one), false after
   * `timeoutMs` without one
   */
  waitFor(name: string, timeoutMs: number): Promise<boolean>;
}

export function createEndpoints(clock: Clock): Endpoints {
  const routes = new Map<string, Route>();
  let groups = new Map<string, readonly string[]>();
  const byName = new Map<string, Endpoint[]>();
  const inFlight = new Map<string, number>();
  const cursor = new Map<string, number>();

  /** which deployment each ready replica serves */
  const nameOf = new Map<string, string>();
  /** requests waiting for a ready replica, by deployment */
  const waiting = new Map<string, Set<() => void>>();

  return {
    syncRoutes(resources) {
      const names = new Set<string>();
      const members = new Map<string, readonly string[]>();
      for (const resource of resources) {
        if (resource.kind === 'Group') members.set(resource.metadata.name, resource.spec.members);
        if (resource.kind !== 'Deployment') continue;
        names.add(resource.metadata.name);
        routes.set(resource.metadata.name, {
          public: resource.spec.public ?? false,
          owner: resource.metadata.owner,
          access: resource.spec.access ?? [],
        });
      }
      for (const name of routes.keys()) if (!names.has(name)) routes.delete(name);
      groups = members;
    },
    route: (name) => routes.get(name),
    members: (group) => groups.get(group) ?? [],
    add(name, endpoint) {
      const list = (byName.get(name) ?? []).filter((e) => e.unitId !== endpoint.unitId);
      byName.set(name, [...list, endpoint]);
      nameOf.set(endpoint.unitId, name);
      for (const wake of [...(waiting.get(name) ?? [])]) wake();
    },
    remove(unitId) {
      const name = nameOf.get(unitId);
      if (name === undefined) return;
      nameOf.delete(unitId);
      byName.set(
        name,
        (byName.get(name) ?? []).filter((e) => e.unitId !== unitId),
      );
    },
    has: (unitId) => nameOf.has(unitId),
    routed: () => [...nameOf.keys()],
    count: (name) => byName.get(name)?.length ?? 0,
    acquire(name, avoid) {
      const all = byName.get(name) ?? [];
      const list = avoid ? all.filter((e) => !avoid.has(e.unitId)) : all;
      if (list.length === 0) return undefined;
      const next = (cursor.get(name) ?? 0) % list.length;
      cursor.set(name, next + 1);
      const endpoint = list[next];
      if (!endpoint) return undefined;
      const id = endpoint.unitId;
      inFlight.set(id, (inFlight.get(id) ?? 0) + 1);
      let released = false;
      return {
        endpoint,
        release: () => {
          if (released) return;
          released = true;
          const left = (inFlight.get(id) ?? 1) - 1;
          if (left <= 0) inFlight.delete(id);
          else inFlight.set(id, left);
        },
      };
    },
    list: (name) => [...(byName.get(name) ?? [])],
    waitFor(name, timeoutMs) {
      if ((byName.get(name)?.length ?? 0) > 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const waiters = waiting.get(name) ?? new Set<() => void>();
        waiting.set(name, waiters);
        const done = (ready: boolean) => {
          cancel();
          waiters.delete(wake);
          if (waiters.size === 0) waiting.delete(name);
          resolve(ready);
        };
        const wake = () => {
          done(true);
        };
        const cancel = clock.setTimer(timeoutMs, () => {
          done(false);
        });
        waiters.add(wake);
      });
    },
    async drain(unitId, timeoutMs) {
      const until = clock.now() + timeoutMs;
      while ((inFlight.get(unitId) ?? 0) > 0 && clock.now() < until) await clock.sleep(25);
    },
  };
}
