// Forwards a WebSocket upgrade to a ready replica of its deployment: the replica's handshake
// answer goes back, then bytes flow both ways until either side closes. A replica that declines
// the upgrade has its answer passed back as it is.
import http from 'node:http';
import type { Duplex } from 'node:stream';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import type { Endpoints } from './endpoints.js';
import { downstreamResponseHeaders } from './headers.js';
import {
  forwardedHeaders,
  rawReply,
  responseHead,
  upstreamTimeoutMs,
  type Target,
} from './wire.js';

export interface UpgradeContext {
  endpoints: Endpoints;
  log: Logger;
  secureCookies: boolean | undefined;
}

export function forwardUpgrade(
  ctx: UpgradeContext,
  req: http.IncomingMessage,
  socket: Duplex,
  head: Buffer,
  target: Target,
): void {
  const { endpoints, log } = ctx;
  const lease = endpoints.acquire(target.name);
  if (!lease) {
    rawReply(socket, 503, `no ready replica of ${target.name}`);
    return;
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    lease.release();
  };
  const upstream = http.request({
    host: lease.endpoint.host,
    port: lease.endpoint.port,
    method: req.method,
    path: target.path,
    headers: forwardedHeaders(req, target, true, ctx.secureCookies),
    agent: false,
  });
  // Until the replica answers the handshake; an open WebSocket may then stay quiet for long.
  upstream.setTimeout(upstreamTimeoutMs, () => {
    upstream.destroy(new Error('the replica did not answer in time'));
  });
  upstream.once('upgrade', (response, upstreamSocket, upstreamHead) => {
    upstreamSocket.setTimeout(0);
    const out = downstreamResponseHeaders(response.headers, target.prefix, true);
    socket.write(responseHead(response.statusCode ?? 101, response.statusMessage, out));
    if (upstreamHead.length > 0) socket.write(upstreamHead);
    if (head.length > 0) upstreamSocket.write(head);
    upstreamSocket.on('error', () => socket.destroy());
    socket.on('close', () => {
      upstreamSocket.destroy();
      release();
    });
    upstreamSocket.on('close', () => socket.destroy());
    upstreamSocket.pipe(socket).pipe(upstreamSocket);
  });
  upstream.once('response', (response) => {
    // The replica declined the upgrade: its answer goes back as it is.
    const out = downstreamResponseHeaders(response.headers, target.prefix, false);
    out.connection = 'close';
    socket.write(responseHead(response.statusCode ?? 502, response.statusMessage, out));
    response.pipe(socket);
    response.once('end', release);
  });
  upstream.once('error', (error) => {
    release();
    log.warn(
      { deployment: target.name, replica: lease.endpoint.unitId, err: errorMessage(error) },
      'gateway: replica did not answer',
    );
    rawReply(socket, 502, `replica of ${target.name} did not answer`);
  });
  socket.once('close', () => upstream.destroy());
  upstream.end();
}
