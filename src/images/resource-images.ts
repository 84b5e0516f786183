// The resource images of one berth instance (SPEC §4.2): refs resolved with each owner's
// credentials, images built once per recipe through the engine and reused while their tag exists,
// and images no resource uses removed. The owner's GIT_TOKEN is used only to talk to the Git
// server; the build context holds files of the git trees and the generated Dockerfile, nothing else.
import { systemClock, type Clock } from '../clock.js';
import { errorMessage } from '../errors.js';
import type { ImageApi } from '../engine/image-api.js';
import { ImageError } from '../engine/types.js';
import type { Logger } from '../log.js';
import type { GitCredentialsLookup, SnapshotResolver } from './snapshots.js';
import type { BaseLogin, ImageRecipe, ResourceImages } from './types.js';

export interface ResourceImagesOptions {
  /** the berth.instance whose images these are */
  instance: string;
  /** berth's state folder: project caches go to `projects/` */
  stateDir: string;
  images: ImageApi;
  /** the owner's GIT_TOKEN (SPEC §3); anonymous when unset */
  credentials?: GitCredentialsLookup | undefined;
  logger: Logger;
  /** pip's index inside builds (PIP_INDEX_URL), e.g. a mirror; pip's default when unset */
  pipIndexUrl?: string | undefined;
  /** the network build steps use (`host` reaches an index on this machine) */
  buildNetwork?: string | undefined;
  requestTimeoutMs?: number;
  clock?: Clock;
}

/** lines of a failed build's output shown in the resource's status */
const shownLines = 12;
/** a failed build is tried again after 1 min, doubling up to 30 min (the same inputs fail alike) */
const firstRetryMs = 60_000;
const maxRetryMs = 30 * 60_000;
/**
 * Pruning lists the engine's images: a pass whose images in use are those of the last prune skips
 * it (a no-op reconcile reads nothing more), unless this long has passed (a kept job run that
 * held an image may have gone since).
 */
const pruneAgainMs = 10 * 60_000;

export function createResourceImages(options: ResourceImagesOptions): ResourceImages {
  const log = options.logger.child({ component: 'images' });
  // The Git client and the build context load when a resource first has git entries or packages:
  // a berth whose resources have none never pays for them.
  let resolverLoad: Promise<SnapshotResolver> | undefined;
  const resolver = () =>
    (resolverLoad ??= import('./snapshots.js').then(({ createSnapshotResolver }) =>
      createSnapshotResolver({
        stateDir: options.stateDir,
        credentials: options.credentials ?? (() => Promise.resolve(undefined)),
        logger: options.logger,
        ...(options.requestTimeoutMs === undefined
          ? {}
          : { requestTimeoutMs: options.requestTimeoutMs }),
      }),
    ));
  const labels = { 'berth.managed': 'true', 'berth.instance': options.instance };
  const clock = options.clock ?? systemClock;
  /** builds under way, by tag: a second resource or pass asking for one waits for it */
  const building = new Map<string, Promise<void>>();
  /** builds that failed, by tag, until they may be tried again */
  const failed = new Map<string, { error: ImageError; retryAt: number; delayMs: number }>();
  let lastPrune: { inUse: string; at: number } | undefined;

  async function build(
    recipe: ImageRecipe,
    record: (message: string) => void,
    baseLogin: BaseLogin | undefined,
  ): Promise<void> {
    if (await options.images.exists(recipe.tag)) return;
    const before = failed.get(recipe.tag);
    if (before && clock.now() < before.retryAt) throw before.error;
    const started = clock.now();
    record(`building image ${recipe.tag}`);
    const pipIndex = options.pipIndexUrl !== undefined && recipe.pip.length > 0;
    const [{ buildContext }, stores] = await Promise.all([import('./context.js'), resolver()]);
    const outcome = await options.images.build({
      tag: recipe.tag,
      context: buildContext(recipe, (url) => stores.storeOf(url), { pipIndexArg: pipIndex }),
      labels: { ...labels, 'berth.kind': recipe.resource.kind, 'berth.name': recipe.resource.name },
      ...(pipIndex ? { buildArgs: { PIP_INDEX_URL: options.pipIndexUrl ?? '' } } : {}),
      ...(options.buildNetwork ? { network: options.buildNetwork } : {}),
      ...(baseLogin
        ? {
            registryAuth: {
              server: registryOf(recipe.base),
              username: baseLogin.username,
              password: baseLogin.password,
            },
          }
        : {}),
    });
    if (!outcome.ok) {
      log.warn({ image: recipe.tag, err: outcome.error }, 'image build failed');
      const delayMs = before ? Math.min(before.delayMs * 2, maxRetryMs) : firstRetryMs;
      const retryAt = clock.now() + delayMs;
      const last = outcome.output.slice(-shownLines).join('\n');
      const error = new ImageError(
        `building image ${recipe.tag} failed: ${outcome.error ?? 'the engine gave no reason'}; fix the packages or files named in its last lines and push (berth tries the same inputs again after ${new Date(retryAt).toISOString()}):\n${last}`,
      );
      failed.set(recipe.tag, { error, retryAt, delayMs });
      throw error;
    }
    failed.delete(recipe.tag);
    log.info({ image: recipe.tag, ms: clock.now() - started }, 'image built');
    record(`built image ${recipe.tag}`);
  }

  return {
    resolve: async (requests) => (await resolver()).resolve(requests),

    ensure(recipe, hooks, baseLogin) {
      let done = building.get(recipe.tag);
      if (!done) {
        const record = (message: string) => {
          hooks.record(message);
        };
        done = build(recipe, record, baseLogin).finally(() => building.delete(recipe.tag));
        building.set(recipe.tag, done);
      }
      return done;
    },

    async prune(inUse) {
      const key = [...inUse].sort().join(' ');
      if (lastPrune?.inUse === key && clock.now() - lastPrune.at < pruneAgainMs) return;
      const started = clock.now();
      for (const image of await options.images.list(labels)) {
        // An image of the instance that lost its tag (built again under it) is used by nothing
        // berth declares: it goes by its id.
        const names = image.tags.length > 0 ? image.tags : [image.id];
        for (const tag of names) {
          if (inUse.has(tag) || building.has(tag)) continue;
          try {
            const result = await options.images.remove(tag);
            if (result === 'removed') log.info({ image: tag }, 'unused image removed');
          } catch (error) {
            log.warn({ image: tag, err: errorMessage(error) }, 'cannot remove unused image');
          }
        }
      }
      lastPrune = { inUse: key, at: started };
    },
  };
}

/** The registry an image reference names, as the engine keys logins: Docker Hub by default. */
export function registryOf(image: string): string {
  const first = image.split('/')[0] ?? '';
  const named =
    image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  return named ? first : 'https://index.docker.io/v1/';
}
