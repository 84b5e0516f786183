// The registry login of an imagePullSecret as the Engine API takes it (a pull's X-Registry-Auth,
// a Swarm service's, which its nodes pull with): for the registry the image names.
import type { RegistryAuth } from './types.js';

export interface AuthConfig {
  username: string;
  password: string;
  serveraddress: string;
}

/** The registry a login is for: the image's first component when it names a host, else Docker Hub. */
export function authConfigFor(image: string, auth: RegistryAuth): AuthConfig {
  const first = image.split('/')[0] ?? '';
  const host =
    image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')
      ? first
      : 'https://index.docker.io/v1/';
  return { username: auth.username, password: auth.password, serveraddress: host };
}
