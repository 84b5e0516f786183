// The webhook payloads berth acts on, in berth's terms: push, pull_request (opened, synchronize,
// reopened) and ping, read field by field from the JSON with nothing assumed of its shape.

export type WebhookEvent = PushEvent | PullRequestEvent | PingEvent;

/** A push to a branch or tag of `repo` ('owner/name'). */
export interface PushEvent {
  type: 'push';
  delivery: string;
  repo: string;
  /** refs/heads/<branch> or refs/tags/<tag> */
  ref: string;
  before: string;
  after: string;
  /** login of who pushed */
  sender: string;
  /** ids of the pushed commits, oldest first */
  commits: string[];
  /** the ref was deleted (`after` is all zeros) */
  deleted: boolean;
}

export type PullRequestAction = 'opened' | 'synchronize' | 'reopened';

export interface PullRequestEvent {
  type: 'pull_request';
  delivery: string;
  action: PullRequestAction;
  repo: string;
  number: number;
  headSha: string;
  headRef: string;
  baseRef: string;
  /** login of the pull request's author */
  author: string;
}

/** GitHub's greeting when a webhook is created. */
export interface PingEvent {
  type: 'ping';
  delivery: string;
  zen?: string;
}

export type Parsed =
  | { kind: 'event'; event: WebhookEvent }
  | { kind: 'ignored'; reason: string }
  | { kind: 'malformed'; problem: string };

const pullRequestActions: readonly string[] = ['opened', 'synchronize', 'reopened'];

/** The payload in berth's terms, read field by field: nothing is assumed of its shape. */
export function parsePayload(name: string, delivery: string, text: string): Parsed {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    // The parser's message quotes the body, which is never logged.
    return { kind: 'malformed', problem: 'the body is not valid JSON' };
  }
  if (!isRecord(payload)) return { kind: 'malformed', problem: 'the body is not a JSON object' };
  const read = reader(payload);
  let event: WebhookEvent;
  if (name === 'push') {
    event = {
      type: 'push',
      delivery,
      repo: read.text('repository.full_name'),
      ref: read.text('ref'),
      before: read.text('before'),
      after: read.text('after'),
      sender: read.text('sender.login'),
      commits: read.ids('commits'),
      deleted: read.flag('deleted'),
    };
  } else if (name === 'pull_request') {
    const action = read.text('action');
    if (!isPullRequestAction(action)) {
      return { kind: 'ignored', reason: `pull_request ${action || '(no action)'}` };
    }
    event = {
      type: 'pull_request',
      delivery,
      action,
      repo: read.text('repository.full_name'),
      number: read.count('number'),
      headSha: read.text('pull_request.head.sha'),
      headRef: read.text('pull_request.head.ref'),
      baseRef: read.text('pull_request.base.ref'),
      author: read.text('pull_request.user.login'),
    };
  } else if (name === 'ping') {
    const zen = at(payload, 'zen');
    event = typeof zen === 'string' ? { type: 'ping', delivery, zen } : { type: 'ping', delivery };
  } else {
    return { kind: 'ignored', reason: `${name} events are not used` };
  }
  if (read.missing.length > 0) {
    return { kind: 'malformed', problem: `the ${name} payload lacks ${read.missing.join(', ')}` };
  }
  return { kind: 'event', event };
}

function isPullRequestAction(action: string): action is PullRequestAction {
  return pullRequestActions.includes(action);
}

/** Reads typed fields at dotted paths, noting each that is absent or of another type. */
function reader(root: unknown) {
  const missing: string[] = [];
  function take<T>(path: string, value: T | undefined, fallback: T): T {
    if (value !== undefined) return value;
    missing.push(path);
    return fallback;
  }
  return {
    missing,
    text(path: string): string {
      const value = at(root, path);
      return take(path, typeof value === 'string' ? value : undefined, '');
    },
    count(path: string): number {
      const value = at(root, path);
      return take(path, Number.isSafeInteger(value) ? Number(value) : undefined, 0);
    },
    flag(path: string): boolean {
      const value = at(root, path);
      return take(path, typeof value === 'boolean' ? value : undefined, false);
    },
    /** the `id` of each object of a list */
    ids(path: string): string[] {
      const list = at(root, path);
      const ids = Array.isArray(list) ? list.map((item: unknown) => at(item, 'id')) : undefined;
      const valid = ids?.every((id) => typeof id === 'string') ? ids.map(String) : undefined;
      return take(`${path}[].id`, valid, []);
    },
  };
}

function at(root: unknown, path: string): unknown {
  let value = root;
  for (const key of path.split('.')) {
    if (!isRecord(value)) return undefined;
    value = value[key];
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
