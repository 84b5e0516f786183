// The bounded queue behind `StatusPoster`. Posting never waits: a status joins the lane of its
// context, lanes are delivered in the order posted, a few lanes at once. A failure that may pass
// (network, 5xx, rate limit) pauses the whole queue with back-off on the injected clock and the
// same status is tried again, for as long as berth runs; a status GitHub will never take is dropped.
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { CommitStatus, PostOutcome, StatusPoster } from './types.js';

/** What one delivery attempt came to; `httpStatus` is 0 when no answer came. */
export type Attempt =
  | { outcome: 'delivered' }
  | { outcome: 'retry'; httpStatus: number; waitMs?: number | undefined }
  | { outcome: 'reject'; httpStatus: number };

export interface StatusQueueOptions {
  send: (status: CommitStatus) => Promise<Attempt>;
  clock: Clock;
  logger: Logger;
  /** statuses held at most (default 10,000) */
  maxQueue?: number | undefined;
  /** contexts delivered at once (default 4) */
  concurrency?: number | undefined;
  onPost?: ((outcome: PostOutcome) => void) | undefined;
}

/** GitHub takes descriptions under 140 characters. */
export const maxDescriptionLength = 139;
const firstBackoffMs = 1_000;
const maxBackoffMs = 60_000;
/** the longest a rate limit may hold the queue before it tries again */
const maxRateLimitWaitMs = 60 * 60_000;

interface Entry {
  seq: number;
  status: CommitStatus;
  /** sha and context: a newer entry of the same key supersedes an older one */
  key: string;
  sending: boolean;
}

