// Safe pruning (SPEC §4.1, as Argo CD's allowEmpty): a revision that would delete every resource
// of the instance is not applied unless empty revisions are allowed on purpose.
import type { DesiredRevision, Reconciler } from '../reconcile/loop.js';

/** Why the revision is refused as a whole, or undefined when it may be applied. */
export async function refuseEmptying(
  reconciler: Reconciler,
  revision: DesiredRevision,
  allowEmpty: boolean,
): Promise<string | undefined> {
  if (allowEmpty || revision.resources.some((r) => r.kind !== 'Group')) return undefined;
  const plan = await reconciler.planFor(revision);
  const deletes = plan.actions.filter((a) => a.type === 'delete').length;
  if (deletes === 0) return undefined;
  return `nothing applied: it would delete every resource (${deletes}); set BERTH_ALLOW_EMPTY=true (--allow-empty) to allow it`;
}
