import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { register as globalRegistry } from 'prom-client';
import { createMetrics, handleMetrics, type Metrics } from './metrics.js';

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function serve(metrics: Metrics): Promise<string> {
  const server = http.createServer((req, res) => {
    void handleMetrics(metrics, req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
}

describe('metrics', () => {
  it.each<[string, (m: Metrics) => void, string]>([
    [
      'a reconcile’s duration',
      (m) => {
        m.reconcileDuration.observe(0.3);
      },
      'berth_reconcile_duration_seconds_bucket{le="0.5"} 1',
    ],
    [
      'a webhook delivery by outcome',
      (m) => {
        m.webhookDeliveries.inc({ outcome: 'accepted' });
      },
      'berth_webhook_deliveries_total{outcome="accepted"} 1',
    ],
    [
      'a status post by outcome',
      (m) => {
        m.statusPosts.inc({ outcome: 'retried' }, 2);
      },
      'berth_status_posts_total{outcome="retried"} 2',
    ],
    [
      'a job run by result',
      (m) => {
        m.jobRuns.inc({ result: 'failed' });
      },
      'berth_job_runs_total{result="failed"} 1',
    ],
  ])('counts %s', async (_what, record, line) => {
    const metrics = createMetrics();
    record(metrics);
    expect((await metrics.registry.metrics()).split('\n')).toContain(line);
  });

  it('shows every outcome and result at 0 before anything happened', async () => {
    const text = await createMetrics().registry.metrics();
    for (const line of [
      'berth_webhook_deliveries_total{outcome="bad-signature"} 0',
      'berth_status_posts_total{outcome="dropped"} 0',
      'berth_job_runs_total{result="succeeded"} 0',
      'berth_reconcile_duration_seconds_count 0',
    ]) {
      expect(text.split('\n')).toContain(line);
    }
  });

  it('reads the resources in each state from the service at every scrape', async () => {
    let counts: Record<string, number> = { Ready: 3, Failed: 1 };
    const metrics = createMetrics({ resourcesByState: () => counts });
    let lines = (await metrics.registry.metrics()).split('\n');
    expect(lines).toContain('berth_resources{state="Ready"} 3');
    expect(lines).toContain('berth_resources{state="Failed"} 1');
    counts = { Ready: 4 };
    lines = (await metrics.registry.metrics()).split('\n');
    expect(lines).toContain('berth_resources{state="Ready"} 4');
    expect(lines.filter((l) => l.startsWith('berth_resources{state="Failed"}'))).toEqual([]);
  });

  it('includes the process metrics', async () => {
    const text = await createMetrics().registry.metrics();
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });

  it('keeps each service’s counts apart and leaves the global registry alone', async () => {
    const one = createMetrics();
    const two = createMetrics();
    one.jobRuns.inc({ result: 'succeeded' });
    expect((await two.registry.metrics()).split('\n')).toContain(
      'berth_job_runs_total{result="succeeded"} 0',
    );
    expect(await globalRegistry.metrics()).not.toContain('berth_');
  });

  it('answers GET /metrics in the Prometheus text format', async () => {
    const metrics = createMetrics();
    metrics.webhookDeliveries.inc({ outcome: 'duplicate' });
    const res = await fetch(await serve(metrics));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(await res.text()).toContain('berth_webhook_deliveries_total{outcome="duplicate"} 1');
  });

  it('answers 500 when the service cannot count its resources', async () => {
    const metrics = createMetrics({
      resourcesByState: () => {
        throw new Error('status store closed');
      },
    });
    const res = await fetch(await serve(metrics));
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('metrics could not be collected: status store closed\n');
  });

  it('answers 405 to anything but GET', async () => {
    const res = await fetch(await serve(createMetrics()), { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });
});
