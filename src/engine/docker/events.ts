// Follows Docker's event stream for one berth instance's containers, reconnecting with back-off.
import type Docker from 'dockerode';
import type { EngineEvent, EngineEventAction, ContainerWatchHandlers } from './container-api.js';

const actions = new Set<string>([
  'start',
  'die',
  'stop',
  'kill',
  'oom',
  'destroy',
  'create',
  'pause',
  'unpause',
]);

interface RawEvent {
  Type?: string;
  Action?: string;
  id?: string;
  time?: number;
  timeNano?: number;
  Actor?: { ID?: string; Attributes?: Record<string, string> };
}

export function watchDockerEvents(
  docker: Docker,
  instance: string,
  handlers: ContainerWatchHandlers,
): () => void {
  const { onEvent, onError } = handlers;
  let stopped = false;
  let current: NodeJS.ReadableStream | undefined;
  let retry: NodeJS.Timeout | undefined;
  let delayMs = 500;

  const connect = async (): Promise<void> => {
    try {
      const stream = await docker.getEvents({
        filters: {
          type: ['container'],
          label: ['berth.managed=true', `berth.instance=${instance}`],
        },
      });
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
        for (const line of lines) {
          if (line.trim()) handlers.onActivity?.();
          const event = toEvent(line, onError);
          if (event) onEvent(event);
        }
      });
      stream.on('error', (error: Error) => {
        onError(error);
      });
      // 'close' comes after 'end' and after an aborted connection alike: reconnect once per stream.
      stream.once('close', () => {
        if (current === stream) current = undefined;
        if (!stopped) handlers.onDisconnect?.();
        reconnect();
      });
    } catch (error) {
      onError(error instanceof Error ? error : new Error(String(error)));
      reconnect();
    }
  };

  const reconnect = (): void => {
    if (stopped) return;
    retry = setTimeout(() => void connect(), delayMs);
    // One attempt a second at most while the engine is away: berth notices its return at once.
    delayMs = Math.min(delayMs * 2, 1_000);
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

function toEvent(line: string, onError: (error: Error) => void): EngineEvent | undefined {
  if (!line.trim()) return undefined;
  let raw: RawEvent;
  try {
    raw = JSON.parse(line) as RawEvent;
  } catch {
    onError(new Error(`unreadable engine event: ${line.slice(0, 200)}`));
    return undefined;
  }
  // Docker reports health and exec events as "exec_start: ..." etc.; keep the plain actions.
  const action = raw.Action ?? '';
  if (raw.Type !== 'container' || !actions.has(action)) return undefined;
  const attributes = raw.Actor?.Attributes ?? {};
  const exitCode = attributes.exitCode === undefined ? undefined : Number(attributes.exitCode);
  return {
    action: action as EngineEventAction,
    containerId: raw.Actor?.ID ?? raw.id ?? '',
    labels: attributes,
    exitCode,
    time: new Date(raw.timeNano ? raw.timeNano / 1e6 : (raw.time ?? 0) * 1000),
  };
}
