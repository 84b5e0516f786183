// Counts job runs by result for /metrics: each run once, when berth first sees it finished.
import type { StatusStore } from '../reconcile/status.js';

export function countJobRuns(
  status: StatusStore,
  count: (result: 'succeeded' | 'failed') => void,
  keep = 10_000,
): () => void {
  const counted = new Set<string>();
  return status.subscribe((changed) => {
    for (const run of changed.job?.runs ?? []) {
      if (run.state !== 'Succeeded' && run.state !== 'Failed') continue;
      const id = `${changed.key}/${run.id}`;
      if (counted.has(id)) continue;
      counted.add(id);
      if (counted.size > keep) counted.delete(counted.values().next().value as string);
      count(run.state === 'Succeeded' ? 'succeeded' : 'failed');
    }
  });
}
