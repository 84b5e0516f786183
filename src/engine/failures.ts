// One classification of what goes wrong on an engine, made once where the engine answers and
// read by every path (rollout, drift repair, job runs, the reconcile loop), so that an engine
// hiccup is never handled one way here and another way there:
//
// - retry-now: what was acted on changed under berth (gone, busy); look again at once
// - retry-with-back-off: the engine does not answer or fails on its side; try again later
// - replace: this unit can never run as it is (its network vanished, the engine's leftovers of an
//   earlier life block it); remove it and make a new one
// - user-error: what the user asked for cannot run (a bad image, a bad command); retrying the same
//   thing changes nothing
import { NotFoundError, UserError } from '../errors.js';
import { ImageError } from './types.js';

export type EngineRemedy = 'retry-now' | 'retry-with-back-off' | 'replace' | 'user-error';

/** Something the engine keeps for berth that vanished behind its back (made again on demand). */
export type LostObject = 'network' | 'volume';

/** An engine call that failed, with what to do about it. */
export class EngineFailure extends Error {
  readonly code = 'ENGINE_FAILURE';
  override readonly name = 'EngineFailure';
  constructor(
    message: string,
    readonly remedy: EngineRemedy,
    readonly lost?: LostObject,
  ) {
    super(message);
  }
}

/** What to do about any error an engine call threw. */
export function remedyFor(error: unknown): EngineRemedy {
  if (error instanceof EngineFailure) return error.remedy;
  if (error instanceof ImageError || error instanceof UserError) return 'user-error';
  if (error instanceof NotFoundError) return 'retry-now';
  return 'retry-with-back-off';
}

/** Back-off for retries after engine failures: 1 s doubling to 30 s. */
export function engineRetryDelay(failures: number): number {
  return Math.min(1_000 * 2 ** Math.max(failures - 1, 0), 30_000);
}
