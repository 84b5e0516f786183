// Commit statuses through the real Octokit against a local GitHub-compatible endpoint; back-off
// runs on a manual clock, so a two-minute outage takes no time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGitHubClient } from '../src/github/client.js';
import type { CommitStatus, GitHubClient, PostOutcome } from '../src/github/types.js';
import { createLogger } from '../src/log.js';
import { startGitHubEndpoint, type GitHubEndpoint } from './support/github-endpoint.js';
import { manualClock, type ManualClock } from './support/manual-clock.js';

const sha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const token = 'ghp_statuses0123456789';

let endpoint: GitHubEndpoint | undefined;
let client: GitHubClient | undefined;

afterEach(async () => {
  endpoint?.up();
  await client?.close();
  await endpoint?.close();
  client = undefined;
  endpoint = undefined;
});

interface Setup {
  endpoint: GitHubEndpoint;
  client: GitHubClient;
  clock: ManualClock;
  logs: Record<string, unknown>[];
  outcomes: PostOutcome[];
}

async function setup(maxQueue?: number): Promise<Setup> {
  const clock = manualClock();
  const logs: Record<string, unknown>[] = [];
  const outcomes: PostOutcome[] = [];
  endpoint = await startGitHubEndpoint({ now: () => clock.now() });
  client = createGitHubClient({
    repo: 'acme/resources',
    apiUrl: endpoint.url,
    auth: { type: 'token', token },
    clock,
    logger: createLogger({
      level: 'debug',
      destination: {
        write: (line: string) => logs.push(JSON.parse(line) as Record<string, unknown>),
      },
    }),
    maxQueue,
    onPost: (outcome) => outcomes.push(outcome),
  });
  return { endpoint, client, clock, logs, outcomes };
}

function status(
  context: string,
  description: string,
  state: CommitStatus['state'] = 'pending',
): CommitStatus {
  return { sha, context, state, description, targetUrl: `http://berth.test/r/${context}` };
}

/** Moves the clock a second at a time, each time once nothing is under way, until `done` holds. */
async function advanceUntil(clock: ManualClock, done: () => boolean) {
  while (!done()) {
    await vi.waitFor(
      () => {
        if (!done() && clock.pending() !== 1) throw new Error('a request is still under way');
      },
      { timeout: 10_000, interval: 2 },
    );
    if (!done()) clock.advance(1000);
  }
}

/** Moves the clock by `ms` while the queue waits on its back-off timer. */
async function advanceWhileWaiting(clock: ManualClock, ms: number) {
  const until = clock.now() + ms;
  await advanceUntil(clock, () => clock.now() >= until);
}

