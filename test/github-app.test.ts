// berth as a GitHub App: a JWT signed with the App's key finds the installation and buys
// installation tokens, which are renewed before they expire on the injected clock.
import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../src/github/client.js';
import type { CommitStatus, GitHubClient } from '../src/github/types.js';
import { createLogger } from '../src/log.js';
import {
  installationId,
  startGitHubEndpoint,
  verifyJwt,
  type GitHubEndpoint,
} from './support/github-endpoint.js';
import { manualClock } from './support/manual-clock.js';

const appId = '271828';
const sha = '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c';
const minute = 60_000;

let endpoint: GitHubEndpoint | undefined;
let client: GitHubClient | undefined;

afterEach(async () => {
  await client?.close();
  await endpoint?.close();
  client = undefined;
  endpoint = undefined;
});

function status(description: string): CommitStatus {
  return { sha, context: 'berth', state: 'success', description };
}

describe('GitHub App authentication', () => {
  it('finds the installation with a signed JWT, posts with its token and renews the token before it expires', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const clock = manualClock();
    const logs: string[] = [];
    endpoint = await startGitHubEndpoint({
      appId,
      publicKey,
      now: () => clock.now(),
      tokenLifetimeMs: 10 * minute,
    });
    const privateKeyPem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    client = createGitHubClient({
      repo: 'acme/resources',
      apiUrl: endpoint.url,
      auth: { type: 'app', appId, privateKey: privateKeyPem },
      clock,
      logger: createLogger({
        level: 'debug',
        destination: { write: (line: string) => logs.push(line) },
      }),
    });

    client.statuses.post(status('first'));
    await client.statuses.idle();

    const [lookup, tokenRequest] = endpoint.requests();
    expect(lookup).toMatchObject({
      method: 'GET',
      path: '/repos/acme/resources/installation',
      answer: 200,
    });
    expect(tokenRequest).toMatchObject({
      method: 'POST',
      path: `/app/installations/${installationId}/access_tokens`,
      answer: 201,
    });
    for (const request of [lookup, tokenRequest]) {
      const [scheme, jwt] = (request?.authorization ?? '').split(' ');
      expect(scheme?.toLowerCase()).toBe('bearer');
      expect(verifyJwt(jwt ?? '', publicKey)).toMatchObject({ iss: appId });
    }
    expect(endpoint.statuses().map((s) => s.authorization)).toEqual(['token ghs_1']);
    await expect(client.gitToken()).resolves.toBe('ghs_1');

    // halfway through a ten-minute token, berth still uses it
    clock.advance(4 * minute);
    client.statuses.post(status('second'));
    await client.statuses.idle();
    expect(endpoint.statuses().at(-1)?.authorization).toBe('token ghs_1');

    // past its expiry, the next status goes with a new one
    clock.advance(7 * minute);
    client.statuses.post(status('third'));
    await client.statuses.idle();
    expect(endpoint.statuses().map((s) => [s.description, s.authorization])).toEqual([
      ['first', 'token ghs_1'],
      ['second', 'token ghs_1'],
      ['third', 'token ghs_2'],
    ]);
    await expect(client.gitToken()).resolves.toBe('ghs_2');
    expect(endpoint.requests().filter((r) => r.path.endsWith('/access_tokens'))).toHaveLength(2);
    expect(endpoint.requests().filter((r) => r.path.endsWith('/installation'))).toHaveLength(1);

    const written = logs.join('\n');
    for (const secret of ['ghs_1', 'ghs_2', 'PRIVATE KEY']) expect(written).not.toContain(secret);
  });

  it('refuses a private key that is not PEM, saying what to give instead', () => {
    expect(() =>
      createGitHubClient({
        repo: 'acme/resources',
        apiUrl: 'http://127.0.0.1:9',
        auth: { type: 'app', appId, privateKey: 'not a key' },
        clock: manualClock(),
        logger: createLogger({ level: 'silent' }),
      }),
    ).toThrow(/not a PEM private key; give the \.pem file/);
  });
});
