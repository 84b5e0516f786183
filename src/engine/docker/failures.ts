// Turns what the Docker Engine answers when a call fails into berth's classification
// (../failures.ts). The engine tells most failures apart only by its message, so this file is the
// one place that reads message text; everything else reads the typed error.
import { NotFoundError, TransientError, errorMessage } from '../../errors.js';
import { EngineFailure, type EngineRemedy, type LostObject } from '../failures.js';

/** Socket-level failures: the engine does not answer at all. */
const unreachable = new Set([
  'ENOENT',
  'ECONNREFUSED',
  'EACCES',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
]);

/** Engine-side states a unit cannot leave by being retried as it is. */
const needsReplacing = [
  /already exists/i, // containerd's task or the shim of an earlier life (after an engine restart)
  /endpoint/i, // network endpoint store errors
  /network sandbox/i,
  /failed to create (shim|task)/i,
  /marked for removal/i, // a container the engine gave up on (dead): it never starts again
  /failed to update store/i,
];

const networkGone = /network [^ ]+ not found|no such network/i;
const volumeGone = /no such volume|volume [^ ]+ not found/i;

/** A Docker API error's HTTP status, if it has one. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'statusCode' in error) {
    const status = error.statusCode;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}

/** The engine's own message (dockerode puts the answer's JSON in `json`). */
function engineMessage(error: unknown): string {
  const json = (error as { json?: unknown } | null)?.json;
  if (typeof json === 'object' && json !== null && 'message' in json) {
    const message = json.message;
    if (typeof message === 'string') return message;
  }
  return errorMessage(error);
}

/** The classified error for a failed call; `what` says what berth was doing, `where` the engine. */
export function classifyDockerError(error: unknown, what: string, where: string): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && unreachable.has(code)) {
    return new TransientError(
      `cannot reach the Docker engine at ${where} (${code}); start Docker, or set DOCKER_HOST to where it listens`,
    );
  }
  const status = statusOf(error);
  const detail = engineMessage(error);
  const message = `docker: ${what}: ${detail}`;
  const lost: LostObject | undefined = networkGone.test(detail)
    ? 'network'
    : volumeGone.test(detail)
      ? 'volume'
      : undefined;
  if (lost) return new EngineFailure(message, 'replace', lost);
  if (status === 404) return new NotFoundError(message);
  const engineSide = status === undefined || status >= 500 || status === 409;
  const remedy: EngineRemedy =
    engineSide && needsReplacing.some((pattern) => pattern.test(detail))
      ? 'replace'
      : status === undefined || status >= 500
        ? 'retry-with-back-off'
        : status === 409
          ? 'retry-now'
          : 'user-error';
  return new EngineFailure(message, remedy);
}
