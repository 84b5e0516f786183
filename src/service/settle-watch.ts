// Waits for a resource's status to settle for a given revision: the moment a commit status can
// say how the change ended. A newer revision applied meanwhile supersedes the wait.
import type { ResourceStatus, StatusStore } from '../reconcile/status.js';
import { isSettled } from './status-text.js';

export type Settled = ResourceStatus | undefined | 'superseded';

export interface SettleWatch {
  /** the resource's settled status in `revision` (undefined: deleted), or 'superseded' */
  settled(key: string, revision: string): Promise<Settled>;
  /**
   * A newer revision is applied: waits on resources it changed end as superseded; the others go
   * on waiting in the new revision (a long job run that nothing changed still ends in its commit).
   */
  supersede(revision: string, changed: ReadonlySet<string>): void;
  close(): void;
}

interface Waiter {
  revision: string;
  resolve: (settled: Settled) => void;
}

export function createSettleWatch(status: StatusStore): SettleWatch {
  const waiters = new Map<string, Set<Waiter>>();
  const done = (key: string, waiter: Waiter, settled: Settled) => {
    waiters.get(key)?.delete(waiter);
    if (waiters.get(key)?.size === 0) waiters.delete(key);
    waiter.resolve(settled);
  };
  const check = (key: string, waiter: Waiter, current: ResourceStatus | undefined): boolean => {
    if (current && current.revision !== waiter.revision) return false;
    if (!isSettled(current)) return false;
    done(key, waiter, current);
    return true;
  };
  const unsubscribe = status.subscribe((changed) => {
    for (const waiter of [...(waiters.get(changed.key) ?? [])]) check(changed.key, waiter, changed);
  });

  return {
    settled(key, revision) {
      return new Promise<Settled>((resolve) => {
        const waiter = { revision, resolve };
        const set = waiters.get(key) ?? new Set();
        set.add(waiter);
        waiters.set(key, set);
        check(key, waiter, status.get(key));
      });
    },
    supersede(revision, changed) {
      for (const [key, set] of waiters) {
        for (const waiter of [...set]) {
          if (changed.has(key)) done(key, waiter, 'superseded');
          else {
            waiter.revision = revision;
            check(key, waiter, status.get(key));
          }
        }
      }
    },
    close() {
      unsubscribe();
      for (const [key, set] of waiters)
        for (const waiter of [...set]) done(key, waiter, 'superseded');
    },
  };
}
