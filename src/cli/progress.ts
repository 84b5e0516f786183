// Progress of an apply: on a terminal one live line per resource, redrawn in place; otherwise a
// plain line per change of state (logs and CI read those).
import type { ResourceStatus } from '../reconcile/status.js';

const icons: Record<ResourceStatus['state'], string> = {
  Pending: '…',
  Progressing: '⟳',
  Ready: '✓',
  Failed: '✗',
  Deleted: '-',
  Running: '▶',
  Succeeded: '✓',
  Scheduled: '⏲',
  Suspended: '‖',
};

export function statusLine(status: ResourceStatus): string {
  const replicas = status.replicas ? ` ${status.replicas.ready}/${status.replicas.desired}` : '';
  return `${icons[status.state]} ${status.key}  ${status.state}${replicas}  ${status.message}`;
}

export interface Progress {
  update(status: ResourceStatus): void;
}

export function createProgress(write: (text: string) => void, live: boolean): Progress {
  const order: string[] = [];
  const lines = new Map<string, string>();
  return {
    update(status) {
      const line = statusLine(status);
      if (lines.get(status.key) === line) return;
      const isNew = !lines.has(status.key);
      lines.set(status.key, line);
      if (!live) {
        write(`${line}\n`);
        return;
      }
      if (isNew) {
        order.push(status.key);
        write(`${line}\n`);
        return;
      }
      const up = order.length - order.indexOf(status.key);
      write(`\x1b[${up}A\r\x1b[2K${line}\x1b[${up}B\r`);
    },
  };
}
