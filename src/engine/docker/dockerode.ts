// Loads dockerode. At load time dockerode and docker-modem also load two transports berth does not
// use unless asked: BuildKit sessions (@grpc/grpc-js, protobufjs) and SSH (ssh2), about 20 MiB
// resident between them. Those modules are deferred: each is loaded the first time it is used, so
// an engine on a unix socket or TCP never pays for them and ssh:// still works. Also: the
// connection options for a DOCKER_HOST value.
import Module, { createRequire } from 'node:module';
import type DockerType from 'dockerode';

interface ModuleLoader {
  _load(request: string, parent: { filename?: string } | undefined, isMain: boolean): unknown;
}

/** module ids deferred, by the package whose code asks for them */
const deferred: { request: string; from: string }[] = [
  { request: '@grpc/grpc-js', from: '/dockerode/lib/' },
  { request: '@grpc/proto-loader', from: '/dockerode/lib/' },
  { request: './ssh', from: '/docker-modem/lib/' },
];

let loaded: typeof DockerType | undefined;

export function loadDockerode(): typeof DockerType {
  if (loaded) return loaded;
  const loader = Module as unknown as ModuleLoader;
  const original = loader._load.bind(loader);
  loader._load = (request, parent, isMain) => {
    const from = parent?.filename ?? '';
    const defer = deferred.some((d) => d.request === request && from.includes(d.from));
    if (!defer) return original(request, parent, isMain);
    return lazyModule(() => original(request, parent, isMain));
  };
  try {
    loaded = createRequire(import.meta.url)('dockerode') as typeof DockerType;
  } finally {
    loader._load = original;
  }
  return loaded;
}

/** A stand-in that loads the real module on first use (a property read or a call). */
function lazyModule(load: () => unknown): unknown {
  let real: object | undefined;
  const target = (): object => (real ??= load() as object);
  return new Proxy(function deferredModule() {}, {
    get: (_stub, property) => Reflect.get(target(), property) as unknown,
    has: (_stub, property) => Reflect.has(target(), property),
    apply: (_stub, self, args: unknown[]) =>
      Reflect.apply(target() as (...a: unknown[]) => unknown, self, args),
    construct: (_stub, args: unknown[]) =>
      Reflect.construct(target() as new (...a: unknown[]) => object, args),
  });
}

/** dockerode's connection options for a DOCKER_HOST value (unix://, tcp://, http://). */
export function dockerConnection(dockerHost: string | undefined): DockerType.DockerOptions {
  if (!dockerHost) return { socketPath: '/var/run/docker.sock' };
  if (dockerHost.startsWith('unix://')) return { socketPath: dockerHost.slice('unix://'.length) };
  const url = new URL(dockerHost.replace(/^tcp:/, 'http:'));
  return { host: url.hostname, port: Number(url.port || 2375), protocol: 'http' };
}
