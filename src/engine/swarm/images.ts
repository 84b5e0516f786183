// Which image reference a service names. A task whose image is named by a tag makes its node ask
// the registry first, even when the node has the image (10–20 s without a network to ask). An
// image the manager has is named by its registry digest (nodes with it start at once, others
// pull exactly it) or, for an image no registry holds (built or loaded here), by its ID: other
// nodes then need the same image loaded, except for an image berth built: its tasks stay on the
// node that built it.
import type Docker from 'dockerode';
import { statusOf } from '../docker/failures.js';

export interface PinnedImage {
  image: string;
  /** the node the tasks must run on: the only one with the image (berth built it there) */
  node?: string | undefined;
}

/**
 * How services name images (above). An image berth built on the manager (a git snapshot, extra
 * packages) is on no other node and in no registry, so its tasks stay on the manager.
 */
export function createImagePins(docker: Docker): (image: string) => Promise<PinnedImage> {
  let here: Promise<string | undefined> | undefined;
  return async (image) => {
    if (image.startsWith('sha256:') || image.includes('@sha256:')) return { image };
    let info: { Id: string; RepoDigests?: string[]; Config?: { Labels?: Record<string, string> } };
    try {
      info = await docker.getImage(image).inspect();
    } catch (error) {
      if (statusOf(error) === 404) return { image }; // not here: the nodes pull it
      throw error;
    }
    const repository = repositoryOf(image);
    const digest = info.RepoDigests?.find((d) => d.split('@')[0] === repository);
    if (digest) return { image: digest };
    if (info.Config?.Labels?.['berth.managed'] !== 'true') return { image: info.Id };
    here ??= docker
      .info()
      .then((i: { Swarm?: { NodeID?: string } }) => i.Swarm?.NodeID || undefined)
      .catch((error: unknown) => {
        here = undefined; // asked again next time
        throw error;
      });
    const node = await here;
    return { image: info.Id, node };
  };
}

/** `registry:5000/team/model:1` → `registry:5000/team/model` */
export function repositoryOf(image: string): string {
  const slash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  return colon > slash ? image.slice(0, colon) : image;
}
