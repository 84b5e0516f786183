// `POST /webhooks/github` (SPEC §6.2): checks the signature on the raw bytes against each secret
// (rotation), answers 202 at once, and hands the events berth acts on (push, pull_request opened,
// synchronize or reopened, ping) to `onEvent` off the request path, in berth's terms.
// Every rejection has its own status; a delivery id seen before is answered but not handed on.
import type http from 'node:http';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { parsePayload, type WebhookEvent } from './webhook-events.js';

export type { WebhookEvent } from './webhook-events.js';

export type WebhookOutcome =
  'accepted' | 'duplicate' | 'ignored' | 'bad-signature' | 'malformed' | 'too-large' | 'wrong-type';

export interface WebhookReceiverOptions {
  /** any one verifies a delivery (rotation) */
  secrets: readonly string[];
  logger: Logger;
  /** called after the answer is sent, never on the request path */
  onEvent: (event: WebhookEvent) => void;
  /** bytes; default 5 MiB */
  maxBodyBytes?: number;
  /** delivery ids kept to answer redeliveries; default 1000 */
  rememberDeliveries?: number;
  onOutcome?: (outcome: WebhookOutcome) => void;
}

export interface WebhookReceiver {
  handle(req: http.IncomingMessage, res: http.ServerResponse): void;
}

export function createWebhookReceiver(options: WebhookReceiverOptions): WebhookReceiver {
  const secrets = options.secrets.filter((secret) => secret.length > 0);
  if (secrets.length === 0) {
    throw new UserError('webhooks need a secret; set BERTH_WEBHOOK_SECRET to the webhook’s secret');
  }
  const maxBytes = options.maxBodyBytes ?? 5 * 1024 * 1024;
  const seen = recentDeliveries(options.rememberDeliveries ?? 1000);
  const base = options.logger.child({ component: 'webhooks' });

  function finish(
    res: http.ServerResponse,
    outcome: WebhookOutcome | undefined,
    status: number,
    body: object,
  ): void {
    if (outcome) options.onOutcome?.(outcome);
    if (res.headersSent || res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(`${JSON.stringify(body)}\n`);
  }

  async function receive(req: http.IncomingMessage, res: http.ServerResponse, log: Logger) {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      finish(res, undefined, 405, { error: `${req.method ?? ''} is not allowed; GitHub POSTs` });
      return;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBytes) {
      tooLarge(req, res, log, declared);
      return;
    }
    if (!isJson(req.headers['content-type'])) {
      log.warn({ contentType: req.headers['content-type'] }, 'webhook content type refused');
      finish(res, 'wrong-type', 415, {
        error: 'the body must be JSON; set the webhook’s content type to application/json',
      });
      return;
    }
    const body = await readBody(req, maxBytes);
    if (body === 'too-large') {
      tooLarge(req, res, log, undefined);
      return;
    }
    if (!verified(secrets, body, header(req, 'x-hub-signature-256'))) {
      log.warn({}, 'webhook signature did not verify');
      finish(res, 'bad-signature', 401, {
        error:
          'X-Hub-Signature-256 is missing or matches no secret; set the webhook’s secret to BERTH_WEBHOOK_SECRET',
      });
      return;
    }
    const name = header(req, 'x-github-event');
    const id = header(req, 'x-github-delivery');
    if (!name || !id) {
      log.warn({ event: name }, 'webhook headers missing');
      finish(res, 'malformed', 400, {
        error: 'X-GitHub-Event and X-GitHub-Delivery are required',
      });
      return;
    }
    if (seen.has(id)) {
      log.info({ event: name }, 'webhook delivery seen before');
      finish(res, 'duplicate', 202, { duplicate: true });
      return;
    }
    const parsed = parsePayload(name, id, body.toString('utf8'));
    if (parsed.kind === 'malformed') {
      log.warn({ event: name, problem: parsed.problem }, 'webhook payload malformed');
      finish(res, 'malformed', 400, { error: parsed.problem });
      return;
    }
    seen.add(id);
    if (parsed.kind === 'ignored') {
      log.debug({ event: name, reason: parsed.reason }, 'webhook ignored');
      finish(res, 'ignored', 202, { ignored: true, reason: parsed.reason });
      return;
    }
    log.info({ event: name }, 'webhook accepted');
    finish(res, 'accepted', 202, { accepted: true });
    const { event } = parsed;
    setImmediate(() => {
      try {
        options.onEvent(event);
      } catch (error) {
        log.error({ err: error }, 'webhook event handler failed');
      }
    });
  }

  function tooLarge(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    log: Logger,
    declared: number | undefined,
  ): void {
    log.warn({ contentLength: declared, maxBytes }, 'webhook body too large');
    // Read no further: the connection closes once the answer is out.
    res.setHeader('connection', 'close');
    finish(res, 'too-large', 413, { error: `the body is larger than ${maxBytes} bytes` });
    res.once('finish', () => {
      req.destroy();
    });
  }

  return {
    handle(req, res) {
      const log = base.child({ delivery: header(req, 'x-github-delivery')?.slice(0, 100) });
      receive(req, res, log).catch((error: unknown) => {
        log.warn({ err: error }, 'webhook request failed');
        if (!res.headersSent && !res.destroyed) {
          res.writeHead(400, { 'content-type': 'application/json' });
          res.end(`${JSON.stringify({ error: 'the request could not be read' })}\n`);
        }
      });
    },
  };
}

function isJson(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** The whole body, or 'too-large' as soon as it passes `max` bytes (the rest is not read). */
function readBody(req: http.IncomingMessage, max: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData);
        req.pause();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => {
      resolve(Buffer.concat(chunks, size));
    });
    req.once('error', reject);
  });
}

/** HMAC-SHA256 of the raw bytes under each secret, compared in constant time. */
function verified(
  secrets: readonly string[],
  body: Buffer,
  signature: string | undefined,
): boolean {
  const match = /^sha256=([0-9a-f]{64})$/i.exec(signature ?? '');
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1], 'hex');
  let ok = false;
  for (const secret of secrets) {
    const expected = createHmac('sha256', secret).update(body).digest();
    // Every secret is tried, so the time does not tell which one matched.
    if (timingSafeEqual(given, expected)) ok = true;
  }
  return ok;
}

/** Delivery ids most recently seen, at most `limit` of them. */
function recentDeliveries(limit: number): { has(id: string): boolean; add(id: string): void } {
  const ids = new Set<string>();
  return {
    has: (id) => ids.has(id),
    add(id) {
      ids.delete(id);
      ids.add(id);
      for (const oldest of ids) {
        if (ids.size <= limit) break;
        ids.delete(oldest);
      }
    },
  };
}
