// Images berth builds, on one Docker Engine through dockerode: a build from a tar context (the
// engine's classic builder), its output kept to the last lines, and removal that never forces.
import type Docker from 'dockerode';
import { TransientError, errorMessage } from '../../errors.js';
import type { BuildOutcome, ImageApi } from '../image-api.js';

/** lines of build output kept for the status of a failed build */
const keptLines = 30;

export function createDockerImages(docker: Docker, where: string): ImageApi {
  const fail = (error: unknown, what: string) =>
    new TransientError(`docker at ${where}: ${what}: ${errorMessage(error)}`);
  return {
    async exists(tag) {
      try {
        await docker.getImage(tag).inspect();
        return true;
      } catch (error) {
        if (statusOf(error) === 404) return false;
        throw fail(error, `inspect image ${tag}`);
      }
    },

    async build({ tag, context, labels, buildArgs, network, registryAuth }) {
      const stream = await docker
        .buildImage(context, {
          t: tag,
          labels,
          rm: true,
          forcerm: true,
          ...(buildArgs ? { buildargs: buildArgs } : {}),
          ...(network ? { networkmode: network } : {}),
          ...(registryAuth
            ? {
                registryconfig: {
                  [registryAuth.server]: {
                    username: registryAuth.username,
                    password: registryAuth.password,
                  },
                },
              }
            : {}),
        })
        .catch((error: unknown) => {
          throw fail(error, `build ${tag}`);
        });
      return new Promise<BuildOutcome>((resolve) => {
        const output: string[] = [];
        let error: string | undefined;
        const keep = (text: string) => {
          for (const line of text.split('\n')) if (line.trim() !== '') output.push(line);
          output.splice(0, Math.max(output.length - keptLines, 0));
        };
        docker.modem.followProgress(
          stream,
          (err: Error | null) => {
            if (err) error ??= err.message;
            resolve({ ok: error === undefined, output, ...(error ? { error } : {}) });
          },
          (event: { stream?: string; error?: string; errorDetail?: { message?: string } }) => {
            if (event.stream) keep(event.stream);
            if (event.error) {
              error = event.errorDetail?.message ?? event.error;
              keep(error);
            }
          },
        );
      });
    },

    async list(labels) {
      const label = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
      const images = await docker.listImages({ filters: { label } }).catch((error: unknown) => {
        throw fail(error, 'list images');
      });
      return images.map((i) => ({
        id: i.Id,
        tags: (i.RepoTags ?? []).filter((t) => t !== '<none>:<none>'),
      }));
    },

    async remove(tag) {
      // A container of any state still using it keeps it, without a write call for each pass.
      const users = await docker
        .listContainers({ all: true, filters: { ancestor: [tag] } })
        .catch((error: unknown) => {
          throw fail(error, `list containers of image ${tag}`);
        });
      if (users.length > 0) return 'in-use';
      try {
        await docker.getImage(tag).remove({ force: false, noprune: false });
        return 'removed';
      } catch (error) {
        const status = statusOf(error);
        if (status === 404) return 'gone';
        if (status === 409) return 'in-use';
        throw fail(error, `remove image ${tag}`);
      }
    },
  };
}

function statusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'statusCode' in error) {
    const status = error.statusCode;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}
