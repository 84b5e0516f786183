// The checks of SPEC §1.6 and §2 that need no live state: each resource on its own (sizes,
// schedules, paths, secrets) and the revision as a whole (unique names, owners and groups).
import { checkJob, type ScheduleChecks } from './job-checks.js';
import { checkPaths } from './path-checks.js';
import type { Finding } from './problem.js';
import { scheduleProblem, timeZoneProblem } from './schedule.js';
import { builtinSizes } from './sizes.js';
import { checkSecretScopes, type SecretScopes } from './secret-checks.js';
import { checkSecretEnv, checkSize, type SizeTable } from './spec-checks.js';
import type { Resource } from './types.generated.js';

export interface SemanticOptions {
  /** the size table; default: the built-in one */
  sizes?: SizeTable;
  /** group names that exist besides the revision's valid Group resources */
  knownGroups?: Iterable<string>;
  /** the names in each owner's secret scope; without it secrets are not checked against a store */
  secrets?: SecretScopes | undefined;
}

/** A finding about `resources[resource]`. */
export interface ResourceFinding extends Finding {
  resource: number;
}

/** Where a resource is, for messages that point from one resource to another. */
export interface ResourceRef {
  resource: Resource;
  file: string;
  line: number;
}

export function checkRevision(
  resources: readonly ResourceRef[],
  options: SemanticOptions = {},
): ResourceFinding[] {
  const context = createCheckContext(options.sizes);
  const groups = new Set(options.knownGroups ?? []);
  for (const { resource } of resources)
    if (resource.kind === 'Group') groups.add(resource.metadata.name);

  const findings: ResourceFinding[] = [];
  const add = (resource: number, list: Finding[]) => {
    for (const finding of list) findings.push({ ...finding, resource });
  };
  for (const [index, { resource }] of resources.entries()) {
    add(index, checkResource(resource, context));
    add(index, checkGroups(resource, groups));
    if (options.secrets) add(index, checkSecretScopes(resource, options.secrets));
  }
  findings.push(...checkDuplicateNames(resources));
  return findings;
}

/** What the checks of one resource need: the size table and memoized schedule checks. */
export interface CheckContext extends ScheduleChecks {
  sizes: SizeTable;
}

/** A context for one revision: schedules and time zones repeat, so each is checked once. */
export function createCheckContext(sizes: SizeTable = builtinSizes): CheckContext {
  return {
    sizes,
    scheduleProblem: memoize(scheduleProblem),
    timeZoneProblem: memoize(timeZoneProblem),
  };
}

/** The checks of one resource that need nothing else from the revision. */
export function checkResource(
  resource: Resource,
  context: CheckContext = createCheckContext(),
): Finding[] {
  if (resource.kind === 'Group') return [];
  const findings = [
    ...checkSize(resource.spec, context.sizes),
    ...checkPaths(resource.spec),
    ...checkSecretEnv(resource.spec),
  ];
  if (resource.kind === 'Job') findings.push(...checkJob(resource.spec, context));
  if (
    resource.kind === 'Deployment' &&
    resource.spec.public === true &&
    (resource.spec.access ?? []).length > 0
  ) {
    findings.push({
      path: ['spec', 'access'],
      message:
        'access has no effect on a public Deployment (anyone may call it); remove access or set public: false',
    });
  }
  return findings;
}

function memoize(fn: (text: string) => string | undefined): (text: string) => string | undefined {
  const results = new Map<string, string | undefined>();
  return (text) => {
    if (!results.has(text)) results.set(text, fn(text));
    return results.get(text);
  };
}

/** Owners and access entries naming a group need a Group resource of that name. */
export function checkGroups(resource: Resource, groups: ReadonlySet<string>): Finding[] {
  if (resource.kind === 'Group') return [];
  const findings: Finding[] = [];
  const unknown = (owner: string) =>
    owner.startsWith('group:') && !groups.has(owner.slice('group:'.length));
  const advice = (owner: string) => {
    const name = owner.slice('group:'.length);
    return `group "${name}" does not exist in this revision; add a Group resource named "${name}" or fix the`;
  };
  if (unknown(resource.metadata.owner)) {
    findings.push({
      path: ['metadata', 'owner'],
      message: `${advice(resource.metadata.owner)} owner`,
    });
  }
  if (resource.kind === 'Deployment') {
    for (const [index, entry] of (resource.spec.access ?? []).entries()) {
      if (unknown(entry))
        findings.push({
          path: ['spec', 'access', index],
          message: `${advice(entry)} access entry`,
        });
    }
  }
  return findings;
}

/** Names are unique per kind: the second and later resources of a name are reported. */
export function checkDuplicateNames(resources: readonly ResourceRef[]): ResourceFinding[] {
  const first = new Map<string, ResourceRef>();
  const findings: ResourceFinding[] = [];
  for (const [index, ref] of resources.entries()) {
    const { kind, metadata } = ref.resource;
    const key = `${kind}/${metadata.name}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, ref);
      continue;
    }
    findings.push({
      resource: index,
      path: ['metadata', 'name'],
      message: `another ${kind} is already named "${metadata.name}" (${earlier.file}:${earlier.line}); names are unique per kind, rename one of them`,
    });
  }
  return findings;
}
