import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../test/support/manual-clock.js';
import { silentLogger } from '../../log.js';
import type { Observation, ObservedUnit, ObservedWorkload } from '../types.js';
import type { ContainerApi } from './container-api.js';
import { createSweeper } from './sweep.js';

/** An engine with workspace volumes and the instance network; it counts what it is asked. */
function fakeEngine(volumes: string[], attached = 0) {
  const calls: string[] = [];
  const present = new Set(volumes);
  let network = true;
  const api = {
    listVolumes: (labels: Record<string, string>) => {
      calls.push(`list volumes ${labels['berth.instance'] ?? ''}`);
      return Promise.resolve([...present].map((name) => ({ name })));
    },
    removeVolume: (name: string) => {
      calls.push(`remove volume ${name}`);
      if (name.endsWith('held')) return Promise.reject(new Error('volume is in use'));
      present.delete(name);
      return Promise.resolve();
    },
    network: () => {
      calls.push('inspect network');
      return Promise.resolve(network ? { name: 'berth-i', attached } : undefined);
    },
    removeNetwork: () => {
      calls.push('remove network');
      network = false;
      return Promise.resolve();
    },
  } as unknown as ContainerApi;
  return { api, calls, present };
}

function observed(workspaces: string[]): Observation {
  const units = workspaces.map(
    (w, i) => ({ id: `u${i}`, labels: { 'berth.workspace': w } }) as unknown as ObservedUnit,
  );
  const workloads = new Map([
    ['Job/flow', { key: 'Job/flow', kind: 'Job', name: 'flow', owner: undefined, units }],
  ]);
  return {
    workloads: units.length > 0 ? workloads : new Map<string, ObservedWorkload>(),
    capacity: undefined,
    leftovers: [],
  };
}

describe('the sweep', () => {
  it('removes workspaces no unit mounts, keeps the ones in use, and lists what the engine keeps', async () => {
    const engine = fakeEngine(['ws-kept', 'ws-gone', 'ws-held']);
    const sweeper = createSweeper(engine.api, manualClock(), silentLogger());
    const left = await sweeper.sweep('i', { remove: true, observed: observed(['ws-kept']) });
    expect([...engine.present].sort()).toEqual(['ws-held', 'ws-kept']);
    expect(left.map((l) => [l.kind, l.name])).toEqual([['volume', 'ws-held']]);
    expect(engine.calls).not.toContain('inspect network');
  });

  it('only lists what it would remove when asked not to remove', async () => {
    const engine = fakeEngine(['ws-gone']);
    const sweeper = createSweeper(engine.api, manualClock(), silentLogger());
    const found = await sweeper.sweep('i', { remove: false, observed: observed([]) });
    expect(found.map((l) => [l.kind, l.name, l.problem])).toEqual([
      ['volume', 'ws-gone', 'no resource uses it (its run is gone); the next apply removes it'],
      ['network', 'berth-i', 'nothing of the instance runs on it; the next apply removes it'],
    ]);
    expect(engine.calls.filter((c) => c.startsWith('remove'))).toEqual([]);
  });

  it('leaves a workspace alone while it is young (berth is about to mount it)', async () => {
    const engine = fakeEngine(['ws-new']);
    const clock = manualClock();
    const sweeper = createSweeper(engine.api, clock, silentLogger());
    sweeper.touched('ws-new');
    await sweeper.sweep('i', { remove: true, observed: observed(['other']) });
    expect([...engine.present]).toEqual(['ws-new']);
    clock.advance(60_000);
    sweeper.changed();
    sweeper.observed();
    await sweeper.sweep('i', { remove: true, observed: observed(['other']) });
    expect([...engine.present]).toEqual([]);
  });

  it('removes the network only when nothing of the instance exists and nothing is attached', async () => {
    const busy = fakeEngine([], 1);
    await createSweeper(busy.api, manualClock(), silentLogger()).sweep('i', {
      remove: true,
      observed: observed([]),
    });
    expect(busy.calls).not.toContain('remove network');
    const idle = fakeEngine([]);
    await createSweeper(idle.api, manualClock(), silentLogger()).sweep('i', {
      remove: true,
      observed: observed([]),
    });
    expect(idle.calls).toContain('remove network');
  });

  it('looks again only after a change since the observation, or 10 minutes', async () => {
    const engine = fakeEngine([]);
    const clock = manualClock();
    const sweeper = createSweeper(engine.api, clock, silentLogger());
    const looks = () => engine.calls.filter((c) => c.startsWith('list volumes')).length;
    /** a pass: a full observation, its actions (`removing`: they remove something), a sweep */
    const pass = async (removing = false) => {
      sweeper.observed();
      if (removing) sweeper.changed();
      await sweeper.sweep('i', { remove: true, observed: observed(['w']) });
    };
    await pass();
    await pass();
    expect(looks()).toBe(1);
    // Removed during the pass, after its observation: this sweep cannot see it, the next looks.
    await pass(true);
    expect(looks()).toBe(2);
    await pass();
    expect(looks()).toBe(3);
    await pass();
    expect(looks()).toBe(3);
    clock.advance(10 * 60_000);
    await pass();
    expect(looks()).toBe(4);
  });
});
