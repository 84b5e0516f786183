// The Job kind (SPEC §1.3, §4.4). This version validates Jobs but does not run them: every Job
// plans as `skip` with that reason, so nothing is started and the status says so.
import { resourceKey } from '../../engine/labels.js';
import type { KindModule } from '../../reconcile/kind.js';

export const jobsNotRunYet =
  'Job resources are validated but not run by this version of berth; nothing was started for it';

export const jobKind: KindModule = {
  kind: 'Job',
  desire(resource) {
    if (resource.kind !== 'Job') return undefined;
    const key = resourceKey('Job', resource.metadata.name);
    const base = { key, kind: 'Job', name: resource.metadata.name };
    return {
      ...base,
      owner: resource.metadata.owner,
      plan: () => ({
        action: { type: 'skip', ...base, reason: jobsNotRunYet },
        outcome: { state: 'NotRun', message: jobsNotRunYet },
      }),
      execute: () => Promise.reject(new Error('a skipped Job has nothing to execute')),
    };
  },
};
