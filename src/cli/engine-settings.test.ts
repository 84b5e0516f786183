import { describe, expect, it } from 'vitest';
import type { CliIo } from './command.js';
import { engineSettings } from './runtime.js';

const io = (env: NodeJS.ProcessEnv): CliIo => ({
  stdout: () => undefined,
  stderr: () => undefined,
  env,
  cwd: '/srv',
  isTty: false,
});

describe('which engine runs the workloads', () => {
  it.each([
    ['docker by default', {}, {}, 'docker'],
    ['BERTH_ENGINE', {}, { BERTH_ENGINE: 'swarm' }, 'swarm'],
    ['--engine over BERTH_ENGINE', { engine: 'docker' }, { BERTH_ENGINE: 'swarm' }, 'docker'],
  ])('%s', (_what, flags, env, engine) => {
    expect(engineSettings(flags, io(env)).engine).toBe(engine);
  });

  it('refuses an engine it does not know, naming the choices', () => {
    expect(() => engineSettings({ engine: 'k8s' }, io({}))).toThrow(
      'engine "k8s" is not known; choose docker or swarm (--engine, BERTH_ENGINE)',
    );
  });

  it('encrypts the Swarm overlays unless BERTH_SWARM_ENCRYPT is false', () => {
    expect(engineSettings({}, io({})).swarmEncrypted).toBe(true);
    expect(engineSettings({}, io({ BERTH_SWARM_ENCRYPT: 'false' })).swarmEncrypted).toBe(false);
    expect(() => engineSettings({}, io({ BERTH_SWARM_ENCRYPT: 'no' }))).toThrow(
      'BERTH_SWARM_ENCRYPT must be true (IPsec between nodes, the default) or false (for kernels without ESP); got "no"',
    );
  });

  it('uses an overlay on Swarm unless BERTH_SWARM_NETWORK says local', () => {
    expect(engineSettings({}, io({})).swarmNetwork).toBe('overlay');
    expect(engineSettings({}, io({ BERTH_SWARM_NETWORK: 'local' })).swarmNetwork).toBe('local');
    expect(() => engineSettings({}, io({ BERTH_SWARM_NETWORK: 'ipvs' }))).toThrow(
      /BERTH_SWARM_NETWORK must be overlay/,
    );
  });
});
