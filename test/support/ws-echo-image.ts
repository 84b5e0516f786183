// Test only: a WebSocket echo server (the `ws` package on Node) as an image, for a deployment
// behind the gateway. Built on the local stand-in Node base (scripts/node-base-image.sh), since
// nothing can be pulled here. Idempotent: an image that exists is used as it is.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const wsEchoImage = 'berth-test/ws-echo:1';

/** Echoes every message; answers the text `headers` with the handshake's request headers. */
const server = `import http from 'node:http';
import { WebSocketServer } from 'ws';
const server = http.createServer((req, res) => res.end('ws echo\\n'));
new WebSocketServer({ server }).on('connection', (socket, req) => {
  socket.on('message', (data, isBinary) => {
    if (!isBinary && data.toString() === 'headers') socket.send(JSON.stringify(req.headers));
    else socket.send(data, { binary: isBinary });
  });
});
server.listen(8000, '0.0.0.0');
`;

export async function buildWsEchoImage(): Promise<string> {
  const exists = await run('docker', ['image', 'inspect', wsEchoImage]).then(
    () => true,
    () => false,
  );
  if (exists) return wsEchoImage;
  const { stdout } = await run('bash', ['scripts/node-base-image.sh']);
  const base = stdout.trim();
  const context = await mkdtemp(path.join(tmpdir(), 'berth-ws-echo-'));
  try {
    await cp(path.resolve('node_modules/ws'), path.join(context, 'node_modules/ws'), {
      recursive: true,
    });
    await writeFile(path.join(context, 'echo.mjs'), server);
    await writeFile(
      path.join(context, 'Dockerfile'),
      `FROM ${base}\nCOPY node_modules /app/node_modules\nCOPY echo.mjs /app/echo.mjs\nCMD ["node", "/app/echo.mjs"]\n`,
    );
    await run('docker', ['build', '-q', '-t', wsEchoImage, context]);
  } finally {
    await rm(context, { recursive: true, force: true });
  }
  return wsEchoImage;
}
