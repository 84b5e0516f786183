// `berth serve` settings from flags and the BERTH_* environment (SPEC §6.2), checked at start:
// anything missing or contradictory is one clear line that says what to set.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { GitHubAuth } from '../github/types.js';
import type { GitHubSettings } from '../service/gitops.js';
import type { CliIo } from './command.js';

export interface ServeFlags {
  watch?: string | undefined;
  repo?: string | undefined;
  branch?: string | undefined;
  path?: string | undefined;
  'poll-interval'?: string | undefined;
  listen?: string | undefined;
  'state-dir'?: string | undefined;
  'allow-empty'?: boolean | undefined;
  'secrets-dir'?: string | undefined;
}

export interface GitSettings {
  url: string;
  token: string | undefined;
  branch: string;
  path: string;
  pollIntervalMs: number;
}

export interface ServeSettings {
  watch: string | undefined;
  git: GitSettings | undefined;
  github: GitHubSettings | undefined;
  statusContext: string;
  admins: string[];
  apiToken: string | undefined;
  listen: string;
  publicUrl: string;
  stateDir: string;
  /** the secret store's folder (default `<stateDir>/secrets`) */
  secretsDir: string;
  /** deployments get their own origin at `<name>.<gatewayHost>` */
  gatewayHost: string | undefined;
  allowEmpty: boolean;
  logLevel: string;
}

export function serveSettings(flags: ServeFlags, io: CliIo): ServeSettings {
  const env = io.env;
  const watch = flags.watch ?? env.BERTH_WATCH;
  const repo = flags.repo ?? env.BERTH_REPO;
  if (watch && repo)
    throw new UserError(
      'choose one source: --watch DIR (a local folder) or --repo URL (Git), not both',
    );
  if (!watch && !repo)
    throw new UserError(
      'say what to follow: berth serve --watch DIR (a local folder) or --repo URL (a Git repository)',
    );
  const listen = flags.listen ?? env.BERTH_LISTEN ?? '127.0.0.1:8080';
  const stateDir = path.resolve(io.cwd, flags['state-dir'] ?? env.BERTH_STATE_DIR ?? '.berth');
  const git = repo ? gitSettings(repo, flags, env) : undefined;
  const github = githubSettings(repo, env, io.cwd);
  if (watch && github?.webhookSecrets.length)
    throw new UserError('BERTH_WEBHOOK_SECRET needs a Git source: set BERTH_REPO (or --repo URL)');
  return {
    watch: watch ? path.resolve(io.cwd, watch) : undefined,
    git,
    github,
    statusContext: context(env.BERTH_STATUS_CONTEXT),
    admins: list(env.BERTH_ADMINS),
    apiToken: env.BERTH_API_TOKEN || undefined,
    listen,
    publicUrl: (env.BERTH_PUBLIC_URL ?? `http://${listen}`).replace(/\/+$/, ''),
    stateDir,
    secretsDir: path.resolve(
      io.cwd,
      flags['secrets-dir'] ?? env.BERTH_SECRETS_DIR ?? path.join(stateDir, 'secrets'),
    ),
    gatewayHost: gatewayHost(env.BERTH_GATEWAY_HOST),
    allowEmpty: flags['allow-empty'] === true || truthy('BERTH_ALLOW_EMPTY', env.BERTH_ALLOW_EMPTY),
    logLevel: env.BERTH_LOG_LEVEL ?? 'info',
  };
}

