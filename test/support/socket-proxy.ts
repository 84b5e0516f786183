// A unix-socket proxy in front of the Docker engine's socket, so a test can cut berth's
// connections (as an engine restart or a network fault would) without touching the engine.
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface SocketProxy {
  socketPath: string;
  /** closes every open connection and refuses new ones until `restore` */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function dockerSocketProxy(target = '/var/run/docker.sock'): Promise<SocketProxy> {
  const dir = await mkdtemp(path.join(tmpdir(), 'berth-proxy-'));
  const socketPath = path.join(dir, 'docker.sock');
  const open = new Set<net.Socket>();
  let refusing = false;
  const server = net.createServer((client) => {
    if (refusing) {
      client.destroy();
      return;
    }
    const upstream = net.connect(target);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  return {
    socketPath,
    cut() {
      refusing = true;
      for (const socket of open) socket.destroy();
    },
    restore() {
      refusing = false;
    },
    async close() {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
      await rm(dir, { recursive: true, force: true });
    },
  };
}
