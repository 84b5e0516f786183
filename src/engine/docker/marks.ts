// What the Docker engine keeps in memory about containers beyond what a listing says: which ones
// berth itself is retiring or stopping (their events are not drift), which failed readiness, and
// how job run containers ended. Lost with the process; a restarted berth reads labels instead.
import type { ContainerDetails } from './container-api.js';

export interface UnitMarks {
  /** containers berth itself is stopping and removing: their events are not drift */
  retiring: Set<string>;
  /** units berth stops itself (a job run's deadline, a replaced run): their kill is not drift */
  stoppedByBerth: Set<string>;
  /** containers that failed readiness; later reconciles check them with one probe */
  unready: Set<string>;
  /**
   * replicas the event stream says are paused: a listing from before the pause still says
   * running, and a paused process still accepts TCP connections, so only this tells
   */
  paused: Set<string>;
  /**
   * job run containers the event stream says ended: the stream can be ahead of the engine's
   * listing, so observations trust it until the listing agrees
   */
  ended: Map<string, { exitCode: number | undefined; at: Date }>;
  /** how finished units ended: they never change again, so each is inspected once */
  finished: Map<string, Pick<ContainerDetails, 'startedAt' | 'finishedAt'>>;
}

export function createUnitMarks(): UnitMarks {
  return {
    retiring: new Set(),
    stoppedByBerth: new Set(),
    unready: new Set(),
    paused: new Set(),
    ended: new Map(),
    finished: new Map(),
  };
}
