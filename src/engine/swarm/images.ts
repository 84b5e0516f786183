// Which image reference a service names. A task whose image is named by a tag makes its node ask
// the registry first, even when the node has the image (10–20 s without a network to ask). An
// image the manager has is named by its registry digest (nodes with it start at once, others
// pull exactly it) or, for an image no registry holds (built or loaded here), by its ID: other
// nodes then need the same image loaded.
import type Docker from 'dockerode';
import { statusOf } from '../docker/failures.js';
import type { AuthConfig } from '../registry-auth.js';

export async function pinnedImage(docker: Docker, image: string): Promise<string> {
  if (image.startsWith('sha256:') || image.includes('@sha256:')) return image;
  let info: { Id: string; RepoDigests?: string[] };
  try {
    info = await docker.getImage(image).inspect();
  } catch (error) {
    if (statusOf(error) === 404) return image; // not here: the nodes pull it
    throw error;
  }
  const repository = repositoryOf(image);
  const digest = info.RepoDigests?.find((d) => d.split('@')[0] === repository);
  return digest ?? info.Id;
}

/** `registry:5000/team/model:1` → `registry:5000/team/model` */
export function repositoryOf(image: string): string {
  const slash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  return colon > slash ? image.slice(0, colon) : image;
}

/** Creates a service; with a login, the nodes pull its image with it (Swarm keeps it, not shown). */
export async function createServiceAs(
  docker: Docker,
  spec: object,
  login: AuthConfig | undefined,
): Promise<string> {
  const created = (
    login ? await docker.createService(login, spec as never) : await docker.createService(spec)
  ) as { id?: string; ID?: string };
  return created.id ?? created.ID ?? '';
}

/** Updates a service; with a login, as `createServiceAs`; without, Swarm keeps the one it has. */
export async function updateServiceAs(
  docker: Docker,
  id: string,
  spec: object,
  login: AuthConfig | undefined,
): Promise<void> {
  // dockerode takes the login first, as for create; its types know only the one-argument form.
  const service = docker.getService(id) as unknown as {
    update(...args: object[]): Promise<unknown>;
  };
  await (login ? service.update(login, spec) : service.update(spec));
}
