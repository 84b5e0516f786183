// Drift on Swarm: service events of the manager. A service of this instance removed or changed by
// hand (`docker service update`, `docker service scale`) asks the loop to converge its resource
// (the loop's next pass writes it back); Swarm itself restarts tasks that crash. Reconnects with
// back-off; a full reconcile follows each (re)connect.
import type Docker from 'dockerode';
import type { WatchHandlers } from '../types.js';

interface RawEvent {
  Type?: string;
  Action?: string;
  Actor?: { ID?: string; Attributes?: Record<string, string> };
}

export interface ServiceWatchHandlers extends WatchHandlers {
  /** the resource key of a service name of this instance; undefined for others */
  keyOf: (serviceName: string) => string | undefined;
  /** true (once) when berth itself removed or updated this service */
  byBerth: (serviceName: string, action: 'remove' | 'update') => boolean;
}

export function watchServices(docker: Docker, handlers: ServiceWatchHandlers): () => void {
  let stopped = false;
  let current: NodeJS.ReadableStream | undefined;
  let retry: NodeJS.Timeout | undefined;
  let delayMs = 500;

  const connect = async (): Promise<void> => {
    try {
      const stream = await docker.getEvents({ filters: { type: ['service'] } });
      if (stopped) {
        destroy(stream);
        return;
      }
      current = stream;
      delayMs = 500;
      handlers.onConnect();
      let pending = '';
      stream.on('data', (chunk: Buffer) => {
        pending += chunk.toString('utf8');
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) handle(line);
      });
      stream.on('error', (error: Error) => {
        handlers.onError(error);
      });
      stream.once('close', () => {
        if (current === stream) current = undefined;
        reconnect();
      });
    } catch (error) {
      handlers.onError(error instanceof Error ? error : new Error(String(error)));
      reconnect();
    }
  };

  function handle(line: string): void {
    if (!line.trim()) return;
    let raw: RawEvent;
    try {
      raw = JSON.parse(line) as RawEvent;
    } catch {
      handlers.onError(new Error(`unreadable engine event: ${line.slice(0, 200)}`));
      return;
    }
    const name = raw.Actor?.Attributes?.name;
    if (raw.Type !== 'service' || !name) return;
    if (raw.Action !== 'remove' && raw.Action !== 'update') return;
    // Swarm's own progress through a rollout (or a rollback) is an update too: not a change.
    const attributes = Object.keys(raw.Actor?.Attributes ?? {});
    if (raw.Action === 'update' && attributes.some((a) => a.startsWith('updatestate.'))) return;
    const key = handlers.keyOf(name);
    if (!key || handlers.byBerth(name, raw.Action)) return;
    handlers.onEvent({
      key,
      message: `service ${name} was ${raw.Action === 'remove' ? 'removed' : 'changed'} outside berth`,
      converge: true,
      drift: true,
    });
  }

  const reconnect = (): void => {
    if (stopped) return;
    retry = setTimeout(() => void connect(), delayMs);
    delayMs = Math.min(delayMs * 2, 10_000);
  };

  void connect();
  return () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    if (current) destroy(current);
  };
}

function destroy(stream: NodeJS.ReadableStream): void {
  (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
}
