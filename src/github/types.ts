// berth's interface to GitHub, in berth's terms: commit statuses, a token to fetch the repository,
// the author of a commit. The implementation (`client.ts`) is the only place that knows Octokit.

export type CommitState = 'pending' | 'success' | 'failure' | 'error';

export interface CommitStatus {
  sha: string;
  context: string;
  state: CommitState;
  description: string;
  targetUrl?: string | undefined;
}

export interface StatusPoster {
  /** queues a status; never blocks, never throws */
  post(status: CommitStatus): void;
  /** resolves when the queue is empty (everything delivered or given up) */
  idle(): Promise<void>;
  /** number of statuses waiting */
  pending(): number;
  close(): Promise<void>;
}

export type GitHubAuth =
  | { type: 'token'; token: string }
  | { type: 'app'; appId: string; privateKey: string /* PEM text */ };

export interface GitHubClient {
  statuses: StatusPoster;
  /** a token that can fetch the repository over HTTPS (the token, or a current App installation token) */
  gitToken(): Promise<string>;
  /** GitHub login of the author of a commit, when GitHub knows it (GET /repos/{owner}/{repo}/commits/{sha} → author.login) */
  commitAuthor(sha: string): Promise<string | undefined>;
  close(): Promise<void>;
}

/** What became of one attempt to post a status, as the queue counts it. */
export type PostOutcome = 'delivered' | 'retried' | 'dropped';
