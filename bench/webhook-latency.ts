// Webhook latency of the Git source (goal: under 50 ms plus the git fetch): from a signed push
// webhook reaching the service to berth's first engine call for that commit, with the fetch shown
// apart. The service runs in this process as `berth serve` does with a Git source (startService):
// the repository served over HTTP by `git http-backend`, statuses posted by the real Octokit client
// to a local GitHub-compatible endpoint, deliveries from GitHub's example payloads signed with the
// real HMAC. One Deployment of one busybox httpd replica runs and stays as it is; each push
// changes one env value of a Deployment with `replicas: 0`, so no container work follows. Per
// push: t0 just before the webhook is sent, t1 the first engine call after it (and after the
// fetch, so a periodic resync in between is not taken for it), then the commit's final `berth`
// status before the next push. The fetch is berth's own `fetched` log line (`ms`: the pack
// download); the ref lookup before it (one request to the git server) counts as berth's and is
// shown apart, timed by the request's arrival at the git server. A few pushes warm up first, not
// counted. Fetch start = the `fetched` line's moment − its `ms` (whole milliseconds).
// Run: `npm run bench:webhook`, or after building the benchmarks
// `node dist-bench/bench/webhook-latency.js [--runs=N] [--warmup=N]`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { createLogger } from '../src/log.js';
import { startService, type RunningService } from '../src/service/serve.js';
import { commit, startGitServer, type GitServer } from '../test/support/git-server.js';
import { startGitHubEndpoint, type GitHubEndpoint } from '../test/support/github-endpoint.js';
import { deploymentYaml } from '../test/support/resources.js';
import { webhookExamples } from '../test/support/webhooks.js';
import { berthFootprint, removeFootprint } from './engine.js';
import { recordResult, treeState } from './results.js';
import { median, numberFlag, percentile, runsFromArgs, sleep, summarize } from './stats.js';
import { firstCallAfter, timedDocker } from './timed-docker.js';

const runs = runsFromArgs(50);
const warmup = numberFlag('warmup', 3);
const goalMs = 50;
const instance = 'bench-webhook';
const githubRepo = 'acme/resources';
const secret = 'bench-webhook-secret';

/** The Deployment each push changes: no replica, one env value per push. */
const idleYaml = (push: number) =>
  `${deploymentYaml({ name: 'idle', replicas: 0 })}  env:\n    PUSH: "${push}"\n`;

interface Fetched {
  ms: number;
  /** performance.now() when berth logged it */
  at: number;
}

/** A log destination that keeps berth's `fetched` lines by commit, and its warnings and errors. */
function capturedLog() {
  const fetched = new Map<string, Fetched>();
  const problems: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const at = performance.now();
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        const entry = JSON.parse(line) as {
          level: number;
          msg?: string;
          commit?: unknown;
          ms?: unknown;
        };
        if (entry.msg === 'fetched' && typeof entry.commit === 'string') {
          fetched.set(entry.commit, { ms: Number(entry.ms), at });
        }
        if (entry.level >= 40) problems.push(line);
      }
      done();
    },
  });
  return { destination, fetched, problems };
}

/** Waits for the commit's final aggregate status; throws unless it is a success. */
async function finalStatus(github: GitHubEndpoint, sha: string, limitMs: number): Promise<void> {
  const deadline = performance.now() + limitMs;
  while (performance.now() < deadline) {
    const final = github
      .statuses()
      .find((s) => s.sha === sha && s.context === 'berth' && s.state !== 'pending');
    if (final?.state === 'success') return;
    if (final) throw new Error(`commit ${sha} ended ${final.state}: ${final.description}`);
    await sleep(10);
  }
  throw new Error(`no final status for ${sha} within ${limitMs / 1000} s`);
}

interface Push {
  /** t1 − t0 */
  firstCallMs: number;
  fetchMs: number;
  /** from the webhook to berth's first request to the git server: receive, verify, queue a sync */
  toGitMs: number;
  /** from that request (the ref lookup) to the fetch starting */
  lookupMs: number;
  /** from the fetch done to the first engine call: read the commit, diff, authorize, plan */
  afterFetchMs: number;
  /** the webhook's HTTP answer (202) */
  answerMs: number;
  /** to the final `berth` status */
  finalMs: number;
  /** engine calls between t0 and the end of the fetch (a periodic resync, not this commit's) */
  strayCalls: number;
}