function gitSettings(url: string, flags: ServeFlags, env: CliIo['env']): GitSettings {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserError(`BERTH_REPO "${url}" is not a URL; give the repository's https:// address`);
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback))
    throw new UserError(
      `BERTH_REPO must be an https:// URL (http:// only on this machine); got ${url}`,
    );
  if (parsed.username || parsed.password)
    throw new UserError('put the repository token in BERTH_REPO_TOKEN, not in the URL');
  const resourcePath = (flags.path ?? env.BERTH_PATH ?? 'resources').replace(/\/+$/, '') || '.';
  if (path.posix.isAbsolute(resourcePath) || resourcePath.split('/').includes('..'))
    throw new UserError(`BERTH_PATH "${resourcePath}" must be a folder inside the repository`);
  const seconds = Number(flags['poll-interval'] ?? env.BERTH_POLL_INTERVAL ?? '60');
  if (!Number.isFinite(seconds) || seconds < 1)
    throw new UserError('BERTH_POLL_INTERVAL must be a number of seconds, at least 1');
  return {
    url,
    token: env.BERTH_REPO_TOKEN || undefined,
    branch: flags.branch ?? env.BERTH_BRANCH ?? 'main',
    path: resourcePath,
    pollIntervalMs: seconds * 1000,
  };
}

function githubSettings(
  repoUrl: string | undefined,
  env: CliIo['env'],
  cwd: string,
): GitHubSettings | undefined {
  const secrets = list(env.BERTH_WEBHOOK_SECRET);
  const token = env.BERTH_GITHUB_TOKEN || undefined;
  const appId = env.BERTH_GITHUB_APP_ID || undefined;
  const keyFile = env.BERTH_GITHUB_APP_PRIVATE_KEY || undefined;
  const repo = env.BERTH_GITHUB_REPO ?? githubRepoOf(repoUrl);
  const wanted = secrets.length > 0 || token || appId || keyFile;
  if (!wanted) return undefined;
  if (!repo)
    throw new UserError(
      'GitHub settings need the repository they refer to: set BERTH_GITHUB_REPO=owner/name (or BERTH_REPO to a github.com URL)',
    );
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo))
    throw new UserError(`BERTH_GITHUB_REPO must be owner/name; got "${repo}"`);
  if (token && (appId || keyFile))
    throw new UserError(
      'choose one GitHub login: BERTH_GITHUB_TOKEN or the App (BERTH_GITHUB_APP_ID and _PRIVATE_KEY)',
    );
  if (Boolean(appId) !== Boolean(keyFile))
    throw new UserError(
      'a GitHub App needs both BERTH_GITHUB_APP_ID and BERTH_GITHUB_APP_PRIVATE_KEY (a path to its PEM key)',
    );
  let auth: GitHubAuth | undefined;
  if (token) auth = { type: 'token', token };
  if (appId && keyFile)
    auth = { type: 'app', appId, privateKey: readKey(path.resolve(cwd, keyFile)) };
  return {
    repo,
    apiUrl: (env.BERTH_GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    auth,
    webhookSecrets: secrets,
  };
}

function readKey(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(
      `cannot read the GitHub App key ${file}; BERTH_GITHUB_APP_PRIVATE_KEY is a path to its PEM file`,
    );
  }
  if (!text.includes('PRIVATE KEY'))
    throw new UserError(
      `${file} is not a PEM private key; download the App's key from its GitHub settings`,
    );
  return text;
}

/** `https://github.com/acme/resources.git` → `acme/resources` */
function githubRepoOf(url: string | undefined): string | undefined {
  const match = url ? /^https:\/\/github\.com\/([^/]+\/[^/]+?)(\.git)?\/?$/.exec(url) : null;
  return match?.[1];
}

function gatewayHost(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const host = value.toLowerCase().replace(/\.$/, '');
  const label = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
  if (!new RegExp(`^${label}(\\.${label})*$`).test(host))
    throw new UserError(
      `BERTH_GATEWAY_HOST is a host name such as apps.example.com (deployments at <name>.apps.example.com), without scheme or port; got "${value}"`,
    );
  return host;
}

function context(value: string | undefined): string {
  const prefix = value ?? 'berth';
  if (!/^[\w./-]{1,60}$/.test(prefix))
    throw new UserError(
      'BERTH_STATUS_CONTEXT must be letters, digits, "-", "_", "." or "/" (at most 60)',
    );
  return prefix;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function truthy(name: string, value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw new UserError(`${name} must be true or false; got "${value}"`);
}
