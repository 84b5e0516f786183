import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { sign } from '@octokit/webhooks-methods';
import { createLogger } from '../log.js';
import { webhookExamples } from '../../test/support/webhooks.js';
import {
  createWebhookReceiver,
  type WebhookEvent,
  type WebhookOutcome,
  type WebhookReceiverOptions,
} from './webhooks.js';

const secret = 'webhook-secret-current';
const examples = webhookExamples();

interface Receiver {
  url: string;
  events: WebhookEvent[];
  outcomes: WebhookOutcome[];
  logs: Record<string, unknown>[];
  /** resolves once `count` events were handed on */
  handed(count: number): Promise<void>;
}

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function receiver(options: Partial<WebhookReceiverOptions> = {}): Promise<Receiver> {
  const events: WebhookEvent[] = [];
  const outcomes: WebhookOutcome[] = [];
  const logs: Record<string, unknown>[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  const webhooks = createWebhookReceiver({
    secrets: [secret],
    logger: createLogger({
      level: 'debug',
      destination: {
        write: (line: string) => logs.push(JSON.parse(line) as Record<string, unknown>),
      },
    }),
    onEvent: (event) => {
      events.push(event);
      for (const w of waiting) if (events.length >= w.count) w.resolve();
    },
    onOutcome: (outcome) => outcomes.push(outcome),
    ...options,
  });
  const server = http.createServer((req, res) => {
    if (req.url === '/webhooks/github') {
      webhooks.handle(req, res);
      return;
    }
    res.writeHead(404).end();
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks/github`,
    events,
    outcomes,
    logs,
    handed: (count) =>
      new Promise((resolve) => {
        if (events.length >= count) resolve();
        else waiting.push({ count, resolve });
      }),
  };
}

function post(url: string, body: string, headers: Record<string, string>): Promise<Response> {
  return fetch(url, { method: 'POST', body, headers });
}

describe('webhook receiver', () => {
  it('accepts a signed push at once and hands it on in berth’s terms', async () => {
    const r = await receiver();
    const hook = await examples.signed({
      event: 'push',
      secret,
      overrides: {
        repo: 'acme/resources',
        ref: 'refs/heads/main',
        after: 'a'.repeat(40),
        sender: 'alice',
      },
    });
    const res = await post(r.url, hook.body, hook.headers);
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ accepted: true });
    await r.handed(1);
    expect(r.events).toEqual([
      {
        type: 'push',
        delivery: hook.delivery,
        repo: 'acme/resources',
        ref: 'refs/heads/main',
        before: '0000000000000000000000000000000000000000',
        after: 'a'.repeat(40),
        sender: 'alice',
        commits: ['a'.repeat(40)],
        deleted: false,
      },
    ]);
    expect(r.outcomes).toEqual(['accepted']);
  });

  it.each(['opened', 'synchronize', 'reopened'] as const)(
    'hands on a pull request %s with its head, base and author',
    async (action) => {
      const r = await receiver();
      const hook = await examples.signed({
        event: 'pull_request',
        action,
        secret,
        overrides: { repo: 'acme/resources', number: 42, headSha: 'b'.repeat(40), author: 'bob' },
      });
      expect((await post(r.url, hook.body, hook.headers)).status).toBe(202);
      await r.handed(1);
      expect(r.events).toEqual([
        {
          type: 'pull_request',
          delivery: hook.delivery,
          action,
          repo: 'acme/resources',
          number: 42,
          headSha: 'b'.repeat(40),
          headRef: 'changes',
          baseRef: 'master',
          author: 'bob',
        },
      ]);
    },
  );

  it('hands on a ping with its zen', async () => {
    const r = await receiver();
    const hook = await examples.signed({ event: 'ping', secret });
    expect((await post(r.url, hook.body, hook.headers)).status).toBe(202);
    await r.handed(1);
    expect(r.events).toEqual([
      { type: 'ping', delivery: hook.delivery, zen: 'Anything added dilutes everything else.' },
    ]);
  });

  it('verifies with the second of two secrets while a secret is rotated', async () => {
    const r = await receiver({ secrets: ['webhook-secret-next', secret] });
    const hook = await examples.signed({ event: 'push', secret });
    expect((await post(r.url, hook.body, hook.headers)).status).toBe(202);
    await r.handed(1);
    expect(r.events).toHaveLength(1);
  });

  it.each<[string, (hook: { body: string; headers: Record<string, string> }) => Promise<void>]>([
    [
      'a signature made with another secret',
      async (hook) => {
        hook.headers['x-hub-signature-256'] = await sign('not-the-secret', hook.body);
      },
    ],
    [
      'a body changed after signing',
      (hook) => {
        hook.body = hook.body.replace('Codertocat', 'Mallory');
        return Promise.resolve();
      },
    ],
    [
      'no signature',
      (hook) => {
        delete hook.headers['x-hub-signature-256'];
        return Promise.resolve();
      },
    ],
    [
      'the old SHA-1 signature alone',
      (hook) => {
        delete hook.headers['x-hub-signature-256'];
        hook.headers['x-hub-signature'] = 'sha1=0000000000000000000000000000000000000000';
        return Promise.resolve();
      },
    ],
  ])('refuses %s with 401 and hands nothing on', async (_what, spoil) => {
    const r = await receiver();
    const hook = await examples.signed({ event: 'push', secret });
    await spoil(hook);
    const res = await post(r.url, hook.body, hook.headers);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      error:
        'X-Hub-Signature-256 is missing or matches no secret; set the webhook’s secret to BERTH_WEBHOOK_SECRET',
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(r.events).toEqual([]);
    expect(r.outcomes).toEqual(['bad-signature']);
  });

  it('refuses malformed JSON with a valid signature with 400', async () => {
    const r = await receiver();
    const body = '{"ref": "refs/heads/main",';
    const res = await post(r.url, body, {
      'content-type': 'application/json',
      'x-github-event': 'push',
      'x-github-delivery': 'd-malformed',
      'x-hub-signature-256': await sign(secret, body),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'the body is not valid JSON' });
    expect(r.outcomes).toEqual(['malformed']);
    expect(JSON.stringify(r.logs)).not.toContain('refs/heads/main');
  });

  it('refuses a signed push that lacks fields berth reads, naming them', async () => {
    const r = await receiver();
    const body = JSON.stringify({ ref: 'refs/heads/main', commits: [{ id: 1 }] });
    const res = await post(r.url, body, {
      'content-type': 'application/json',
      'x-github-event': 'push',
      'x-github-delivery': 'd-partial',
      'x-hub-signature-256': await sign(secret, body),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error:
        'the push payload lacks repository.full_name, before, after, sender.login, commits[].id, deleted',
    });
  });

  it.each(['x-github-event', 'x-github-delivery'])(
    'refuses a signed delivery without %s with 400',
    async (name) => {
      const r = await receiver();
      const hook = await examples.signed({ event: 'push', secret });
      const headers = Object.fromEntries(Object.entries(hook.headers).filter(([k]) => k !== name));
      expect((await post(r.url, hook.body, headers)).status).toBe(400);
      expect(r.outcomes).toEqual(['malformed']);
    },
  );

  it('refuses a body above the limit by its Content-Length with 413', async () => {
    const r = await receiver({ maxBodyBytes: 1024 });
    const hook = await examples.signed({ event: 'push', secret });
    const res = await post(r.url, hook.body, hook.headers);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'the body is larger than 1024 bytes' });
    expect(r.outcomes).toEqual(['too-large']);
    expect(r.events).toEqual([]);
  });

  it('refuses a streamed body with 413 as soon as it passes the limit', async () => {
    const r = await receiver({ maxBodyBytes: 64 * 1024 });
    const hook = await examples.signed({ event: 'push', secret });
    let sent = 0;
    const chunk = new TextEncoder().encode(' '.repeat(16 * 1024));
    // No Content-Length: the receiver counts the bytes; the stream would go on for 10 MiB.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 10 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
        sent += chunk.length;
      },
    });
    const res = await fetch(r.url, {
      method: 'POST',
      body,
      headers: hook.headers,
      duplex: 'half',
    });
    expect(res.status).toBe(413);
    expect(r.outcomes).toEqual(['too-large']);
    expect(sent).toBeLessThan(10 * 1024 * 1024);
  });

  it('refuses a form-encoded body with 415 and says how to fix the webhook', async () => {
    const r = await receiver();
    const hook = await examples.signed({ event: 'push', secret });
    const form = `payload=${encodeURIComponent(hook.body)}`;
    const res = await post(r.url, form, {
      ...hook.headers,
      'content-type': 'application/x-www-form-urlencoded',
      'x-hub-signature-256': await sign(secret, form),
    });
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({
      error: 'the body must be JSON; set the webhook’s content type to application/json',
    });
    expect(r.outcomes).toEqual(['wrong-type']);
  });

  it('answers 405 to anything but POST', async () => {
    const r = await receiver();
    const res = await fetch(r.url);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('hands a delivery on once when GitHub delivers it twice', async () => {
    const r = await receiver();
    const hook = await examples.signed({ event: 'push', secret });
    expect((await post(r.url, hook.body, hook.headers)).status).toBe(202);
    const again = await post(r.url, hook.body, hook.headers);
    expect(again.status).toBe(202);
    expect(await again.json()).toEqual({ duplicate: true });
    const other = await examples.signed({ event: 'push', secret });
    await post(r.url, other.body, other.headers);
    await r.handed(2);
    expect(r.events.map((e) => e.delivery)).toEqual([hook.delivery, other.delivery]);
    expect(r.outcomes).toEqual(['accepted', 'duplicate', 'accepted']);
  });

  it('forgets the oldest deliveries beyond the number it remembers', async () => {
    const r = await receiver({ rememberDeliveries: 2 });
    const hooks = await Promise.all(
      ['d-1', 'd-2', 'd-3'].map((delivery) => examples.signed({ event: 'ping', secret, delivery })),
    );
    for (const hook of hooks) await post(r.url, hook.body, hook.headers);
    const [first, , third] = hooks;
    if (!first || !third) throw new Error('three deliveries expected');
    await post(r.url, third.body, third.headers);
    await post(r.url, first.body, first.headers);
    await r.handed(4);
    expect(r.outcomes).toEqual(['accepted', 'accepted', 'accepted', 'duplicate', 'accepted']);
  });

  it.each<[string, string, string | undefined]>([
    ['an event berth does not use', 'issues', 'opened'],
    ['a pull request closed', 'pull_request', 'closed'],
    ['a pull request labeled', 'pull_request', 'labeled'],
  ])('answers 202 to %s and hands nothing on', async (_what, event, action) => {
    const r = await receiver();
    const hook = await examples.signed({ event, secret, ...(action ? { action } : {}) });
    const res = await post(r.url, hook.body, hook.headers);
    expect(res.status).toBe(202);
    expect(await res.json()).toMatchObject({ ignored: true });
    await new Promise((resolve) => setImmediate(resolve));
    expect(r.events).toEqual([]);
    expect(r.outcomes).toEqual(['ignored']);
    expect(r.logs).toContainEqual(
      expect.objectContaining({ level: 20, msg: 'webhook ignored', delivery: hook.delivery }),
    );
  });

  it('logs every line with the delivery id, and never the signature or the body', async () => {
    const r = await receiver();
    const good = await examples.signed({ event: 'push', secret });
    const bad = await examples.signed({ event: 'push', secret: 'wrong' });
    await post(r.url, good.body, good.headers);
    await post(r.url, bad.body, bad.headers);
    await r.handed(1);
    expect(r.logs.map((line) => line.delivery)).toEqual([good.delivery, bad.delivery]);
    const text = JSON.stringify(r.logs);
    for (const hook of [good, bad]) {
      expect(text).not.toContain(hook.headers['x-hub-signature-256']?.slice(7));
      expect(text).not.toContain('Codertocat');
    }
  });

  it('keeps a failing event handler off the response and logs it', async () => {
    const r = await receiver({
      onEvent: () => {
        throw new Error('boom');
      },
    });
    const hook = await examples.signed({ event: 'ping', secret });
    expect((await post(r.url, hook.body, hook.headers)).status).toBe(202);
    await expect
      .poll(() => r.logs.find((line) => line.msg === 'webhook event handler failed'))
      .toMatchObject({ level: 50, delivery: hook.delivery });
  });

  it('refuses to start without a secret', () => {
    expect(() =>
      createWebhookReceiver({ secrets: [''], logger: createLogger(), onEvent: () => undefined }),
    ).toThrow('webhooks need a secret; set BERTH_WEBHOOK_SECRET to the webhook’s secret');
  });
});
