// What tells berth about the engine's own life: whether it still accepts connections (an engine
// shutting down closes its listener first, then stops its containers, while connections already
// open keep answering) and which life of the engine this is (it makes its default bridge network
// again at every start, so the bridge's id changes when the engine restarted).
import http from 'node:http';
import type Docker from 'dockerode';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';

/** How a fresh connection fails when the engine no longer accepts any. */
const refused = new Set(['ECONNREFUSED', 'ENOENT', 'ECONNRESET', 'EPIPE']);

interface ModemAddress {
  socketPath?: string | (() => Promise<string>);
  host?: string;
  port?: number | string;
  protocol?: string;
}

/** A ping over a new connection (never a pooled one); false only when the engine refuses it. */
export async function acceptsConnections(docker: Docker): Promise<boolean> {
  const modem = docker.modem as ModemAddress;
  // TLS engines: the client's own ping (a pooled connection may answer for a closing engine).
  if (modem.protocol === 'https')
    return docker.ping().then(
      () => true,
      () => false,
    );
  const socketPath = await (
    typeof modem.socketPath === 'function' ? modem.socketPath() : Promise.resolve(modem.socketPath)
  ).catch(() => undefined);
  // Nowhere to ask: it cannot tell, so the engine is taken to be there.
  if (!socketPath && !modem.host) return true;
  return new Promise<boolean>((resolve) => {
    const request = http.request(
      {
        ...(socketPath ? { socketPath } : { host: modem.host, port: modem.port }),
        path: '/_ping',
        agent: false,
        timeout: 2_000,
      },
      (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      },
    );
    // Only a connection refused (or dropped at once) says the engine is closing.
    request.on('error', (error: NodeJS.ErrnoException) => {
      resolve(!refused.has(error.code ?? ''));
    });
    request.on('timeout', () => {
      request.destroy();
      resolve(true);
    });
    request.end();
  });
}

/** This life of the engine: its default bridge's id and creation time; undefined when unknown. */
export async function engineBoot(docker: Docker, log: Logger): Promise<string | undefined> {
  try {
    const bridge = (await docker.getNetwork('bridge').inspect()) as {
      Id: string;
      Created?: string;
    };
    return `${bridge.Id} ${bridge.Created ?? ''}`;
  } catch (error) {
    log.debug({ err: errorMessage(error) }, 'cannot tell when the engine started');
    return undefined;
  }
}