export function createStatusQueue(options: StatusQueueOptions): StatusPoster {
  const { clock, logger, send } = options;
  const maxQueue = Math.max(1, options.maxQueue ?? 10_000);
  const concurrency = Math.max(1, options.concurrency ?? 4);

  /** every entry not yet settled, oldest first (a Map keeps insertion order) */
  const entries = new Map<number, Entry>();
  /** per context, the entries in the order posted */
  const lanes = new Map<string, Entry[]>();
  const perKey = new Map<string, number>();
  const inFlight = new Set<Promise<void>>();
  let idleWaiters: (() => void)[] = [];
  let nextSeq = 0;
  let backoffMs = 0;
  let cancelPause: (() => void) | undefined;
  let failing = false;
  let closed = false;

  function add(status: CommitStatus) {
    const entry: Entry = {
      seq: nextSeq++,
      status,
      key: `${status.sha}\u0000${status.context}`,
      sending: false,
    };
    entries.set(entry.seq, entry);
    perKey.set(entry.key, (perKey.get(entry.key) ?? 0) + 1);
    const lane = lanes.get(status.context);
    if (lane) lane.push(entry);
    else lanes.set(status.context, [entry]);
  }

  function remove(entry: Entry) {
    entries.delete(entry.seq);
    const count = (perKey.get(entry.key) ?? 1) - 1;
    if (count > 0) perKey.set(entry.key, count);
    else perKey.delete(entry.key);
    const lane = lanes.get(entry.status.context) ?? [];
    const at = lane.indexOf(entry);
    if (at >= 0) lane.splice(at, 1);
    if (lane.length === 0) lanes.delete(entry.status.context);
    if (entries.size === 0) wakeIdle();
  }

  /** The oldest waiting status that a newer one of the same sha and context supersedes, else the oldest. */
  function victim(): { entry: Entry; superseded: boolean } | undefined {
    let oldest: Entry | undefined;
    for (const entry of entries.values()) {
      if (entry.sending) continue;
      oldest ??= entry;
      if ((perKey.get(entry.key) ?? 0) > 1) return { entry, superseded: true };
    }
    return oldest && { entry: oldest, superseded: false };
  }

  function makeRoom(incoming: CommitStatus): boolean {
    while (entries.size >= maxQueue) {
      const chosen = victim();
      if (!chosen) {
        logger.warn(
          { context: incoming.context, sha: incoming.sha, maxQueue },
          'status queue full of statuses under way; dropped the new status',
        );
        report('dropped');
        return false;
      }
      const { entry, superseded } = chosen;
      remove(entry);
      logger.warn(
        {
          context: entry.status.context,
          sha: entry.status.sha,
          state: entry.status.state,
          superseded,
          maxQueue,
        },
        'status queue full; dropped a waiting status',
      );
      report('dropped');
    }
    return true;
  }

  /** The head of the lane whose head was posted first, among lanes with nothing under way. */
  function nextReady(): Entry | undefined {
    let next: Entry | undefined;
    for (const lane of lanes.values()) {
      const head = lane[0];
      if (!head || head.sending) continue;
      if (!next || head.seq < next.seq) next = head;
    }
    return next;
  }

  function pump() {
    if (closed || cancelPause) return;
    while (inFlight.size < concurrency) {
      const entry = nextReady();
      if (!entry) return;
      entry.sending = true;
      const delivery = deliver(entry).finally(() => {
        inFlight.delete(delivery);
        pump();
      });
      inFlight.add(delivery);
    }
  }

  async function deliver(entry: Entry): Promise<void> {
    let attempt: Attempt;
    try {
      attempt = await send(entry.status);
    } catch (error) {
      logger.error(
        { err: error, context: entry.status.context },
        'commit status delivery failed unexpectedly',
      );
      attempt = { outcome: 'retry', httpStatus: 0 };
    }
    entry.sending = false;
    const { context, sha } = entry.status;
    switch (attempt.outcome) {
      case 'delivered':
        if (failing) logger.info({ context }, 'GitHub takes commit statuses again');
        failing = false;
        backoffMs = 0;
        remove(entry);
        report('delivered');
        return;
      case 'reject':
        logger.warn(
          { context, sha, httpStatus: attempt.httpStatus },
          'GitHub rejected a commit status; dropped it',
        );
        remove(entry);
        report('dropped');
        return;
      case 'retry':
        report('retried');
        pause(attempt, context);
        return;
    }
  }

  function pause(attempt: { httpStatus: number; waitMs?: number | undefined }, context: string) {
    if (cancelPause || closed) return;
    backoffMs = backoffMs === 0 ? firstBackoffMs : Math.min(backoffMs * 2, maxBackoffMs);
    const waitMs = Math.max(backoffMs, Math.min(attempt.waitMs ?? 0, maxRateLimitWaitMs));
    const fields = {
      context,
      httpStatus: attempt.httpStatus,
      retryInMs: waitMs,
      waiting: entries.size,
    };
    if (failing) logger.debug(fields, 'commit status not delivered; retrying with back-off');
    else logger.warn(fields, 'commit status not delivered; retrying with back-off');
    failing = true;
    cancelPause = clock.setTimer(waitMs, () => {
      cancelPause = undefined;
      pump();
    });
  }

  function report(outcome: PostOutcome) {
    try {
      options.onPost?.(outcome);
    } catch (error) {
      logger.error({ err: error, outcome }, 'commit status outcome callback failed');
    }
  }

  function wakeIdle() {
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const wake of waiters) wake();
  }

  return {
    post(status) {
      try {
        if (closed) {
          logger.warn(
            { context: status.context, sha: status.sha },
            'commit status posted after close; dropped',
          );
          report('dropped');
          return;
        }
        const fitted = { ...status, description: fitDescription(status.description) };
        if (!makeRoom(fitted)) return;
        add(fitted);
        pump();
      } catch (error) {
        logger.error({ err: error, context: status.context }, 'could not queue a commit status');
      }
    },
    idle() {
      if (entries.size === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    pending: () => entries.size,
    async close() {
      closed = true;
      cancelPause?.();
      cancelPause = undefined;
      await Promise.all(inFlight);
      if (entries.size > 0) {
        logger.warn({ undelivered: entries.size }, 'commit statuses left undelivered at shutdown');
      }
      entries.clear();
      lanes.clear();
      perKey.clear();
      wakeIdle();
    },
  };
}

/** Cuts a description to what GitHub takes, ending it with `…` when cut; never splits a character. */
export function fitDescription(description: string): string {
  const characters = Array.from(description);
  if (characters.length <= maxDescriptionLength) return description;
  return `${characters.slice(0, maxDescriptionLength - 1).join('')}…`;
}
