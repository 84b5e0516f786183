// Real git over HTTP for tests: a Node HTTP server on 127.0.0.1 that runs `git http-backend` as a
// CGI program over bare repositories in a temporary folder, as a Git host would. Tests edit a
// normal clone of each repository and push to it with the git CLI; berth fetches over HTTP.
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface GitServerOptions {
  /** every request must carry basic auth with this password (any username), else 401 */
  requireToken?: string;
}

export interface GitRequest {
  method: string;
  /** path below the server root, e.g. `/repo.git/info/refs` */
  path: string;
  query: string;
  status: number;
  /** performance.now() when the request arrived (benchmarks time berth's requests by it) */
  at: number;
  /** the basic-auth username, when one was accepted */
  user?: string;
}

export interface TestRepo {
  /** the HTTP address berth fetches */
  url: string;
  /** the bare repository the server serves */
  bare: string;
  /** a normal clone the test edits; `commit` pushes from it */
  work: string;
}

export interface CommitOptions {
  /** commit and author date, e.g. `2026-01-02T03:04:05Z`; a fixed date by default */
  date?: string;
  authorName?: string;
  authorEmail?: string;
  /** push with --force (after a reset, to rewrite history) */
  force?: boolean;
  /** the ref to push to (default `refs/heads/main`); false: commit only */
  push?: string | false;
}

export interface GitServer {
  url: string;
  /** every request served so far, in order */
  requests: GitRequest[];
  /** requests for a pack (POST .../git-upload-pack) so far */
  packRequests(): number;
  createRepo(name: string): Promise<TestRepo>;
  close(): Promise<void>;
}

const fixedDate = '2026-01-01T12:00:00Z';

/** Runs the git CLI in `cwd` with a fixed identity and no user or system configuration. */
export async function runGit(
  cwd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<string> {
  const { stdout } = await run('git', args, {
    cwd,
    env: { ...gitEnv(cwd), ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout.trim();
}

export async function startGitServer(options: GitServerOptions = {}): Promise<GitServer> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'berth-git-'));
  const projects = path.join(root, 'srv');
  await mkdir(projects);
  const requests: GitRequest[] = [];

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const entry: GitRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search.slice(1),
      status: 0,
      at: performance.now(),
    };
    requests.push(entry);
    const user = options.requireToken === undefined ? '' : checkToken(req, options.requireToken);
    if (user === undefined) {
      entry.status = 401;
      req.resume();
      res
        .writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' })
        .end('authentication required');
      return;
    }
    if (user !== '') entry.user = user;
    serveCgi(
      req,
      res,
      { projects, root, path: url.pathname, query: entry.query, user },
      (status) => {
        entry.status = status;
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    requests,
    packRequests: () =>
      requests.filter((r) => r.method === 'POST' && r.path.endsWith('/git-upload-pack')).length,
    async createRepo(name) {
      const bare = path.join(projects, `${name}.git`);
      const work = path.join(root, 'work', name);
      await mkdir(work, { recursive: true });
      await runGit(root, ['init', '--quiet', '--bare', bare]);
      await runGit(bare, ['config', 'http.receivepack', 'true']);
      await runGit(bare, ['symbolic-ref', 'HEAD', 'refs/heads/main']);
      await runGit(work, ['init', '--quiet', '--initial-branch', 'main']);
      await runGit(work, ['remote', 'add', 'origin', bare]);
      return { url: `${base}/${name}.git`, bare, work };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      await rm(root, { recursive: true, force: true });
    },
  };
}

/**
 * Writes (string) or deletes (null) files in the clone, commits everything with a fixed identity
 * and date, pushes to `main` (unless told otherwise) and returns the new commit.
 */
export async function commit(
  work: string,
  files: Record<string, string | null>,
  message: string,
  options: CommitOptions = {},
): Promise<string> {
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(work, file);
    if (content === null) {
      await rm(target, { recursive: true, force: true });
    } else {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
    }
  }
  const date = options.date ?? fixedDate;
  await runGit(work, ['add', '--all']);
  await runGit(work, ['commit', '--quiet', '--allow-empty', '--message', message], {
    GIT_AUTHOR_NAME: options.authorName ?? 'Ada Lovelace',
    GIT_AUTHOR_EMAIL: options.authorEmail ?? 'ada@example.com',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  });
  const target = options.push ?? 'refs/heads/main';
  if (target !== false) {
    const force = options.force ? ['--force'] : [];
    await runGit(work, ['push', '--quiet', ...force, 'origin', `HEAD:${target}`]);
  }
  return runGit(work, ['rev-parse', 'HEAD']);
}

