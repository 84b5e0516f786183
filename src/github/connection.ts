// How berth acts in the repository: with a token as given, or as a GitHub App installation whose
// id comes from the repository and whose tokens @octokit/auth-app mints and renews.
import { createPrivateKey } from 'node:crypto';
import { createAppAuth } from '@octokit/auth-app';
import { Octokit } from '@octokit/rest';
import type { Clock } from '../clock.js';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import type { GitHubAuth } from './types.js';
import { requestSignal, type OctokitOptions } from './octokit.js';
import { expiringTokenCache } from './token-cache.js';

export interface Connection {
  /** an Octokit that acts for berth in the repository */
  octokit(): Promise<Octokit>;
  /** a token that can fetch the repository over HTTPS */
  gitToken(): Promise<string>;
}

export interface ConnectionOptions {
  base: OctokitOptions;
  owner: string;
  repo: string;
  auth: GitHubAuth;
  clock: Clock;
  logger: Logger;
}

export function connect(options: ConnectionOptions): Connection {
  const { auth } = options;
  if (auth.type === 'token') {
    const octokit = new Octokit({ ...options.base, auth: auth.token });
    return { octokit: () => Promise.resolve(octokit), gitToken: () => Promise.resolve(auth.token) };
  }
  return appConnection(options, auth.appId, readPrivateKey(auth.privateKey));
}

function appConnection(options: ConnectionOptions, appId: string, privateKey: string): Connection {
  const { base, owner, repo, logger } = options;
  const cache = expiringTokenCache(options.clock);
  const app = new Octokit({ ...base, authStrategy: createAppAuth, auth: { appId, privateKey } });
  let installation: Promise<Octokit> | undefined;

  async function findInstallation(): Promise<Octokit> {
    const { data } = await app.rest.apps.getRepoInstallation({
      owner,
      repo,
      request: requestSignal(),
    });
    logger.info(
      { installationId: data.id, repo: `${owner}/${repo}` },
      'GitHub App installation found',
    );
    return new Octokit({
      ...base,
      authStrategy: createAppAuth,
      auth: { appId, privateKey, installationId: data.id, cache },
    });
  }

  function octokit(): Promise<Octokit> {
    // A failed look-up is forgotten, so the next request looks again.
    installation ??= findInstallation().catch((error: unknown) => {
      installation = undefined;
      throw error;
    });
    return installation;
  }

  return {
    octokit,
    async gitToken() {
      const authentication = await (await octokit()).auth({ type: 'installation' });
      if (!isTokenAuthentication(authentication)) {
        throw new Error('GitHub App authentication gave no installation token');
      }
      return authentication.token;
    },
  };
}

function isTokenAuthentication(value: unknown): value is { token: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'token' in value &&
    typeof value.token === 'string'
  );
}

/** The App's key as PEM text; keys kept in environment variables often have `\n` escaped. */
function readPrivateKey(text: string): string {
  const pem = text.replace(/\\n/g, '\n');
  try {
    createPrivateKey(pem);
  } catch (error) {
    throw new UserError(
      'the GitHub App private key is not a PEM private key; give the .pem file GitHub generated for the App',
      { cause: error },
    );
  }
  return pem;
}
