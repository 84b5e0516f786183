// Whether the engine accepts a new connection: what tells an engine shutting down from a stop by hand.
import http from 'node:http';
import net from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Docker from 'dockerode';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptsConnections } from './engine-life.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function socketPath(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'berth-life-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return path.join(dir, 'docker.sock');
}

async function listen(server: net.Server, at: string): Promise<void> {
  await new Promise<void>((resolve) => server.listen(at, resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  );
}

describe('an engine accepting connections', () => {
  it('answers true for an engine that answers its ping', async () => {
    const at = await socketPath();
    await listen(
      http.createServer((_req, res) => res.end('OK')),
      at,
    );
    expect(await acceptsConnections(new Docker({ socketPath: at }))).toBe(true);
  });

  it('answers false when nothing listens any more (the engine closed its listener)', async () => {
    expect(await acceptsConnections(new Docker({ socketPath: await socketPath() }))).toBe(false);
  });

  it('answers false when a new connection is dropped at once', async () => {
    const at = await socketPath();
    await listen(
      net.createServer((socket) => socket.destroy()),
      at,
    );
    expect(await acceptsConnections(new Docker({ socketPath: at }))).toBe(false);
  });
});
