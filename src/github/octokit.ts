// The Octokit options every berth client shares: the API base, who is asking, and a log that
// speaks pino. Octokit's debug lines carry request options (headers included), so only message
// strings are passed on, never the objects beside them.
import type { Octokit } from '@octokit/rest';
import type { Logger } from '../log.js';

export type OctokitOptions = NonNullable<ConstructorParameters<typeof Octokit>[0]>;

/** How long one request to GitHub may take before it counts as a failure that may pass. */
export const requestTimeoutMs = 30_000;

export function octokitOptions(apiUrl: string, version: string, logger: Logger): OctokitOptions {
  const detail = (message: string) => {
    logger.debug({ detail: message }, 'GitHub client');
  };
  return {
    baseUrl: apiUrl.replace(/\/+$/, ''),
    userAgent: `berth/${version}`,
    log: {
      debug: () => undefined,
      info: detail,
      // Failed requests are the status queue's to report; Octokit's own line would repeat it.
      error: detail,
      warn: (message: string) => {
        logger.warn({ detail: message }, 'GitHub client warning');
      },
    },
  };
}

/** A signal that gives up on a request GitHub leaves hanging. */
export function requestSignal(): { signal: AbortSignal } {
  return { signal: AbortSignal.timeout(requestTimeoutMs) };
}

/** berth's version, from its package.json (the same relative place in `src/` and `dist/`). */
