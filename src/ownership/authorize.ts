// Ownership (SPEC §2): who may create, change or delete which resource. Membership comes from the
// Groups of the applied revision, never from the change under review. Pure: no I/O.
import { hashOf } from '../hash.js';
import type { Resource } from '../resources/types.generated.js';

export interface Refusal {
  key: string;
  /** the login refused, or undefined when berth does not know who made the change */
  actor: string | undefined;
  /** who lacks what, in one sentence */
  message: string;
}

export interface AuthorizeInput {
  /** the resources berth applies now (undefined: nothing applied yet; the first revision is trusted) */
  applied: readonly Resource[] | undefined;
  /** the resources of the change */
  proposed: readonly Resource[];
  /** the logins that made the change to one resource (a push's sender, a pull request's author) */
  actorsOf: (key: string) => readonly (string | undefined)[];
  admins: readonly string[];
}

export interface Authorization {
  /** keys created, changed or deleted by the change, sorted */
  changed: string[];
  refused: Refusal[];
  /** what to apply: the proposal, with every refused resource kept as it is applied */
  effective: Resource[];
}

export function resourceKeyOf(resource: Resource): string {
  return `${resource.kind}/${resource.metadata.name}`;
}

/** Keys whose content differs between two sets of resources (added, removed or changed), sorted. */
export function changedKeys(before: readonly Resource[], after: readonly Resource[]): string[] {
  const hashes = new Map(before.map((r) => [resourceKeyOf(r), hashOf(r)]));
  const changed = new Set<string>();
  for (const resource of after) {
    const key = resourceKeyOf(resource);
    if (hashes.get(key) !== hashOf(resource)) changed.add(key);
    hashes.delete(key);
  }
  for (const key of hashes.keys()) changed.add(key);
  return [...changed].sort();
}

export function authorize(input: AuthorizeInput): Authorization {
  const proposed = [...input.proposed];
  if (!input.applied)
    return { changed: changedKeys([], proposed), refused: [], effective: proposed };
  const applied = new Map(input.applied.map((r) => [resourceKeyOf(r), r]));
  const members = groupMembers(input.applied);
  const admins = new Set(input.admins);
  const changed = changedKeys(input.applied, proposed);
  const refused: Refusal[] = [];
  for (const key of changed) {
    const before = applied.get(key);
    const after = proposed.find((r) => resourceKeyOf(r) === key);
    for (const actor of new Set(input.actorsOf(key))) {
      const lacking = lacks(actor, before, after, members, admins);
      if (lacking) {
        refused.push({ key, actor, message: lacking });
        break;
      }
    }
  }
  const refusedKeys = new Set(refused.map((r) => r.key));
  // A refused resource keeps its applied state: neither changed, created nor pruned.
  const effective = [
    ...proposed.filter((r) => !refusedKeys.has(resourceKeyOf(r))),
    ...[...refusedKeys].flatMap((key) => {
      const kept = applied.get(key);
      return kept ? [kept] : [];
    }),
  ];
  return { changed, refused, effective };
}

/** What `actor` lacks to make this change, or undefined when it may. */
function lacks(
  actor: string | undefined,
  before: Resource | undefined,
  after: Resource | undefined,
  members: Map<string, Set<string>>,
  admins: Set<string>,
): string | undefined {
  const key = resourceKeyOf((after ?? before) as Resource);
  const verb = !before ? 'create' : !after ? 'delete' : 'change';
  if (actor === undefined)
    return `${key} not ${verb === 'change' ? 'changed' : `${verb}d`}: berth does not know who made this change (configure the push webhook)`;
  if (admins.has(actor)) return undefined;
  if (after?.kind === 'Group' && !before)
    return `${actor} may not create ${key}: a new group needs an admin (BERTH_ADMINS), since membership comes from the applied revision`;
  for (const owner of new Set(ownersOf(before, after, key))) {
    if (owner.startsWith('user:') && owner.slice(5) === actor) continue;
    if (owner.startsWith('group:') && members.get(owner.slice(6))?.has(actor)) continue;
    const why = owner.startsWith('group:')
      ? `${actor} is not a member of ${owner}`
      : `owned by ${owner}`;
    return `${actor} may not ${verb} ${key}: ${why}`;
  }
  return undefined;
}

/** The owners whose rights a change needs: a resource's owner before and after; a Group itself. */
function ownersOf(
  before: Resource | undefined,
  after: Resource | undefined,
  key: string,
): string[] {
  const either = (after ?? before) as Resource;
  if (either.kind === 'Group') return [`group:${either.metadata.name}`];
  const owners: string[] = [];
  for (const resource of [before, after]) {
    if (resource && resource.kind !== 'Group') owners.push(resource.metadata.owner);
  }
  return owners.length > 0 ? owners : [`unknown owner of ${key}`];
}

function groupMembers(resources: readonly Resource[]): Map<string, Set<string>> {
  const members = new Map<string, Set<string>>();
  for (const resource of resources) {
    if (resource.kind === 'Group')
      members.set(resource.metadata.name, new Set(resource.spec.members));
  }
  return members;
}
