// A unix-socket proxy in front of the Docker engine that counts the HTTP requests passing through
// it, so a benchmark can count the engine calls of any process (in-process or a whole CLI run)
// pointed at it with DOCKER_HOST=unix://<socketPath>. It reads only the client → engine bytes:
// request lines and enough of the headers to step over bodies; upgraded connections (exec
// attach) pass through uncounted after their first request.
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface EngineCall {
  method: string;
  /** the path without its query string */
  path: string;
}

export interface CountingProxy {
  socketPath: string;
  /** every request so far, in arrival order */
  calls: EngineCall[];
  close(): Promise<void>;
}

export function isWrite(call: EngineCall): boolean {
  return call.method !== 'GET' && call.method !== 'HEAD';
}

/** `GET /containers/json: 1, GET /info: 1`: calls grouped by method and path, most frequent first. */
export function callSummary(calls: readonly EngineCall[]): string {
  const counts = new Map<string, number>();
  for (const call of calls) {
    // Without the API version; ids and names vary, so they are grouped.
    const path = call.path
      .replace(/^\/v[\d.]+\//, '/')
      .replace(/^\/images\/.+\/json$/, '/images/{name}/json')
      .replace(
        /^\/(containers|volumes|images|networks|exec)\/(?!json$|create$|prune$)[^/]+/,
        '/$1/{id}',
      );
    const key = `${call.method} ${path}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${key}: ${n}`)
    .join(', ');
}

const headEnd = Buffer.from('\r\n\r\n');
const lineEnd = Buffer.from('\r\n');

/** Parses one connection's client → engine bytes and reports each request line. */
function requestParser(onCall: (call: EngineCall) => void): (chunk: Buffer) => void {
  let buffer: Buffer = Buffer.alloc(0);
  /** body bytes still to step over */
  let skip = 0;
  let chunked = false;
  /** upgraded: the rest is not HTTP */
  let raw = false;

  function stepChunked(): boolean {
    const end = buffer.indexOf(lineEnd);
    if (end < 0) return false;
    const size = parseInt(buffer.subarray(0, end).toString('latin1'), 16);
    if (Number.isNaN(size)) {
      raw = true; // not HTTP as we know it: stop counting rather than miscount
      return false;
    }
    if (size > 0) {
      buffer = buffer.subarray(end + 2);
      skip = size + 2; // the data and its CRLF
      return true;
    }
    // The last chunk, then optional trailers and an empty line.
    const trailers = buffer.indexOf(lineEnd, end + 2);
    if (trailers < 0) return false;
    if (trailers === end + 2) {
      buffer = buffer.subarray(end + 4);
    } else {
      const close = buffer.indexOf(headEnd, end + 2);
      if (close < 0) return false;
      buffer = buffer.subarray(close + 4);
    }
    chunked = false;
    return true;
  }

  function stepHead(): boolean {
    const end = buffer.indexOf(headEnd);
    if (end < 0) return false;
    const [line = '', ...headers] = buffer.subarray(0, end).toString('latin1').split('\r\n');
    buffer = buffer.subarray(end + 4);
    const request = /^([A-Z]+) (\S+) HTTP\/1\.[01]$/.exec(line);
    if (!request?.[1] || !request[2]) {
      raw = true;
      return false;
    }
    onCall({ method: request[1], path: request[2].split('?')[0] ?? request[2] });
    const header = (name: string) =>
      headers
        .find((h) => h.toLowerCase().startsWith(`${name}:`))
        ?.slice(name.length + 1)
        .trim()
        .toLowerCase();
    if (header('upgrade') !== undefined || header('connection')?.includes('upgrade')) {
      raw = true;
      return false;
    }
    chunked = header('transfer-encoding')?.includes('chunked') ?? false;
    skip = chunked ? 0 : Number(header('content-length') ?? 0);
    return true;
  }

  return (chunk) => {
    if (raw) return;
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    for (;;) {
      if (skip > 0) {
        const n = Math.min(skip, buffer.length);
        buffer = buffer.subarray(n);
        skip -= n;
        if (skip > 0) return;
      }
      const progressed = chunked ? stepChunked() : stepHead();
      if (!progressed) return; // waiting for more bytes, or stopped (raw)
    }
  };
}

export async function countingDockerProxy(target: string): Promise<CountingProxy> {
  const dir = await mkdtemp(path.join(tmpdir(), 'berth-bench-proxy-'));
  const socketPath = path.join(dir, 'docker.sock');
  const calls: EngineCall[] = [];
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    const parse = requestParser((call) => calls.push(call));
    client.on('data', parse);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  return {
    socketPath,
    calls,
    async close() {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      await rm(dir, { recursive: true, force: true });
    },
  };
}
