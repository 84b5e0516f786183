// GitHub webhook deliveries for tests: real example payloads from @octokit/webhooks-examples,
// fields overridden where a test needs its own repository, commit or author, signed with the real
// HMAC for a secret, under a fresh delivery id.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sign } from '@octokit/webhooks-methods';

/** Fields of the example to replace; those that do not apply to the event are refused. */
export interface WebhookOverrides {
  /** owner/name */
  repo?: string;
  /** login of who pushed or acted */
  sender?: string;
  // push
  ref?: string;
  before?: string;
  /** the pushed head; also the last commit's id unless `commits` is given */
  after?: string;
  /** ids of the pushed commits, oldest first */
  commits?: string[];
  deleted?: boolean;
  // pull_request
  number?: number;
  headSha?: string;
  headRef?: string;
  baseRef?: string;
  /** login of the pull request's author */
  author?: string;
}

export interface WebhookRequest {
  /** event name: push, pull_request, ping, issues, ... */
  event: string;
  /** the example with this action (pull_request: opened, synchronize, reopened, ...) */
  action?: string;
  secret: string;
  overrides?: WebhookOverrides;
  /** default: a fresh UUID, as GitHub sends */
  delivery?: string;
}

export interface SignedWebhook {
  body: string;
  headers: Record<string, string>;
  delivery: string;
  /** the payload as sent */
  payload: Record<string, unknown>;
}

export interface WebhookExamples {
  /** a fresh copy of the first example of the event (and action); a push is a branch push */
  payload(event: string, action?: string): Record<string, unknown>;
  signed(request: WebhookRequest): Promise<SignedWebhook>;
}

/** Reads the examples once (4 MB); keep the result for a test file. */
export function webhookExamples(): WebhookExamples {
  const definitions = readDefinitions();
  function payload(event: string, action?: string): Record<string, unknown> {
    const examples = definitions.get(event) ?? [];
    const matching = examples.filter((e) => action === undefined || e.action === action);
    const chosen =
      event === 'push' ? (matching.find((e) => isBranchPush(e)) ?? matching[0]) : matching[0];
    if (!chosen) throw new Error(`no example of ${event}${action ? ` ${action}` : ''}`);
    return structuredClone(chosen);
  }
  return {
    payload,
    async signed(request) {
      const body = payload(request.event, request.action);
      override(request.event, body, request.overrides ?? {});
      const text = JSON.stringify(body);
      const delivery = request.delivery ?? randomUUID();
      return {
        body: text,
        delivery,
        payload: body,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'GitHub-Hookshot/berth-test',
          'x-github-event': request.event,
          'x-github-delivery': delivery,
          'x-hub-signature-256': await sign(request.secret, text),
        },
      };
    },
  };
}

/** One delivery, reading the examples for it alone. */
export function signedWebhook(request: WebhookRequest): Promise<SignedWebhook> {
  return webhookExamples().signed(request);
}

function override(event: string, payload: Record<string, unknown>, o: WebhookOverrides): void {
  const set = (path: string, value: unknown) => {
    setAt(payload, path, value);
  };
  if (o.repo !== undefined) {
    const [owner = '', name = ''] = o.repo.split('/');
    set('repository.full_name', o.repo);
    set('repository.name', name);
    set('repository.owner.login', owner);
  }
  if (o.sender !== undefined) set('sender.login', o.sender);
  const push = [o.ref, o.before, o.after, o.commits, o.deleted];
  const pull = [o.number, o.headSha, o.headRef, o.baseRef, o.author];
  if (event !== 'push' && push.some((v) => v !== undefined)) {
    throw new Error(`ref, before, after, commits and deleted apply to push, not ${event}`);
  }
  if (event !== 'pull_request' && pull.some((v) => v !== undefined)) {
    throw new Error(
      `number, headSha, headRef, baseRef and author apply to pull_request, not ${event}`,
    );
  }
  if (event === 'push') overridePush(payload, o);
  if (event === 'pull_request') overridePullRequest(payload, o);
}

function overridePush(payload: Record<string, unknown>, o: WebhookOverrides): void {
  if (o.ref !== undefined) setAt(payload, 'ref', o.ref);
  if (o.before !== undefined) setAt(payload, 'before', o.before);
  if (o.deleted !== undefined) setAt(payload, 'deleted', o.deleted);
  if (o.after !== undefined) {
    setAt(payload, 'after', o.after);
    if (isRecord(payload.head_commit)) payload.head_commit.id = o.after;
  }
  const ids = o.commits ?? (o.after !== undefined ? [o.after] : undefined);
  if (ids) {
    const commits: unknown[] = Array.isArray(payload.commits) ? payload.commits : [];
    const template = commits[0];
    const commit = isRecord(template) ? template : {};
    setAt(
      payload,
      'commits',
      ids.map((id) => ({ ...structuredClone(commit), id })),
    );
  }
}

function overridePullRequest(payload: Record<string, unknown>, o: WebhookOverrides): void {
  if (o.number !== undefined) {
    setAt(payload, 'number', o.number);
    setAt(payload, 'pull_request.number', o.number);
  }
  if (o.headSha !== undefined) setAt(payload, 'pull_request.head.sha', o.headSha);
  if (o.headRef !== undefined) setAt(payload, 'pull_request.head.ref', o.headRef);
  if (o.baseRef !== undefined) setAt(payload, 'pull_request.base.ref', o.baseRef);
  if (o.author !== undefined) setAt(payload, 'pull_request.user.login', o.author);
  if (o.repo !== undefined) {
    setAt(payload, 'pull_request.base.repo.full_name', o.repo);
    setAt(payload, 'pull_request.head.repo.full_name', o.repo);
  }
}

/** Sets a field whose parent the example has; a changed example layout fails loudly. */
function setAt(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let parent: unknown = root;
  for (const key of keys) parent = isRecord(parent) ? parent[key] : undefined;
  if (!isRecord(parent)) throw new Error(`the example has no object at ${keys.join('.')}`);
  parent[last] = value;
}

function isBranchPush(payload: Record<string, unknown>): boolean {
  return (
    typeof payload.ref === 'string' &&
    payload.ref.startsWith('refs/heads/') &&
    payload.deleted === false &&
    Array.isArray(payload.commits) &&
    payload.commits.length > 0
  );
}

/** The examples by event name, as @octokit/webhooks-examples lays them out. */
function readDefinitions(): Map<string, Record<string, unknown>[]> {
  const file = createRequire(import.meta.url).resolve('@octokit/webhooks-examples');
  const definitions: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(definitions)) throw new Error(`${file} is not a list of definitions`);
  const byName = new Map<string, Record<string, unknown>[]>();
  for (const definition of definitions) {
    if (!isRecord(definition) || typeof definition.name !== 'string') continue;
    const examples = Array.isArray(definition.examples) ? definition.examples : [];
    byName.set(definition.name, examples.filter(isRecord));
  }
  return byName;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
