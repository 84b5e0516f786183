// Restart back-off for crashed replicas (SPEC §4.3): 10 s, doubling to 5 min, reset once a
// replica has run for 10 min. Pure bookkeeping; the controller owns the timers.

export const restartPolicy = {
  initialDelayMs: 10_000,
  maxDelayMs: 5 * 60_000,
  resetAfterMs: 10 * 60_000,
} as const;

export interface RestartState {
  restarts: number;
  nextDelayMs: number;
  /** how the last crash ended, when the engine said */
  exitCode: number | undefined;
}

export interface RestartTracker {
  /** records a crash (with its exit code, when known); returns the delay before the restart */
  crashed(
    containerId: string,
    startedAt: number | undefined,
    diedAt: number,
    exitCode?: number,
  ): number;
  /** records that berth started the crashed container again */
  restarted(containerId: string): void;
  /** how often berth restarted this container */
  count(containerId: string): number;
  /** the exit code of the container's last crash, when known */
  lastExitCode(containerId: string): number | undefined;
  forget(containerId: string): void;
}

export function createRestartTracker(policy: typeof restartPolicy = restartPolicy): RestartTracker {
  const states = new Map<string, RestartState>();
  return {
    crashed(containerId, startedAt, diedAt, exitCode) {
      const ranLong = startedAt !== undefined && diedAt - startedAt >= policy.resetAfterMs;
      const previous = states.get(containerId);
      const delay = !previous || ranLong ? policy.initialDelayMs : previous.nextDelayMs;
      states.set(containerId, {
        restarts: previous?.restarts ?? 0,
        nextDelayMs: Math.min(delay * 2, policy.maxDelayMs),
        exitCode,
      });
      return delay;
    },
    restarted(containerId) {
      const state = states.get(containerId);
      if (state) state.restarts += 1;
    },
    count: (containerId) => states.get(containerId)?.restarts ?? 0,
    lastExitCode: (containerId) => states.get(containerId)?.exitCode,
    forget: (containerId) => void states.delete(containerId),
  };
}
