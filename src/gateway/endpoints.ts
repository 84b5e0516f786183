// The routing table: which replicas of each deployment are ready to take requests, and how many
// requests each is serving. Rolling updates add a replica only after readiness and take one out
// (then wait for its requests to finish) before stopping it: that is what makes them zero-downtime.
import type { Clock } from '../clock.js';

export interface Endpoint {
  containerId: string;
  host: string;
  port: number;
}

export interface Route {
  /** no authentication at the gateway */
  public: boolean;
}

export interface Lease {
  endpoint: Endpoint;
  release: () => void;
}

export interface Endpoints {
  setRoute(name: string, route: Route): void;
  removeRoute(name: string): void;
  route(name: string): Route | undefined;
  routeNames(): string[];
  add(name: string, endpoint: Endpoint): void;
  /** takes the replica out of rotation; requests already in flight continue */
  remove(containerId: string): void;
  /** a ready replica of `name` (round robin), held until `release` */
  acquire(name: string): Lease | undefined;
  list(name: string): Endpoint[];
  readyIds(): Set<string>;
  /** resolves when the replica serves no request any more, or after `timeoutMs` */
  drain(containerId: string, timeoutMs: number): Promise<void>;
}

export function createEndpoints(clock: Clock): Endpoints {
  const routes = new Map<string, Route>();
  const byName = new Map<string, Endpoint[]>();
  const inFlight = new Map<string, number>();
  const cursor = new Map<string, number>();

  return {
    setRoute: (name, route) => void routes.set(name, route),
    removeRoute: (name) => {
      routes.delete(name);
      byName.delete(name);
    },
    route: (name) => routes.get(name),
    routeNames: () => [...routes.keys()],
    add(name, endpoint) {
      const list = (byName.get(name) ?? []).filter((e) => e.containerId !== endpoint.containerId);
      byName.set(name, [...list, endpoint]);
    },
    remove(containerId) {
      for (const [name, list] of byName) {
        byName.set(
          name,
          list.filter((e) => e.containerId !== containerId),
        );
      }
    },
    acquire(name) {
      const list = byName.get(name) ?? [];
      if (list.length === 0) return undefined;
      const next = (cursor.get(name) ?? 0) % list.length;
      cursor.set(name, next + 1);
      const endpoint = list[next];
      if (!endpoint) return undefined;
      const id = endpoint.containerId;
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
    readyIds: () => new Set([...byName.values()].flat().map((e) => e.containerId)),
    async drain(containerId, timeoutMs) {
      const until = clock.now() + timeoutMs;
      while ((inFlight.get(containerId) ?? 0) > 0 && clock.now() < until) await clock.sleep(25);
    },
  };
}
