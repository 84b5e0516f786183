// What a failed GitHub request means for berth: worth another try later (network, 5xx, rate
// limits) or never going to work (a bad token, a missing repository, a payload GitHub refuses).
// Told apart by status code and headers, never by message text.
import { TransientError, UserError } from '../errors.js';
import type { Attempt } from './status-queue.js';

interface HttpFailure {
  /** 0 when no answer came */
  httpStatus: number;
  headers: Record<string, string | undefined>;
}

export function httpFailure(error: unknown): HttpFailure {
  if (typeof error !== 'object' || error === null) return { httpStatus: 0, headers: {} };
  const status = 'status' in error && typeof error.status === 'number' ? error.status : 0;
  const response = 'response' in error ? error.response : undefined;
  const headers =
    typeof response === 'object' && response !== null && 'headers' in response
      ? readHeaders(response.headers)
      : {};
  // Octokit reports a request that got no answer (refused, reset, timed out) as a 500 without a response.
  return { httpStatus: response === undefined ? 0 : status, headers };
}

function readHeaders(headers: unknown): Record<string, string | undefined> {
  if (typeof headers !== 'object' || headers === null) return {};
  const read: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === 'string' || typeof value === 'number')
      read[name.toLowerCase()] = String(value);
  }
  return read;
}

/** A rate limit answers 429, or 403 with `retry-after` or no requests remaining. */
function isRateLimited({ httpStatus, headers }: HttpFailure): boolean {
  if (httpStatus === 429) return true;
  return (
    httpStatus === 403 &&
    (headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0')
  );
}

export function isTransient(failure: HttpFailure): boolean {
  const { httpStatus } = failure;
  return httpStatus === 0 || httpStatus === 408 || httpStatus >= 500 || isRateLimited(failure);
}

/** How long GitHub asks us to wait, from `retry-after` (seconds) or `x-ratelimit-reset` (epoch seconds). */
function requestedWaitMs({ headers }: HttpFailure, now: number): number | undefined {
  const retryAfter = Number(headers['retry-after']);
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter))
    return Math.max(0, retryAfter * 1000);
  const reset = Number(headers['x-ratelimit-reset']);
  if (headers['x-ratelimit-remaining'] === '0' && Number.isFinite(reset))
    return Math.max(0, reset * 1000 - now);
  return undefined;
}

/** The queue's view of a failed status post. */
export function attemptFromError(error: unknown, now: number): Attempt {
  const failure = httpFailure(error);
  if (isTransient(failure)) {
    return {
      outcome: 'retry',
      httpStatus: failure.httpStatus,
      waitMs: requestedWaitMs(failure, now),
    };
  }
  return { outcome: 'reject', httpStatus: failure.httpStatus };
}

/** A typed error for a failed read: transient ones may pass, the others need the operator. */
export function readError(error: unknown, what: string, repo: string): Error {
  const failure = httpFailure(error);
  if (isTransient(failure)) {
    const answer = failure.httpStatus === 0 ? 'no answer' : `status ${failure.httpStatus}`;
    return new TransientError(
      `GitHub did not answer ${what} (${answer}); berth tries again later`,
      { cause: error },
    );
  }
  if (failure.httpStatus === 401 || failure.httpStatus === 403) {
    return new UserError(
      `GitHub refused ${what} (status ${failure.httpStatus}); check that the token or GitHub App can read ${repo}`,
      { cause: error },
    );
  }
  return new Error(`GitHub could not answer ${what} (status ${failure.httpStatus})`, {
    cause: error,
  });
}