/** Points `ref` (e.g. `refs/pull/7/head`) of the served repository at `sha`, as GitHub does for pull requests. */
export async function pushRef(work: string, sha: string, ref: string): Promise<void> {
  await runGit(work, ['push', '--quiet', '--force', 'origin', `${sha}:${ref}`]);
}

function gitEnv(cwd: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: cwd,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Ada Lovelace',
    GIT_AUTHOR_EMAIL: 'ada@example.com',
    GIT_COMMITTER_NAME: 'Berth Tests',
    GIT_COMMITTER_EMAIL: 'tests@example.com',
    GIT_COMMITTER_DATE: fixedDate,
    GIT_AUTHOR_DATE: fixedDate,
  };
}

/** The accepted username ('' when any will do), or undefined when the request must be refused. */
function checkToken(req: http.IncomingMessage, token: string): string | undefined {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice('Basic '.length), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0 || decoded.slice(colon + 1) !== token) return undefined;
  return decoded.slice(0, colon) || 'token';
}

interface CgiRequest {
  projects: string;
  root: string;
  path: string;
  query: string;
  user: string;
}

function serveCgi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  cgi: CgiRequest,
  onStatus: (status: number) => void,
): void {
  const env: Record<string, string> = {
    ...gitEnv(cgi.root),
    GIT_PROJECT_ROOT: cgi.projects,
    GIT_HTTP_EXPORT_ALL: '1',
    PATH_INFO: cgi.path,
    QUERY_STRING: cgi.query,
    REQUEST_METHOD: req.method ?? 'GET',
    CONTENT_TYPE: req.headers['content-type'] ?? '',
    REMOTE_ADDR: '127.0.0.1',
    REMOTE_USER: cgi.user,
  };
  if (req.headers['content-length']) env.CONTENT_LENGTH = req.headers['content-length'];
  // CGI passes request headers as HTTP_*: git reads Git-Protocol and Content-Encoding from them.
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') env[`HTTP_${name.toUpperCase().replaceAll('-', '_')}`] = value;
  }
  const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
  req.pipe(child.stdin);
  child.stdin.on('error', () => {
    // git exits without reading a body it does not need; the response says what happened.
    req.unpipe(child.stdin);
  });

  let head = Buffer.alloc(0);
  let headersDone = false;
  child.stdout.on('data', (chunk: Buffer) => {
    if (headersDone) {
      res.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const end = headerEnd(head);
    if (!end) return;
    headersDone = true;
    const { status, headers } = parseCgiHeaders(head.subarray(0, end.at).toString('latin1'));
    onStatus(status);
    res.writeHead(status, headers);
    res.write(head.subarray(end.at + end.length));
  });
  child.stdout.on('end', () => {
    if (!headersDone) {
      onStatus(502);
      res.writeHead(502).end('git http-backend sent no headers');
      return;
    }
    res.end();
  });
  child.on('error', (error) => {
    onStatus(500);
    if (!res.headersSent) res.writeHead(500);
    res.end(error.message);
  });
}

function headerEnd(buffer: Buffer): { at: number; length: number } | undefined {
  const crlf = buffer.indexOf('\r\n\r\n');
  const lf = buffer.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { at: crlf, length: 4 };
  if (lf >= 0) return { at: lf, length: 2 };
  return undefined;
}

function parseCgiHeaders(text: string): { status: number; headers: Record<string, string> } {
  let status = 200;
  const headers: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
    else headers[name] = value;
  }
  return { status, headers };
}
