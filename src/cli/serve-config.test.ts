import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './command.js';
import { serveSettings, type ServeFlags } from './serve-config.js';

function io(env: Record<string, string>): CliIo {
  return { stdout: () => undefined, stderr: () => undefined, env, cwd: '/srv', isTty: false };
}

const repo = 'https://github.com/acme/resources.git';

describe('serve settings', () => {
  it('reads the Git source and GitHub from the environment, with the defaults of the table', () => {
    const settings = serveSettings(
      {},
      io({
        BERTH_REPO: repo,
        BERTH_WEBHOOK_SECRET: 'new, old',
        BERTH_GITHUB_TOKEN: 'ghp_x',
        BERTH_ADMINS: 'root,ops',
      }),
    );
    expect(settings).toMatchObject({
      watch: undefined,
      git: {
        url: repo,
        branch: 'main',
        path: 'resources',
        pollIntervalMs: 60_000,
        token: undefined,
      },
      github: {
        repo: 'acme/resources',
        apiUrl: 'https://api.github.com',
        auth: { type: 'token', token: 'ghp_x' },
        webhookSecrets: ['new', 'old'],
      },
      statusContext: 'berth',
      admins: ['root', 'ops'],
      listen: '127.0.0.1:8080',
      publicUrl: 'http://127.0.0.1:8080',
      stateDir: '/srv/.berth',
      allowEmpty: false,
    });
  });

  it('gives deployments their own origin under BERTH_GATEWAY_HOST, a host name without scheme or port', () => {
    const env = { BERTH_WATCH: 'resources' };
    expect(serveSettings({}, io(env)).gatewayHost).toBeUndefined();
    expect(
      serveSettings({}, io({ ...env, BERTH_GATEWAY_HOST: 'Apps.Example.com.' })).gatewayHost,
    ).toBe('apps.example.com');
    expect(() =>
      serveSettings({}, io({ ...env, BERTH_GATEWAY_HOST: 'https://apps.example.com:8443' })),
    ).toThrow(
      'BERTH_GATEWAY_HOST is a host name such as apps.example.com (deployments at <name>.apps.example.com), without scheme or port; got "https://apps.example.com:8443"',
    );
  });

  it('prefers flags to the environment', () => {
    const flags: ServeFlags = {
      repo,
      branch: 'prod',
      path: 'deploy/resources/',
      'poll-interval': '5',
      'allow-empty': true,
      'state-dir': 'state',
    };
    const settings = serveSettings(flags, io({ BERTH_BRANCH: 'main', BERTH_ALLOW_EMPTY: 'false' }));
    expect(settings.git).toMatchObject({
      branch: 'prod',
      path: 'deploy/resources',
      pollIntervalMs: 5000,
    });
    expect(settings.allowEmpty).toBe(true);
    expect(settings.stateDir).toBe('/srv/state');
  });

  it('reads a GitHub App key from its file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'berth-key-'));
    const key = path.join(dir, 'app.pem');
    await writeFile(key, '-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END RSA PRIVATE KEY-----\n');
    const settings = serveSettings(
      {},
      io({ BERTH_REPO: repo, BERTH_GITHUB_APP_ID: '12', BERTH_GITHUB_APP_PRIVATE_KEY: key }),
    );
    expect(settings.github?.auth).toMatchObject({ type: 'app', appId: '12' });
  });

  it.each([
    [{}, /say what to follow: berth serve --watch DIR/],
    [{ BERTH_WATCH: 'r', BERTH_REPO: repo }, /choose one source/],
    [{ BERTH_REPO: 'http://example.com/r.git' }, /must be an https:\/\/ URL/],
    [{ BERTH_REPO: 'https://user:pw@example.com/r.git' }, /BERTH_REPO_TOKEN, not in the URL/],
    [{ BERTH_REPO: repo, BERTH_PATH: '../etc' }, /must be a folder inside the repository/],
    [{ BERTH_REPO: repo, BERTH_POLL_INTERVAL: 'soon' }, /BERTH_POLL_INTERVAL must be a number/],
    [
      { BERTH_REPO: 'https://git.example.com/r.git', BERTH_WEBHOOK_SECRET: 's' },
      /set BERTH_GITHUB_REPO=owner\/name/,
    ],
    [
      { BERTH_WATCH: 'r', BERTH_GITHUB_REPO: 'a/b', BERTH_WEBHOOK_SECRET: 's' },
      /needs a Git source/,
    ],
    [
      { BERTH_REPO: repo, BERTH_GITHUB_TOKEN: 't', BERTH_GITHUB_APP_ID: '1' },
      /choose one GitHub login/,
    ],
    [{ BERTH_REPO: repo, BERTH_GITHUB_APP_ID: '1' }, /needs both BERTH_GITHUB_APP_ID and/],
    [
      { BERTH_REPO: repo, BERTH_GITHUB_APP_ID: '1', BERTH_GITHUB_APP_PRIVATE_KEY: '/nope.pem' },
      /cannot read the GitHub App key \/nope\.pem/,
    ],
    [{ BERTH_REPO: repo, BERTH_ALLOW_EMPTY: 'yes' }, /BERTH_ALLOW_EMPTY must be true or false/],
    [{ BERTH_REPO: repo, BERTH_STATUS_CONTEXT: 'a b' }, /BERTH_STATUS_CONTEXT must be/],
  ])('refuses %j with one line that says what to set', (env, message) => {
    expect(() => serveSettings({}, io(env))).toThrow(message);
  });
});
