// Forwards one HTTP request to a ready replica of its deployment and the answer back. A request
// that may be sent twice goes to another replica once when the first fails before answering
// (retry.ts); when the first is only slow to answer, both are asked and the first answer wins.
import http from 'node:http';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import type { Endpoints, Lease } from './endpoints.js';
import { downstreamResponseHeaders } from './headers.js';
import { askAnother, mayRepeat, upstreamFailure, type UpstreamFailure } from './retry.js';
import {
  asList,
  forwardedHeaders,
  hasBody,
  reply,
  upstreamTimeoutMs,
  type Target,
} from './wire.js';

export interface ForwardContext {
  endpoints: Endpoints;
  log: Logger;
  /** no response headers within this long: a request that may be sent twice goes to another replica too */
  headersTimeoutMs: number;
  /** berth is reached over https: deployments are told so */
  secureCookies: boolean | undefined;
  /** no ready replica: how long a request waits for one (one restarting, being resumed) */
  replicaWaitMs: number;
}

/**
 * Sends the request to a ready replica and its answer back. With none ready at this moment (its
 * only replica restarting, or being resumed), the request waits a short while for one before the
 * answer is a 503: nothing was sent anywhere yet, so this suits every method.
 */
export function forwardRequest(
  ctx: ForwardContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  target: Target,
  cookie: string | undefined,
): void {
  const first = ctx.endpoints.acquire(target.name);
  if (first) {
    send(ctx, req, res, target, cookie, first);
    return;
  }
  let gone = false;
  res.once('close', () => {
    gone = true;
  });
  void ctx.endpoints.waitFor(target.name, ctx.replicaWaitMs).then((ready) => {
    if (gone) return;
    const lease = ready ? ctx.endpoints.acquire(target.name) : undefined;
    if (lease) {
      send(ctx, req, res, target, cookie, lease);
      return;
    }
    res.setHeader('Retry-After', '1');
    reply(res, 503, `no ready replica of ${target.name}`);
  });
}

/**
 * Sends the request to `first` and its answer back. A request that may be sent twice goes to
 * another replica once when the first fails before answering (retry.ts); when the first is only
 * slow to answer, both are asked and the first answer is the one sent back.
 */
function send(
  ctx: ForwardContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  target: Target,
  cookie: string | undefined,
  first: Lease,
): void {
  const { endpoints, log, headersTimeoutMs } = ctx;
  const { name } = target;
  const asked = new Set<string>();
  /** the replicas asked that have not answered, each with what gives it up */
  const pending = new Set<() => void>();
  /** gives up the replica whose answer is being sent */
  let sending: (() => void) | undefined;
  const others = () => endpoints.list(name).filter((e) => !asked.has(e.unitId)).length;
  const another = (failure: UpstreamFailure): boolean => {
    const question = { method: req.method, headers: req.headers, failure, asked: asked.size };
    if (!askAnother({ ...question, others: others() })) return false;
    const lease = endpoints.acquire(name, asked);
    if (!lease) return false;
    log.info(
      { deployment: name, replica: lease.endpoint.unitId, failure },
      'gateway: asking another replica',
    );
    ask(lease);
    return true;
  };

  const ask = (lease: Lease): void => {
    asked.add(lease.endpoint.unitId);
    let headersTimer: NodeJS.Timeout | undefined;
    let won = false;
    const upstream = http.request(
      {
        host: lease.endpoint.host,
        port: lease.endpoint.port,
        method: req.method,
        path: target.path,
        headers: forwardedHeaders(req, target, false, ctx.secureCookies),
        agent: false,
      },
      (response) => {
        if (sending) {
          // Another replica answered first.
          giveUp();
          return;
        }
        clearTimeout(headersTimer);
        pending.delete(giveUp);
        won = true;
        sending = giveUp;
        for (const other of [...pending]) other();
        const out = downstreamResponseHeaders(response.headers, target.prefix, false);
        if (cookie) out['set-cookie'] = [...asList(out['set-cookie']), cookie];
        res.writeHead(response.statusCode ?? 502, out);
        response.pipe(res);
        response.once('end', lease.release);
        response.once('error', lease.release);
      },
    );
    function giveUp(): void {
      clearTimeout(headersTimer);
      pending.delete(giveUp);
      upstream.destroy();
      lease.release();
    }
    pending.add(giveUp);
    upstream.setTimeout(upstreamTimeoutMs, () => {
      upstream.destroy(new Error('the replica did not answer in time'));
    });
    if (mayRepeat(req.method, req.headers)) {
      // A paused or stuck replica accepts the connection and says nothing.
      headersTimer = setTimeout(() => {
        if (!sending) another('no-headers');
      }, headersTimeoutMs);
    }
    upstream.once('error', (error) => {
      clearTimeout(headersTimer);
      const waiting = pending.delete(giveUp);
      lease.release();
      if (res.writableEnded) return;
      // The answer being sent broke off: the client sees a cut connection, as from the replica.
      if (won) {
        if (res.headersSent) res.destroy();
        return;
      }
      // Given up (another answered, or the client left), or another is still being asked.
      if (!waiting || sending || another(upstreamFailure(error)) || pending.size > 0) return;
      log.warn(
        { deployment: name, replica: lease.endpoint.unitId, err: errorMessage(error) },
        'gateway: replica did not answer',
      );
      reply(res, 502, `replica of ${name} did not answer`);
    });
    // A GET or HEAD may carry a body too (Content-Length or chunked): it is forwarded as it came.
    if (hasBody(req)) req.pipe(upstream);
    else upstream.end();
  };

  // A client that goes away frees the replicas at once, so draining them does not wait for nothing.
  res.once('close', () => {
    sending?.();
    for (const giveUp of [...pending]) giveUp();
  });
  ask(first);
}
