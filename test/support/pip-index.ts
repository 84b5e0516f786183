// A PEP 503 "simple" package index on 127.0.0.1 for tests that install with pip and cannot reach
// PyPI: one pure-Python wheel per package, built in the test from a few files (with the host's
// python3, which writes the zip). Every request is recorded.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PipPackage {
  name: string;
  version: string;
  /** files of the wheel, e.g. `{ 'berthdemo/__init__.py': 'VALUE = 1' }` */
  files: Record<string, string>;
}

export interface PipIndex {
  /** the index's simple API, for PIP_INDEX_URL */
  url: string;
  requests: string[];
  close(): Promise<void>;
}

export async function startPipIndex(packages: readonly PipPackage[]): Promise<PipIndex> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'berth-pip-'));
  const wheels = new Map<string, { file: string; body: Buffer }>();
  for (const p of packages) {
    const file = `${p.name}-${p.version}-py3-none-any.whl`;
    wheels.set(p.name, { file, body: await buildWheel(root, p, file) });
  }
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    const project = /^\/simple\/([^/]+)\/?$/.exec(url)?.[1];
    const wheel = project ? wheels.get(project) : undefined;
    if (project && wheel) {
      const sha = createHash('sha256').update(wheel.body).digest('hex');
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(
        `<html><body><a href="/files/${wheel.file}#sha256=${sha}">${wheel.file}</a></body></html>`,
      );
      return;
    }
    const found = [...wheels.values()].find((w) => url === `/files/${w.file}`);
    if (found) {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(found.body);
      return;
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/simple`,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** A wheel is a zip of the files and a `.dist-info` folder (METADATA, WHEEL, RECORD). */
async function buildWheel(root: string, p: PipPackage, file: string): Promise<Buffer> {
  const info = `${p.name}-${p.version}.dist-info`;
  const files: Record<string, string> = {
    ...p.files,
    [`${info}/METADATA`]: `Metadata-Version: 2.1\nName: ${p.name}\nVersion: ${p.version}\n`,
    [`${info}/WHEEL`]:
      'Wheel-Version: 1.0\nGenerator: berth-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
  };
  const record = Object.entries(files).map(([name, content]) => {
    const digest = createHash('sha256').update(content).digest('base64url');
    return `${name},sha256=${digest},${Buffer.byteLength(content)}`;
  });
  files[`${info}/RECORD`] = `${[...record, `${info}/RECORD,,`].join('\n')}\n`;
  const spec = path.join(root, `${p.name}.json`);
  const out = path.join(root, file);
  await writeFile(spec, JSON.stringify(files));
  const script =
    'import json, sys, zipfile\n' +
    'files = json.load(open(sys.argv[1]))\n' +
    'with zipfile.ZipFile(sys.argv[2], "w") as z:\n' +
    '    for name, content in files.items(): z.writestr(name, content)\n';
  await run('python3', ['-c', script, spec, out]);
  return readFile(out);
}
