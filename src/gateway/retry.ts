// When the gateway asks a second replica. A request that can be sent twice without harm (GET,
// HEAD or OPTIONS carrying no body) whose replica failed before any byte of an answer came goes
// once more, to another ready replica: the replica refused or reset the connection, could not be
// reached, or sent no response headers within a bound (a paused or stuck process). A replica that
// answered, even with an error status, is never asked again; neither is anything with a body.
import type http from 'node:http';

/** How a replica failed before it answered anything. */
export type UpstreamFailure = 'refused' | 'reset' | 'unreachable' | 'no-headers' | 'other';

/** No response headers within this long: another replica is asked too (the first may still answer). */
export const headersBoundMs = 5_000;

const repeatable = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A request the gateway may send twice: GET, HEAD or OPTIONS without a body. */
export function mayRepeat(method: string | undefined, headers: http.IncomingHttpHeaders): boolean {
  if (!repeatable.has(method ?? '')) return false;
  if (headers['transfer-encoding'] !== undefined) return false;
  const length = headers['content-length'];
  return length === undefined || Number(length) === 0;
}

const codes: Record<string, UpstreamFailure> = {
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  EHOSTDOWN: 'unreachable',
  ETIMEDOUT: 'unreachable',
};

/** What a failed request to a replica says about the replica. */
export function upstreamFailure(error: unknown): UpstreamFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code === undefined ? undefined : codes[code]) ?? 'other';
}

export interface RetryQuestion {
  method: string | undefined;
  headers: http.IncomingHttpHeaders;
  failure: UpstreamFailure;
  /** replicas asked so far for this request */
  asked: number;
  /** ready replicas of the deployment that were not asked yet */
  others: number;
}

/** Whether to ask another replica: once per request, only before anything was answered. */
export function askAnother(q: RetryQuestion): boolean {
  return q.failure !== 'other' && q.asked < 2 && q.others > 0 && mayRepeat(q.method, q.headers);
}
