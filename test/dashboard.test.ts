// The dashboard in a real browser: Debian's Chromium driven by playwright-core against a real
// `berth serve` (folder source, real engine). Screenshots go to test/artifacts/ (ignored by git).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/log.js';
import { startService } from '../src/service/serve.js';
import { watchFolder } from '../src/source/local-folder.js';
import { eventually, testEngine } from './support/docker.js';
import { deploymentYaml, tempFolder } from './support/resources.js';

const artifacts = path.resolve('test/artifacts');
let browser: Browser;
const cleanups: (() => Promise<void>)[] = [];
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  await mkdir(artifacts, { recursive: true });
});
afterAll(async () => {
  await browser.close();
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const jobYaml = `apiVersion: berth/v1
kind: Job
metadata: { name: etl, owner: user:alice }
spec:
  image: berth-examples/busybox:1
  command: 'echo "rows loaded: 42"'
`;

async function serve(files: Record<string, string>, apiToken?: string) {
  const t = testEngine('dash');
  const f = await tempFolder();
  cleanups.push(
    () => f.cleanup(),
    () => t.cleanup(),
  );
  for (const [file, text] of Object.entries(files)) await f.write(file, text);
  const service = await startService({
    instance: t.instance,
    logger: silentLogger(),
    docker: t.docker,
    listen: '127.0.0.1:0',
    ...(apiToken ? { apiToken } : {}),
    source: (intake, logger) => watchFolder({ dir: f.dir, logger, onRevision: intake }),
  });
  cleanups.push(() => service.stop());
  return service;
}

describe('the dashboard', () => {
  it('shows every resource, a failing deployment’s diagnosis, and a job run’s output two clicks away', async () => {
    const service = await serve({
      'api.yaml': deploymentYaml({ name: 'api' }),
      'crash.yaml': deploymentYaml({
        name: 'crash',
        command: 'echo "cannot load model"; exit 3',
        failureThreshold: 3,
      }),
      'etl.yaml': jobYaml,
    });
    const status = service.core.reconciler.status;
    await eventually(
      () =>
        status.get('Deployment/api')?.state === 'Ready' &&
        status.get('Deployment/crash')?.state === 'Failed' &&
        status.get('Job/etl')?.state === 'Succeeded'
          ? true
          : undefined,
      60_000,
      'the resources to settle',
    );
    const page = await browser.newPage();
    cleanups.push(() => page.close());
    await page.goto(`${service.url}/`);
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const overview = await page.locator('table').innerText();
    expect(overview).toMatch(/Deployment\s+api\s+user:alice\s+Ready/);
    expect(overview).toMatch(/Deployment\s+crash\s+user:alice\s+Failed/);
    expect(overview).toContain('berth-examples/busybox:1');
    expect(await page.locator('tr', { hasText: 'crash' }).innerText()).toMatch(/code 3/);
    await page.screenshot({ path: path.join(artifacts, 'dashboard-overview.png'), fullPage: true });

    // Two clicks: the job, then its run.
    await page.getByRole('link', { name: 'etl', exact: true }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Job/etl');
    expect(await page.locator('table').first().innerText()).toMatch(/Succeeded/);
    await page.locator('tbody tr a').first().click();
    expect(await page.locator('pre').innerText()).toContain('rows loaded: 42');
    await page.screenshot({ path: path.join(artifacts, 'dashboard-run-logs.png'), fullPage: true });

    // The failing deployment's page carries its diagnosis and its events.
    await page.goto(`${service.url}/resources/Deployment/crash`);
    const crash = await page.locator('dl').innerText();
    expect(crash).toMatch(/Failed/);
    expect(crash).toMatch(/code 3/);
    // The page reloads itself.
    expect(await page.locator('meta[http-equiv="refresh"]').getAttribute('content')).toBe('5');
  });

  it('asks a browser for the API token once, then keeps a session; tools use the bearer token', async () => {
    const service = await serve({ 'etl.yaml': jobYaml }, 'dash-secret');
    expect((await fetch(`${service.url}/`)).status).toBe(401);
    expect(
      (await fetch(`${service.url}/`, { headers: { authorization: 'Bearer dash-secret' } })).status,
    ).toBe(200);
    const page = await browser.newPage();
    cleanups.push(() => page.close());
    await page.goto(`${service.url}/resources/Job/etl`);
    await page.locator('input[name=token]').fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.locator('body').innerText()).toContain('That is not the API token');
    await page.locator('input[name=token]').fill('dash-secret');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Resources');
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite])).toEqual([
      ['berth_session', true, 'Strict'],
    ]);
    expect(cookies[0]?.value).not.toContain('dash-secret');
    await page.goto(`${service.url}/resources/Job/etl`);
    expect(await page.locator('h1').innerText()).toBe('Job/etl');
  });
});
