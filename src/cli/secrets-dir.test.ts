import { describe, expect, it } from 'vitest';
import type { CliIo } from './command.js';
import { secretsDirOf } from './runtime.js';
import { serveSettings } from './serve-config.js';

const io = (env: NodeJS.ProcessEnv): CliIo => ({
  stdout: () => undefined,
  stderr: () => undefined,
  env,
  cwd: '/srv',
  isTty: false,
});

describe('where the secret store is', () => {
  it.each([
    ['the state folder by default', {}, {}, '/srv/.berth/secrets'],
    ['BERTH_STATE_DIR', {}, { BERTH_STATE_DIR: 'state' }, '/srv/state/secrets'],
    ['--state-dir', { 'state-dir': '/var/lib/berth' }, {}, '/var/lib/berth/secrets'],
    ['BERTH_SECRETS_DIR', {}, { BERTH_SECRETS_DIR: '/etc/berth/secrets' }, '/etc/berth/secrets'],
    [
      '--secrets-dir before the environment',
      { 'secrets-dir': 'mine' },
      { BERTH_SECRETS_DIR: '/etc/berth/secrets' },
      '/srv/mine',
    ],
  ])('follows %s', (_what, flags, env, expected) => {
    expect(secretsDirOf(flags, io(env))).toBe(expected);
    expect(serveSettings(flags, io({ ...env, BERTH_WATCH: 'resources' })).secretsDir).toBe(
      expected,
    );
  });
});
