import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadDockerode } from './dockerode.js';

const loadedModules = () =>
  Object.keys(createRequire(import.meta.url).cache).filter((k) =>
    /node_modules\/(ssh2|@grpc\/grpc-js|protobufjs)\//.test(k),
  );

describe('loading dockerode', () => {
  it('defers the SSH and BuildKit transports until used, and SSH still works when asked for', async () => {
    const Docker = loadDockerode();
    const local = new Docker({ socketPath: '/nonexistent/docker.sock' });
    await expect(local.ping()).rejects.toMatchObject({ code: 'ENOENT' });
    expect(loadedModules()).toEqual([]);

    // An ssh:// engine loads ssh2 on its first request; nothing listens on port 1.
    const remote = new Docker({ protocol: 'ssh', host: '127.0.0.1', port: 1, username: 'berth' });
    await expect(remote.ping()).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(loadedModules().some((k) => k.includes('/ssh2/'))).toBe(true);
  });
});
