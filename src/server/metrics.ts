// Prometheus metrics for `GET /metrics`: one registry per service, never prom-client's global one,
// so two services in one process (tests) count apart.
import type http from 'node:http';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { errorMessage } from '../errors.js';
import type { WebhookOutcome } from './webhooks.js';

export type StatusPostOutcome = 'delivered' | 'retried' | 'dropped';
export type JobRunResult = 'succeeded' | 'failed';

export interface MetricsOptions {
  /** how many resources are in each state (Ready, Failed, ...), read at every scrape */
  resourcesByState?: () => Readonly<Record<string, number>>;
}

export interface Metrics {
  registry: Registry;
  /** seconds a reconcile took, from revision to every action's outcome */
  reconcileDuration: Histogram;
  webhookDeliveries: Counter<'outcome'>;
  statusPosts: Counter<'outcome'>;
  jobRuns: Counter<'result'>;
}

const webhookOutcomes: readonly WebhookOutcome[] = [
  'accepted',
  'duplicate',
  'ignored',
  'bad-signature',
  'malformed',
  'too-large',
  'wrong-type',
];
const statusPostOutcomes: readonly StatusPostOutcome[] = ['delivered', 'retried', 'dropped'];
const jobRunResults: readonly JobRunResult[] = ['succeeded', 'failed'];

export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const reconcileDuration = new Histogram({
    name: 'berth_reconcile_duration_seconds',
    help: 'Time a reconcile took, from the revision to the outcome of every action',
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600],
    registers,
  });
  const { resourcesByState } = options;
  new Gauge({
    name: 'berth_resources',
    help: 'Resources berth manages, by state',
    labelNames: ['state'],
    registers,
    collect() {
      if (!resourcesByState) return;
      this.reset();
      for (const [state, count] of Object.entries(resourcesByState())) this.set({ state }, count);
    },
  });
  const webhookDeliveries = new Counter({
    name: 'berth_webhook_deliveries_total',
    help: 'GitHub webhook deliveries received, by outcome',
    labelNames: ['outcome'],
    registers,
  });
  const statusPosts = new Counter({
    name: 'berth_status_posts_total',
    help: 'GitHub commit status posts, by outcome',
    labelNames: ['outcome'],
    registers,
  });
  const jobRuns = new Counter({
    name: 'berth_job_runs_total',
    help: 'Job runs that finished, by result',
    labelNames: ['result'],
    registers,
  });
  // Every series from the start at 0, so rates work from the first scrape.
  for (const outcome of webhookOutcomes) webhookDeliveries.inc({ outcome }, 0);
  for (const outcome of statusPostOutcomes) statusPosts.inc({ outcome }, 0);
  for (const result of jobRunResults) jobRuns.inc({ result }, 0);
  return { registry, reconcileDuration, webhookDeliveries, statusPosts, jobRuns };
}

/** `GET /metrics` in the Prometheus text format. Never rejects: a failure answers 500. */
export async function handleMetrics(
  metrics: Metrics,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    res.end(`${req.method ?? ''} is not allowed on /metrics; use GET\n`);
    return;
  }
  try {
    const text = await metrics.registry.metrics();
    res.writeHead(200, { 'content-type': metrics.registry.contentType });
    res.end(req.method === 'HEAD' ? undefined : text);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`metrics could not be collected: ${errorMessage(error)}\n`);
  }
}
