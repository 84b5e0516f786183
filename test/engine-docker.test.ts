// The container-level Docker client under the Docker engine, against the real engine.
import { afterAll, describe, expect, it } from 'vitest';
import { exampleImage, testEngine } from './support/docker.js';

const t = testEngine('eng');
afterAll(() => t.cleanup());

function spec(name: string, command: string) {
  return {
    name: `berth-${t.instance}-${name}`,
    image: exampleImage,
    entrypoint: ['/bin/sh', '-c'],
    args: [command],
    env: { GREETING: 'hello' },
    labels: {
      'berth.managed': 'true',
      'berth.instance': t.instance,
      'berth.kind': 'Deployment',
      'berth.name': name,
      'berth.spec-hash': 'abc',
    },
    cpus: 0.5,
    memoryBytes: 64 * 1024 * 1024,
    gpus: 0,
    volumes: [{ name: `berth-${t.instance}-data-user.alice`, target: '/data' }],
  };
}

describe('docker engine', () => {
  it('creates, starts, lists by label, inspects and removes a container', async () => {
    await t.containers.ensureVolume(`berth-${t.instance}-data-user.alice`, {
      'berth.managed': 'true',
    });
    const id = await t.containers.create(
      spec('web', 'echo "$GREETING from berth"; exec httpd -f -p 8000 -h /www'),
    );
    await t.containers.start(id);

    const listed = await t.containers.listManaged(t.instance);
    expect(listed.map((c) => [c.id, c.status, c.labels['berth.name']])).toEqual([
      [id, 'running', 'web'],
    ]);
    expect(await t.containers.listManaged('some-other-instance')).toEqual([]);

    const details = await t.containers.inspect(id);
    expect(details?.address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const raw = await t.docker.getContainer(id).inspect();
    expect(raw.HostConfig.NanoCpus).toBe(500_000_000);
    expect(raw.HostConfig.Memory).toBe(64 * 1024 * 1024);
    expect(raw.HostConfig.SecurityOpt).toEqual(['no-new-privileges:true']);
    expect(raw.HostConfig.Privileged).toBe(false);
    expect(raw.HostConfig.CapDrop).toEqual(['ALL']);
    expect(raw.HostConfig.PidsLimit).toBe(4096);
    expect(raw.HostConfig.Binds ?? []).toEqual([]);
    expect(raw.Mounts.map((m) => [m.Type, m.Destination])).toEqual([['volume', '/data']]);
    // Output is bounded on every container berth makes: size and number of files.
    expect(raw.HostConfig.LogConfig).toEqual({
      Type: 'json-file',
      Config: { 'max-size': '10m', 'max-file': '3' },
    });

    await t.containers.remove(id);
    expect(await t.containers.listManaged(t.instance)).toEqual([]);
    expect(await t.containers.inspect(id)).toBeUndefined();
  });

  it('lets berth reach every container but keeps containers from reaching each other', async () => {
    const server = await t.containers.create(spec('server', 'exec httpd -f -p 8000 -h /www'));
    await t.containers.start(server);
    const address = (await t.containers.inspect(server))?.address;
    const fromHost = await fetch(`http://${address ?? ''}:8000/index.html`);
    expect(await fromHost.text()).toBe('berth example\n');
    const client = await t.containers.create(
      spec(
        'client',
        String.raw`if printf 'GET /index.html HTTP/1.0\r\n\r\n' | nc -w 2 ${address ?? ''} 8000 | grep -q 'berth example'; then echo reached; else echo blocked; fi`,
      ),
    );
    await t.containers.start(client);
    for (let i = 0; i < 100 && (await t.containers.inspect(client))?.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((await t.containers.logs(client, 5)).trim().split('\n').pop()).toBe('blocked');
    await Promise.all([t.containers.remove(server), t.containers.remove(client)]);
  });

  it('turns GPUs of a size into a device request', async () => {
    // Created, not started: this machine has no GPU, but the request must reach the engine intact.
    const id = await t.containers.create({ ...spec('gpu', 'true'), cpus: 1, gpus: 1 });
    const raw = await t.docker.getContainer(id).inspect();
    expect(raw.HostConfig.DeviceRequests).toEqual([
      { Driver: '', Count: 1, DeviceIDs: null, Capabilities: [['gpu']], Options: null },
    ]);
    expect(raw.HostConfig.NanoCpus).toBe(1_000_000_000);
    await t.containers.remove(id);
  });

  it('reads logs and listening sockets of a running container', async () => {
    const id = await t.containers.create(
      spec('sockets', 'echo ready; exec httpd -f -p 127.0.0.1:8000 -h /www'),
    );
    await t.containers.start(id);
    let sockets = await t.containers.listeningSockets(id);
    for (let i = 0; i < 40 && !sockets?.length; i++) {
      await new Promise((r) => setTimeout(r, 50));
      sockets = await t.containers.listeningSockets(id);
    }
    expect(sockets).toEqual([{ address: '127.0.0.1', port: 8000 }]);
    expect(await t.containers.logs(id, 10)).toBe('ready\n');
    await t.containers.remove(id);
  });

  it('reports engine events for the instance', async () => {
    const seen: string[] = [];
    const errors: Error[] = [];
    let connects = 0;
    const stop = t.containers.watch(t.instance, {
      onEvent: (e) => seen.push(`${e.action}:${e.labels['berth.name'] ?? ''}`),
      onError: (error) => errors.push(error),
      onConnect: () => (connects += 1),
    });
    for (let i = 0; i < 100 && connects === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(connects).toBe(1);
    const id = await t.containers.create(spec('events', 'exit 3'));
    await t.containers.start(id);
    for (let i = 0; i < 100 && !seen.includes('die:events'); i++)
      await new Promise((r) => setTimeout(r, 50));
    stop();
    expect(seen).toEqual(expect.arrayContaining(['create:events', 'start:events', 'die:events']));
    expect((await t.containers.inspect(id))?.exitCode).toBe(3);
    expect(errors).toEqual([]);
    await t.containers.remove(id);
  });

  it('tells its capacity and refuses to pull an image no registry has', async () => {
    const capacity = await t.containers.capacity();
    expect(capacity.cpus).toBeGreaterThan(0);
    expect(capacity.memoryBytes).toBeGreaterThan(1024 ** 3);
    await expect(t.containers.ensureImage('127.0.0.1:9/nothing/here:1')).rejects.toThrow(
      /cannot pull image 127.0.0.1:9\/nothing\/here:1/,
    );
  });
});
