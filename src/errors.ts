// Typed errors, told apart by class or `code`, never by message text (STYLE.md "Errors").
// A message says what went wrong and what to do.

/** Something the user must fix: a bad flag, a missing file, a size the engine cannot give. */
export class UserError extends Error {
  readonly code = 'USER_ERROR';
  override readonly name = 'UserError';
}

/** A failure that may pass: network, 5xx, rate limit, an engine that restarts. */
export class TransientError extends Error {
  readonly code = 'TRANSIENT';
  override readonly name = 'TransientError';
}

/** The thing asked for does not exist. */
export class NotFoundError extends Error {
  readonly code = 'NOT_FOUND';
  override readonly name = 'NotFoundError';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
