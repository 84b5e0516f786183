// berth's GitHub client: commit statuses through the queue, a token for fetching the repository,
// the author of a commit. Built on the real Octokit; every timer runs on the injected clock.
import type { Clock } from '../clock.js';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { connect } from './connection.js';
import { attemptFromError, readError } from './failures.js';
import { octokitOptions, requestSignal } from './octokit.js';
import { berthVersion } from '../version.js';
import { createStatusQueue, type Attempt } from './status-queue.js';
import type { CommitStatus, GitHubAuth, GitHubClient, PostOutcome } from './types.js';

export interface GitHubClientOptions {
  /** `owner/name` that statuses and commits refer to */
  repo: string;
  /** `https://api.github.com`, a GitHub Enterprise API, or a test endpoint */
  apiUrl: string;
  auth: GitHubAuth;
  clock: Clock;
  logger: Logger;
  /** statuses held while GitHub cannot take them (default 10,000) */
  maxQueue?: number | undefined;
  onPost?: ((outcome: PostOutcome) => void) | undefined;
  /** sent in the user agent as `berth/<version>`; read from package.json when not given */
  version?: string | undefined;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { owner, repo } = parseRepo(options.repo);
  const { clock } = options;
  const logger = options.logger.child({ component: 'github' });
  const connection = connect({
    base: octokitOptions(options.apiUrl, options.version ?? berthVersion(), logger),
    owner,
    repo,
    auth: options.auth,
    clock,
    logger,
  });

  async function send(status: CommitStatus): Promise<Attempt> {
    try {
      const octokit = await connection.octokit();
      await octokit.rest.repos.createCommitStatus({
        owner,
        repo,
        sha: status.sha,
        state: status.state,
        context: status.context,
        description: status.description,
        ...(status.targetUrl !== undefined && { target_url: status.targetUrl }),
        request: requestSignal(),
      });
      return { outcome: 'delivered' };
    } catch (error) {
      return attemptFromError(error, clock.now());
    }
  }

  const statuses = createStatusQueue({
    send,
    clock,
    logger,
    maxQueue: options.maxQueue,
    onPost: options.onPost,
  });

  return {
    statuses,
    async gitToken() {
      try {
        return await connection.gitToken();
      } catch (error) {
        throw readError(error, `a token for ${owner}/${repo}`, options.repo);
      }
    },
    async commitAuthor(sha) {
      try {
        const octokit = await connection.octokit();
        const { data } = await octokit.rest.repos.getCommit({
          owner,
          repo,
          ref: sha,
          request: requestSignal(),
        });
        return data.author?.login;
      } catch (error) {
        const status =
          typeof error === 'object' && error !== null && 'status' in error
            ? error.status
            : undefined;
        // GitHub does not know the commit (404) or the sha is not one (422).
        if (status === 404 || status === 422) return undefined;
        throw readError(error, `the commit ${sha}`, options.repo);
      }
    },
    close: () => statuses.close(),
  };
}

function parseRepo(repo: string): { owner: string; repo: string } {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(repo);
  if (!match?.[1] || !match[2]) {
    throw new UserError(`the GitHub repository must be given as owner/name (got "${repo}")`);
  }
  return { owner: match[1], repo: match[2] };
}
