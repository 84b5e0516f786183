// Makes an image present on one Docker Engine: nothing when it is there, else a pull (with the
// owner's registry login when the resource names an imagePullSecret). A failure is an ImageError
// that says what to check.
import type Docker from 'dockerode';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { authConfigFor } from '../registry-auth.js';
import { ImageError, type RegistryAuth } from '../types.js';
import { statusOf } from './failures.js';

export async function ensureImage(
  docker: Docker,
  image: string,
  auth: RegistryAuth | undefined,
  log: Logger,
  wrap: (error: unknown, what: string) => Error,
): Promise<void> {
  try {
    await docker.getImage(image).inspect();
    return;
  } catch (error) {
    if (statusOf(error) !== 404) throw wrap(error, `inspect image ${image}`);
  }
  log.info({ image, login: auth ? `${auth.owner} ${auth.secret}` : undefined }, 'pulling image');
  try {
    const stream = await docker.pull(image, auth ? { authconfig: authConfigFor(image, auth) } : {});
    await new Promise<void>((resolve, reject) => {
      docker.modem.followProgress(stream, (err: Error | null) => {
        if (err) reject(err);
        else resolve();
      });
    });
  } catch (error) {
    throw new ImageError(pullFailure(image, errorMessage(error), auth));
  }
}

function pullFailure(image: string, detail: string, auth: RegistryAuth | undefined): string {
  if (auth)
    return `cannot pull image ${image} with the imagePullSecret ${auth.secret} of ${auth.owner}: ${detail}; check the image name and the login (\`berth secrets set ${auth.owner} ${auth.secret}\` with user:password)`;
  return `cannot pull image ${image}: ${detail}; check the image name, push it to a registry this engine can reach, or for a private registry set spec.imagePullSecret to a secret of the owner's scope holding user:password`;
}
