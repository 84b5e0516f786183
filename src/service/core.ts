// The composition root: the one place berth's parts are built and wired from options. Every
// command (plan, apply, serve), the tests and the benchmarks build the same core here.
import type Docker from 'dockerode';
import type { Clock } from '../clock.js';
import { createDockerEngine } from '../engine/docker/engine.js';
import type { ImageApi } from '../engine/image-api.js';
import { createSwarmEngine } from '../engine/swarm/engine.js';
import type { Engine } from '../engine/types.js';
import { createEndpoints, type Endpoints } from '../gateway/endpoints.js';
import { createResourceImages } from '../images/resource-images.js';
import type { GitCredentialsLookup } from '../images/snapshots.js';
import type { ResourceImages } from '../images/types.js';
import { createKinds } from '../kinds/index.js';
import type { Logger } from '../log.js';
import { createReconciler, type Reconciler, type StopReport } from '../reconcile/loop.js';
import { systemClock } from '../clock.js';
import { resolveSecrets } from '../secrets/resolve.js';
import type { SecretStore } from '../secrets/types.js';
import type { TokenStore } from '../gateway/tokens.js';
import { withOwnerTokens } from './owner-tokens.js';
import type { SizeTable } from '../resources/spec-checks.js';

export interface CoreOptions {
  /** value of the berth.instance label */
  instance: string;
  logger: Logger;
  /** remove what is gone from the revision (default true) */
  prune?: boolean;
  /** which engine runs the workloads (default docker) */
  engine?: EngineName | undefined;
  /** the Swarm engine's network: an overlay (default) or a Swarm-scoped bridge (one node) */
  swarmNetwork?: 'overlay' | 'local' | undefined;
  /** encrypt the Swarm engine's overlays (default true) */
  swarmEncrypted?: boolean | undefined;
  /** DOCKER_HOST; the local socket when unset */
  dockerHost?: string | undefined;
  /** a Docker client to use instead (tests count its calls) */
  docker?: Docker;
  clock?: Clock;
  /** resources converged at once (default 8) */
  concurrency?: number;
  resyncMs?: number;
  drainTimeoutMs?: number;
  stopTimeoutSeconds?: number;
  /** the owners' secrets (SPEC §3); without a store, resources that use secrets fail */
  secrets?: SecretStore | undefined;
  /** gateway tokens: every unit gets its owner's as BERTH_TOKEN (none without a store) */
  tokens?: TokenStore | undefined;
  /** resource images (git snapshots, extra packages); without it such resources fail to apply */
  images?: ImageSettings | undefined;
  /** the size table (SPEC §1.4); default: the built-in one */
  sizes?: SizeTable | undefined;
}

export interface ImageSettings {
  /** berth's state folder: project repositories are cached under `projects/` */
  stateDir: string;
  /** the owner's GIT_TOKEN (SPEC §3); anonymous when unset */
  credentials?: GitCredentialsLookup | undefined;
  /** PIP_INDEX_URL inside builds (a mirror); pip's default index when unset */
  pipIndexUrl?: string | undefined;
  /** the network build steps use, e.g. `host`; the engine's default when unset */
  buildNetwork?: string | undefined;
}

export type EngineName = 'docker' | 'swarm';

/** The engine the loop drives, and the images berth builds on it. */
export type CoreEngine = Engine & { images: ImageApi };

export interface Core {
  engine: CoreEngine;
  endpoints: Endpoints;
  reconciler: Reconciler;
  /** resolves refs and builds resource images (manual job runs use it too) */
  images: ResourceImages | undefined;
  secrets: SecretStore | undefined;
  /** stops the loop and the engine's timers; containers keep running */
  close(): Promise<void>;
  /** as `close`, waiting at most `graceMs` for work in flight; says what it left */
  shutdown(options?: { graceMs?: number }): Promise<StopReport>;
}

export function buildCore(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  const store = options.secrets;
  const endpoints = createEndpoints(clock);
  const baseEngine: CoreEngine =
    options.engine === 'swarm'
      ? createSwarmEngine({
          instance: options.instance,
          logger: options.logger,
          endpoints,
          dockerHost: options.dockerHost,
          ...(options.docker ? { docker: options.docker } : {}),
          clock,
          ...(options.swarmNetwork ? { network: options.swarmNetwork } : {}),
          ...(options.swarmEncrypted === undefined ? {} : { encrypted: options.swarmEncrypted }),
          ...(options.stopTimeoutSeconds === undefined
            ? {}
            : { stopTimeoutSeconds: options.stopTimeoutSeconds }),
        })
      : dockerEngine(options, endpoints, clock);
  const engine = options.tokens ? withOwnerTokens(baseEngine, options.tokens) : baseEngine;
  const images = options.images
    ? createResourceImages({
        ...options.images,
        instance: options.instance,
        images: baseEngine.images,
        logger: options.logger,
        clock,
      })
    : undefined;
  const reconciler = createReconciler({
    engine,
    ...(images ? { images } : {}),
    kinds: createKinds(),
    instance: options.instance,
    logger: options.logger,
    clock,
    prune: options.prune ?? true,
    ...(options.sizes ? { sizes: options.sizes } : {}),
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    ...(options.resyncMs === undefined ? {} : { resyncMs: options.resyncMs }),
    ...(store ? { resolveSecrets: (resources) => resolveSecrets(store, resources) } : {}),
  });
  return {
    engine,
    endpoints,
    reconciler,
    images,
    secrets: store,
    async shutdown(shutdownOptions) {
      const report = await reconciler.stop(shutdownOptions);
      engine.close();
      return report;
    },
    async close() {
      await reconciler.stop();
      engine.close();
    },
  };
}

function dockerEngine(options: CoreOptions, endpoints: Endpoints, clock: Clock): CoreEngine {
  return createDockerEngine({
    instance: options.instance,
    logger: options.logger,
    endpoints,
    dockerHost: options.dockerHost,
    ...(options.docker ? { docker: options.docker } : {}),
    clock,
    ...(options.drainTimeoutMs === undefined ? {} : { drainTimeoutMs: options.drainTimeoutMs }),
    ...(options.stopTimeoutSeconds === undefined
      ? {}
      : { stopTimeoutSeconds: options.stopTimeoutSeconds }),
  });
}
