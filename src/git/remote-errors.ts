// Failures of talking to the Git server, typed where they happen: what the user must fix (access,
// address) is a UserError saying what to set; what may pass (network, 5xx) is a TransientError.
import { errorMessage, TransientError, UserError } from '../errors.js';
import { isGitError } from './store.js';

/** The server refused access, or hides the repository (HTTP 401, 403, or 404 for a private one). */
export class RemoteAccessError extends UserError {
  constructor(
    message: string,
    /** the server's HTTP status */
    readonly status: number,
    /** whether credentials were offered */
    readonly withToken: boolean,
  ) {
    super(message);
  }
}

export interface FailureContext {
  /** the repository address without credentials */
  address: string;
  /** whether credentials were offered */
  withToken: boolean;
}

export function remoteFailure(error: unknown, context: FailureContext): unknown {
  if (error instanceof UserError || error instanceof TransientError) return error;
  const { address } = context;
  if (isGitError(error, 'HttpError')) {
    const status = httpStatus(error);
    if (status === 401 || status === 403) return accessDenied(status, context);
    if (status === 404) {
      return new RemoteAccessError(
        `${address} answered HTTP 404: no such repository, or it is private; check BERTH_REPO, and for a private repository set BERTH_REPO_TOKEN to a token that can read it`,
        status,
        context.withToken,
      );
    }
    if (status === 408 || status === 429 || status >= 500) {
      return new TransientError(
        `${address} answered HTTP ${status}; berth tries again at the next fetch`,
      );
    }
    return new UserError(`${address} answered HTTP ${status}; check BERTH_REPO`);
  }
  if (isGitError(error, 'UserCanceledError')) return accessDenied(401, context);
  if (isGitError(error, 'SmartHttpError')) {
    return new UserError(
      `${address} does not answer as a Git server; set BERTH_REPO to the repository's clone address (https://…/name.git)`,
    );
  }
  if (isGitError(error, 'UrlParseError') || isGitError(error, 'UnknownTransportError')) {
    return new UserError(
      `${address} is not an address berth can fetch from; set BERTH_REPO to the repository's https:// clone address`,
    );
  }
  if (isSystemError(error) || isGitError(error, 'EmptyServerResponseError')) {
    return new TransientError(
      `fetching ${address} failed: ${errorMessage(error)}; berth tries again at the next fetch`,
    );
  }
  return error;
}

/** A request that never got an answer: the network, DNS, a timeout. */
export function unreachable(error: unknown, address: string): TransientError {
  return new TransientError(
    `cannot reach ${address}: ${errorMessage(error)}; check the address and the network, berth tries again at the next fetch`,
  );
}

function accessDenied(status: number, { address, withToken }: FailureContext): UserError {
  return new RemoteAccessError(
    withToken
      ? `${address} refused the token (HTTP ${status}); set BERTH_REPO_TOKEN to a token that can read the repository`
      : `${address} requires authentication (HTTP ${status}); set BERTH_REPO_TOKEN to a token that can read the repository`,
    status,
    withToken,
  );
}

function httpStatus(error: { data?: unknown }): number {
  const data = error.data;
  if (typeof data === 'object' && data !== null && 'statusCode' in data) {
    const status = data.statusCode;
    if (typeof status === 'number') return status;
  }
  return 0;
}

/** Node's network and stream errors carry codes such as ECONNRESET or ERR_STREAM_PREMATURE_CLOSE. */
function isSystemError(error: unknown): boolean {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string')
    return false;
  return /^(E[A-Z0-9_]+|ERR_STREAM_[A-Z_]+|UND_ERR_[A-Z_]+|ABORT_ERR)$/.test(error.code);
}
