// What a Job or Deployment gets from its owner's secret scope (SPEC §1.1, §3): each `secrets`
// entry as an env var (default: its own name) and/or a read-only file, and the registry login of
// `imagePullSecret`. Only the owner's scope is looked at. Values go into the unit; the spec hash
// sees names, targets and keyed fingerprints (`hashableSpec`), never a value.
import type { RegistryAuth, UnitSecret, WorkloadSpec } from '../engine/types.js';
import type { DesireContext } from '../reconcile/kind.js';
import type { Deployment, Job } from '../resources/types.generated.js';
import { parsePullSecret } from '../secrets/credentials.js';
import { setCommand } from '../secrets/scope.js';

export interface WantedSecrets {
  secrets: UnitSecret[];
  pullAuth: RegistryAuth | undefined;
  /** why the resource cannot run: a secret its owner's scope lacks, a malformed pull secret */
  problem: string | undefined;
}

export function secretsFor(
  resource: Deployment | Job,
  context: Pick<DesireContext, 'secrets'>,
): WantedSecrets {
  const owner = resource.metadata.owner;
  const lookup = (name: string) => context.secrets?.get(owner, name);
  const missing: string[] = [];
  const secrets: UnitSecret[] = [];
  for (const entry of resource.spec.secrets ?? []) {
    const ref = typeof entry === 'string' ? { name: entry } : entry;
    const found = lookup(ref.name);
    if (!found) {
      missing.push(ref.name);
      continue;
    }
    const env = ref.env ?? (ref.file === undefined ? ref.name : undefined);
    secrets.push({
      name: ref.name,
      ...(env === undefined ? {} : { env }),
      ...(ref.file === undefined ? {} : { file: ref.file }),
      fingerprint: found.fingerprint,
      value: found.value,
    });
  }
  let pullAuth: RegistryAuth | undefined;
  const problems: string[] = [];
  const pullName = resource.spec.imagePullSecret;
  if (pullName !== undefined) {
    const found = lookup(pullName);
    const login = found ? parsePullSecret(found.value) : undefined;
    if (!found) missing.push(pullName);
    else if (!login)
      problems.push(
        `imagePullSecret ${pullName} of ${owner} must be user:password; set it again with \`${setCommand(owner, pullName)}\``,
      );
    else pullAuth = { ...login, owner, secret: pullName, fingerprint: found.fingerprint };
  }
  if (missing.length > 0) problems.unshift(missingMessage(owner, [...new Set(missing)]));
  return { secrets, pullAuth, problem: problems.length > 0 ? problems.join('; ') : undefined };
}

function missingMessage(owner: string, names: string[]): string {
  const which =
    names.length === 1 ? `secret ${names[0] ?? ''} is` : `secrets ${names.join(', ')} are`;
  const how = names.map((n) => `\`${setCommand(owner, n)}\``).join(', ');
  return `${which} not in scope ${owner} (a resource gets only its owner's secrets); add ${names.length === 1 ? 'it' : 'them'} with ${how}`;
}

/** The spec as the hash sees it: secrets by name, target and fingerprint; no value, no login. */
export function hashableSpec(spec: WorkloadSpec): object {
  const rest = { ...spec };
  delete rest.pullAuth;
  const secrets = rest.secrets;
  delete rest.secrets;
  // Without secrets the hash is what it was before berth had them: nothing rolls on upgrade.
  if (!secrets || secrets.length === 0) return rest;
  return { ...rest, secrets: secrets.map((secret) => ({ ...secret, value: undefined })) };
}

/** The template with what the owner's scope gave it. */
export function withSecrets(spec: WorkloadSpec, wanted: WantedSecrets): WorkloadSpec {
  return {
    ...spec,
    ...(wanted.secrets.length > 0 ? { secrets: wanted.secrets } : {}),
    ...(wanted.pullAuth ? { pullAuth: wanted.pullAuth } : {}),
  };
}
