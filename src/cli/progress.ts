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

/**
 * A writer that gathers what one turn of the event loop writes into one write: an apply of 1,000
 * resources prints thousands of lines, and a write each is a system call each on a file or pipe.
 * `flush` writes what is gathered at once.
 */
export function coalescingWriter(write: (text: string) => void): {
  write: (text: string) => void;
  flush: () => void;
} {
  let parts: string[] = [];
  let scheduled: NodeJS.Immediate | undefined;
  const flush = () => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = undefined;
    if (parts.length === 0) return;
    const text = parts.join('');
    parts = [];
    write(text);
  };
  return {
    write(text) {
      parts.push(text);
      scheduled ??= setImmediate(flush);
    },
    flush,
  };
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
