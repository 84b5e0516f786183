// Which image reference a service names. A task whose image is named by a tag makes its node ask
// the registry first, even when the node has the image (10–20 s without a network to ask). An
// image the manager has is named by its registry digest (nodes with it start at once, others
// pull exactly it) or, for an image no registry holds (built or loaded here), by its ID: other
// nodes then need the same image loaded.
import type Docker from 'dockerode';
import { statusOf } from '../docker/failures.js';

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
