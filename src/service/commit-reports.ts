// What berth says about each commit it handled: the statuses of SPEC §6.3, kept for the API (a
// deploy step follows a commit to its end) and handed to GitHub when it is configured. The newest
// few commits are kept; posting never waits on GitHub.
import type { CommitStatus, StatusPoster } from '../github/types.js';

export interface CommitReport {
  sha: string;
  /** the newest status of each context, in the order the contexts first appeared */
  statuses: CommitStatus[];
  /** true once the aggregate status is final */
  done: boolean;
}

export interface CommitFollower {
  onStatus(status: CommitStatus): void;
  onDone(report: CommitReport): void;
}

export interface CommitReports {
  /** records a status and hands it to GitHub; a final aggregate status ends the commit's report */
  post(status: CommitStatus): void;
  get(sha: string): CommitReport | undefined;
  /** replays what is known of the commit, then follows it; returns how to stop following */
  follow(sha: string, follower: CommitFollower): () => void;
}

export interface CommitReportsOptions {
  /** the aggregate context (`berth`): its final state ends a commit's report */
  aggregateContext: string;
  poster?: StatusPoster | undefined;
  /** commits kept (default 200) */
  keep?: number;
}

export function createCommitReports(options: CommitReportsOptions): CommitReports {
  const keep = options.keep ?? 200;
  const reports = new Map<string, { statuses: Map<string, CommitStatus>; done: boolean }>();
  const followers = new Map<string, Set<CommitFollower>>();
  const view = (sha: string): CommitReport | undefined => {
    const report = reports.get(sha);
    return report && { sha, statuses: [...report.statuses.values()], done: report.done };
  };

  return {
    post(status) {
      let report = reports.get(status.sha);
      if (!report) {
        report = { statuses: new Map(), done: false };
        reports.set(status.sha, report);
        for (const old of reports.keys()) {
          if (reports.size <= keep) break;
          reports.delete(old);
        }
      }
      report.statuses.set(status.context, status);
      const final = status.context === options.aggregateContext && status.state !== 'pending';
      report.done = final;
      options.poster?.post(status);
      for (const follower of followers.get(status.sha) ?? []) {
        follower.onStatus(status);
        if (final) follower.onDone(view(status.sha) as CommitReport);
      }
    },
    get: view,
    follow(sha, follower) {
      const known = view(sha);
      for (const status of known?.statuses ?? []) follower.onStatus(status);
      if (known?.done) {
        follower.onDone(known);
        return () => undefined;
      }
      const set = followers.get(sha) ?? new Set();
      set.add(follower);
      followers.set(sha, set);
      return () => {
        set.delete(follower);
        if (set.size === 0) followers.delete(sha);
      };
    },
  };
}