describe('commit statuses', () => {
  it('a posted status arrives with its state, context, description, link and the token', async () => {
    const { endpoint, client, outcomes } = await setup();
    const long = `Deployment churn-api is not ready after 300 s: ${'replica 2 failed its readiness probe; '.repeat(5)}`;

    client.statuses.post(status('berth/deployment/churn-api', long, 'failure'));
    await client.statuses.idle();

    const [arrived] = endpoint.statuses();
    expect(arrived).toMatchObject({
      sha,
      state: 'failure',
      context: 'berth/deployment/churn-api',
      target_url: 'http://berth.test/r/berth/deployment/churn-api',
      authorization: `token ${token}`,
    });
    expect(Array.from(arrived?.description ?? '')).toHaveLength(139);
    expect(arrived?.description.endsWith('…')).toBe(true);
    expect(long.startsWith(arrived?.description.slice(0, -1) ?? '-')).toBe(true);
    expect(outcomes).toEqual(['delivered']);
  });

  it.each([
    ['503', 503],
    ['a rate limit (403)', 403],
    ['a secondary rate limit (429)', 429],
    ['refused connections', 'refuse'],
  ] as const)(
    'statuses posted during two minutes of %s are all delivered afterwards, in order per context',
    async (_name, outage) => {
      const { endpoint, client, clock, logs, outcomes } = await setup();
      endpoint.down(outage);

      for (const step of ['queued', 'applying', 'ready']) {
        for (const name of ['churn-api', 'nightly-train']) {
          client.statuses.post(status(`berth/deployment/${name}`, `${name} ${step}`));
        }
      }
      expect(client.statuses.pending()).toBe(6);

      await advanceWhileWaiting(clock, 120_000);
      expect(endpoint.statuses()).toEqual([]);
      expect(outcomes).toContain('retried');
      expect(
        logs.filter(
          (line) =>
            line.msg === 'commit status not delivered; retrying with back-off' && line.level === 40,
        ),
      ).toHaveLength(1);

      endpoint.up();
      await advanceUntil(clock, () => client.statuses.pending() === 0);
      await client.statuses.idle();

      const delivered = endpoint.statuses();
      expect(delivered).toHaveLength(6);
      for (const name of ['churn-api', 'nightly-train']) {
        expect(
          delivered
            .filter((s) => s.context === `berth/deployment/${name}`)
            .map((s) => s.description),
        ).toEqual([`${name} queued`, `${name} applying`, `${name} ready`]);
      }
      expect(outcomes.filter((outcome) => outcome === 'delivered')).toHaveLength(6);
      expect(client.statuses.pending()).toBe(0);
    },
  );

  it('a status GitHub rejects with 422 is dropped with one warning, not retried', async () => {
    const { endpoint, client, clock, logs, outcomes } = await setup();
    endpoint.rejectContext('berth/job/broken', 422);

    client.statuses.post(status('berth/job/broken', 'no such sha'));
    client.statuses.post(status('berth/job/nightly', 'scheduled'));
    await client.statuses.idle();

    expect(endpoint.requests().filter((r) => r.path.includes('/statuses/'))).toHaveLength(2);
    expect(endpoint.statuses().map((s) => s.context)).toEqual(['berth/job/nightly']);
    const warnings = logs.filter((line) => line.level === 40);
    expect(warnings).toEqual([
      expect.objectContaining({
        msg: 'GitHub rejected a commit status; dropped it',
        context: 'berth/job/broken',
        httpStatus: 422,
      }),
    ]);
    expect(outcomes.sort()).toEqual(['delivered', 'dropped']);
    expect(clock.pending()).toBe(0);
  });

  it('a full queue drops superseded statuses first, then the oldest', async () => {
    const { endpoint, client, clock, logs } = await setup(4);
    endpoint.down(503);

    client.statuses.post(status('berth/deployment/a', 'a pending'));
    // once "a" has failed, nothing is under way and every status may be dropped
    await vi.waitFor(
      () => {
        expect(clock.pending()).toBe(1);
      },
      { interval: 2 },
    );
    client.statuses.post(status('berth/deployment/b', 'b pending'));
    client.statuses.post(status('berth/deployment/c', 'c pending'));
    client.statuses.post(status('berth/deployment/b', 'b ready', 'success'));
    client.statuses.post(status('berth/deployment/c', 'c ready', 'success')); // drops "b pending", superseded
    client.statuses.post(status('berth/deployment/d', 'd ready', 'success')); // drops "c pending", superseded
    client.statuses.post(status('berth/deployment/e', 'e ready', 'success')); // drops "a pending", the oldest
    expect(client.statuses.pending()).toBe(4);

    endpoint.up();
    const idle = client.statuses.idle();
    clock.advance(1000);
    await idle;

    expect(
      endpoint
        .statuses()
        .map((s) => s.description)
        .sort(),
    ).toEqual(['b ready', 'c ready', 'd ready', 'e ready']);
    expect(
      logs
        .filter((line) => line.msg === 'status queue full; dropped a waiting status')
        .map((line) => [line.context, line.superseded]),
    ).toEqual([
      ['berth/deployment/b', true],
      ['berth/deployment/c', true],
      ['berth/deployment/a', false],
    ]);
  });

  it('commitAuthor gives the login GitHub knows for a commit, and nothing for one it does not', async () => {
    const { endpoint, client } = await setup();
    endpoint.authors.set(sha, 'octocat');

    await expect(client.commitAuthor(sha)).resolves.toBe('octocat');
    await expect(
      client.commitAuthor('0123456789abcdef0123456789abcdef01234567'),
    ).resolves.toBeUndefined();
    expect(endpoint.requests().at(-1)).toMatchObject({
      method: 'GET',
      authorization: `token ${token}`,
    });
  });

  it('never writes the token to its logs', async () => {
    const { endpoint, client, clock, logs } = await setup();
    endpoint.down(503);
    client.statuses.post(status('berth', 'applying'));
    await advanceWhileWaiting(clock, 5_000);
    endpoint.up();
    await advanceUntil(clock, () => client.statuses.pending() === 0);

    expect(logs.length).toBeGreaterThan(0);
    expect(JSON.stringify(logs)).not.toContain(token);
  });
});