const footprint = berthFootprint(instance);
const engine = timedDocker();
const log = capturedLog();
const examples = webhookExamples();
await removeFootprint(engine.docker, footprint);
let git: GitServer | undefined;
let github: GitHubEndpoint | undefined;
let service: RunningService | undefined;
const stateDir = await mkdtemp(path.join(tmpdir(), 'berth-bench-webhook-'));
const pushes: Push[] = [];
try {
  git = await startGitServer();
  github = await startGitHubEndpoint();
  const repo = await git.createRepo('resources');
  const initial = await commit(
    repo.work,
    {
      'resources/web.yaml': deploymentYaml({ name: 'web' }),
      'resources/idle.yaml': idleYaml(0),
    },
    'web and idle',
  );
  service = await startService({
    instance,
    logger: createLogger({ level: 'info', destination: log.destination }),
    docker: engine.docker,
    listen: '127.0.0.1:0',
    git: {
      url: repo.url,
      branch: 'main',
      path: 'resources',
      // No poll between a push and its webhook: every commit comes through the webhook.
      pollIntervalMs: 3_600_000,
      stateDir,
      github: {
        repo: githubRepo,
        apiUrl: github.url,
        auth: { type: 'token', token: 'bench-token' },
        webhookSecrets: [secret],
      },
      statusContext: 'berth',
      admins: [],
      allowEmpty: false,
    },
  });
  await finalStatus(github, initial, 120_000);
  const webhookUrl = `${service.url}/webhooks/github`;

  for (let n = 1; n <= warmup + runs; n++) {
    const sha = await commit(repo.work, { 'resources/idle.yaml': idleYaml(n) }, `push ${n}`);
    const signed = await examples.signed({
      event: 'push',
      secret,
      overrides: { repo: githubRepo, ref: 'refs/heads/main', after: sha, sender: 'alice' },
    });
    const t0 = performance.now();
    const answer = await fetch(webhookUrl, {
      method: 'POST',
      headers: signed.headers,
      body: signed.body,
    });
    const answerMs = performance.now() - t0;
    if (answer.status !== 202) throw new Error(`the webhook was answered ${answer.status}`);
    await finalStatus(github, sha, 60_000);
    const finalMs = performance.now() - t0;
    const fetched = log.fetched.get(sha);
    if (!fetched) throw new Error(`berth logged no fetch of ${sha}`);
    const first = firstCallAfter(engine.calls, Math.max(t0, fetched.at));
    if (!first) throw new Error(`no engine call after the webhook of ${sha}`);
    const lookup = git.requests.find((r) => r.at >= t0);
    if (!lookup) throw new Error(`no request to the git server after the webhook of ${sha}`);
    if (n <= warmup) continue;
    pushes.push({
      firstCallMs: first.at - t0,
      fetchMs: fetched.ms,
      toGitMs: lookup.at - t0,
      lookupMs: fetched.at - fetched.ms - lookup.at,
      afterFetchMs: first.at - fetched.at,
      answerMs,
      finalMs,
      strayCalls: engine.calls.filter((c) => c.at >= t0 && c.at < fetched.at).length,
    });
  }
} catch (error) {
  console.error(log.problems.slice(-20).join('\n'));
  throw error;
} finally {
  await service?.stop();
  await git?.close();
  await github?.close();
  await removeFootprint(engine.docker, footprint);
  await rm(stateDir, { recursive: true, force: true });
}

const of = (field: keyof Push) => pushes.map((p) => p[field]);
const overhead = pushes.map((p) => p.firstCallMs - p.fetchMs);
const spread = (values: number[]) => ({
  ...summarize(values),
  p90Ms: Math.round(percentile(values, 90) * 10) / 10,
});
const line = (label: string, values: number[]) => {
  const s = spread(values);
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  return `${label.padEnd(44)} median ${ms(s.medianMs)} (p90 ${ms(s.p90Ms)}, min ${ms(s.minMs)}, max ${ms(s.maxMs)})`;
};
const toGoal = Math.round((median(overhead) / goalMs) * 100) / 100;
const stray = of('strayCalls').reduce((a, b) => a + b, 0);
console.log(
  `push webhook → first engine call, ${pushes.length} pushes after ${warmup} to warm up (goal: ${goalMs} ms plus the fetch)`,
);
console.log(line('  webhook → first engine call', of('firstCallMs')));
console.log(line('  git fetch (berth logs `fetched`, ms)', of('fetchMs')));
console.log(line('  berth itself (first engine call − fetch)', overhead));
console.log(`    ${toGoal} of the ${goalMs} ms goal (median)`);
console.log(line('    webhook → first request to git', of('toGitMs')));
console.log(line('    ref lookup (to the fetch starting)', of('lookupMs')));
console.log(line('    after the fetch (read, diff, plan)', of('afterFetchMs')));
console.log(line('  webhook answered (202)', of('answerMs')));
console.log(line('  webhook → final `berth` status', of('finalMs')));
if (stray > 0) console.log(`  (${stray} engine calls came between a webhook and its fetch)`);
recordResult('webhook-latency', {
  measuredAt: new Date().toISOString(),
  tree: treeState(),
  pushes: pushes.length,
  warmup,
  goalMs,
  webhookToFirstEngineCall: spread(of('firstCallMs')),
  fetch: spread(of('fetchMs')),
  berthOverhead: { ...spread(overhead), toGoal },
  webhookToGitRequest: spread(of('toGitMs')),
  refLookup: spread(of('lookupMs')),
  afterFetch: spread(of('afterFetchMs')),
  webhookAnswer: spread(of('answerMs')),
  webhookToFinalStatus: spread(of('finalMs')),
  strayEngineCalls: stray,
  declared:
    'Deployment web (1 replica, busybox httpd, unchanged), Deployment idle (0 replicas, one env value changed per push)',
});
