// What the gateway's forwarding shares: which deployment a request is for, the headers a replica
// gets, and the answers berth gives itself (as an HTTP response, or raw on an upgraded socket).
import http from 'node:http';
import type { Duplex } from 'node:stream';
import { upstreamRequestHeaders } from './headers.js';

/** How long a replica may stay silent (no bytes either way) before the gateway gives up. */
export const upstreamTimeoutMs = 300_000;

/** Which deployment a request is for, and what to ask it. */
export interface Target {
  name: string;
  /** path and query for the replica, without berth's token */
  path: string;
  /** `/d/<name>` on the shared origin, '' on the deployment's own */
  prefix: string;
  /** a token given as ?berth_token= */
  queryToken: string | undefined;
}

export function forwardedHeaders(
  req: http.IncomingMessage,
  target: Target,
  upgrade: boolean,
  https = false,
): http.OutgoingHttpHeaders {
  const headers = upstreamRequestHeaders(req.headers, upgrade);
  headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
  headers['x-forwarded-proto'] = https ? 'https' : 'http';
  if (req.headers.host) headers['x-forwarded-host'] = req.headers.host;
  if (target.prefix) headers['x-forwarded-prefix'] = target.prefix;
  return headers;
}

export function isRead(req: http.IncomingMessage): boolean {
  return req.method === 'GET' || req.method === 'HEAD';
}

export function hasBody(req: http.IncomingMessage): boolean {
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const length = req.headers['content-length'];
  if (length !== undefined) return Number(length) > 0;
  return !isRead(req);
}

export function asList(value: http.OutgoingHttpHeader | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [String(value)];
}

export function reply(res: http.ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(`${JSON.stringify({ error: message })}\n`);
}

export function responseHead(
  status: number,
  message: string | undefined,
  headers: http.OutgoingHttpHeaders,
): string {
  const lines = [`HTTP/1.1 ${status} ${message ?? http.STATUS_CODES[status] ?? ''}`];
  for (const [key, value] of Object.entries(headers)) {
    for (const one of asList(value)) lines.push(`${key}: ${one}`);
  }
  return `${lines.join('\r\n')}\r\n\r\n`;
}

export function rawReply(socket: Duplex, status: number, message: string): void {
  if (!socket.writable) return;
  const body = `${JSON.stringify({ error: message })}\n`;
  socket.end(
    responseHead(status, undefined, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      connection: 'close',
    }) + body,
  );
}
