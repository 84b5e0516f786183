// File secrets on Swarm (SPEC §3): each value becomes a Swarm secret named by the instance, the
// owner's scope, the secret's name and its keyed fingerprint, so a rotated value is a new secret
// (and, through the spec hash, a rolled service). Values go only to the secret create call: the
// service spec names the secret, and its environment never holds a file secret. A secret no
// service of the instance mounts any more (the old value after a rotation) is removed.
import type Docker from 'dockerode';
import type { UnitSecret } from '../types.js';
import { statusOf } from '../docker/failures.js';
import type { MountedSecret, SwarmServiceSpec } from './service-spec.js';

export function swarmSecretName(instance: string, owner: string, secret: UnitSecret): string {
  const scope = owner.replace(/[^A-Za-z0-9]+/g, '.');
  const name = `berth-${instance}-${scope}-${secret.name}`.slice(0, 50);
  return `${name}-${secret.fingerprint.slice(0, 12)}`;
}

/** Makes the Swarm secrets of a unit's file secrets exist; returns how the service mounts them. */
export async function ensureSecrets(
  docker: Docker,
  instance: string,
  owner: string,
  secrets: readonly UnitSecret[],
): Promise<MountedSecret[]> {
  const files = secrets.filter((s) => s.file !== undefined);
  if (files.length === 0) return [];
  const names = files.map((s) => swarmSecretName(instance, owner, s));
  const existing = (await docker.listSecrets({ filters: { name: names } })) as {
    ID: string;
    Spec?: { Name?: string };
  }[];
  const ids = new Map(existing.map((s) => [s.Spec?.Name ?? '', s.ID]));
  const mounted: MountedSecret[] = [];
  for (const [i, secret] of files.entries()) {
    const name = names[i] ?? '';
    let id = ids.get(name);
    if (!id) {
      const created = (await docker.createSecret({
        Name: name,
        Labels: { 'berth.managed': 'true', 'berth.instance': instance, 'berth.owner': owner },
        Data: Buffer.from(secret.value).toString('base64'),
      })) as { id?: string; ID?: string };
      id = created.id ?? created.ID ?? '';
    }
    mounted.push({ id, name, file: secret.file ?? '' });
  }
  return mounted;
}

/** The Swarm secrets a service spec mounts, by name. */
export function secretsOf(spec: SwarmServiceSpec): string[] {
  return (spec.TaskTemplate.ContainerSpec.Secrets ?? []).map((s) => s.SecretName);
}

/**
 * Removes those of berth's Swarm secrets of this instance and owner, among `names`, that no
 * service of the instance mounts any more (an old value after a rotation, the secrets of removed
 * services). Returns the names removed.
 */
export async function releaseSecrets(
  docker: Docker,
  instance: string,
  owner: string,
  names: readonly string[],
): Promise<string[]> {
  if (names.length === 0) return [];
  const services = (await docker.listServices({
    filters: { label: [`berth.instance=${instance}`] },
  })) as unknown as { Spec: SwarmServiceSpec }[];
  const used = new Set(services.flatMap((s) => secretsOf(s.Spec)));
  const unused = [...new Set(names)].filter((n) => !used.has(n));
  if (unused.length === 0) return [];
  const found = (await docker.listSecrets({
    filters: { label: [`berth.instance=${instance}`, `berth.owner=${owner}`] },
  })) as { ID: string; Spec?: { Name?: string } }[];
  const removed: string[] = [];
  for (const secret of found) {
    const name = secret.Spec?.Name ?? '';
    if (!unused.includes(name)) continue;
    try {
      await docker.getSecret(secret.ID).remove();
      removed.push(name);
    } catch (error) {
      // Gone already, or mounted again meanwhile (a service made since the list): kept.
      const status = statusOf(error);
      if (status !== 404 && status !== 400 && status !== 409) throw error;
    }
  }
  return removed;
}
