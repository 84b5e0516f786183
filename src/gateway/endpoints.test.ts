import { describe, expect, it } from 'vitest';
import { systemClock } from '../clock.js';
import { manualClock } from '../../test/support/manual-clock.js';
import { createEndpoints } from './endpoints.js';

describe('the routing table', () => {
  it('hands out another ready replica than those already asked, and none when every one was', () => {
    const endpoints = createEndpoints(systemClock);
    endpoints.add('api', { unitId: 'a', host: '10.0.0.2', port: 8000 });
    endpoints.add('api', { unitId: 'b', host: '10.0.0.3', port: 8000 });
    const picks = [1, 2, 3, 4].map(() => endpoints.acquire('api', new Set(['a']))?.endpoint.unitId);
    expect(picks).toEqual(['b', 'b', 'b', 'b']);
    expect(endpoints.acquire('api', new Set(['a', 'b']))).toBeUndefined();
    expect(endpoints.acquire('other')).toBeUndefined();
  });

  it('lists every replica in rotation, and forgets one taken out', () => {
    const endpoints = createEndpoints(systemClock);
    endpoints.add('api', { unitId: 'a', host: '10.0.0.2', port: 8000 });
    endpoints.add('web', { unitId: 'w', host: '10.0.0.4', port: 8000 });
    expect(endpoints.routed().sort()).toEqual(['a', 'w']);
    endpoints.remove('a');
    expect(endpoints.routed()).toEqual(['w']);
    expect(endpoints.list('api')).toEqual([]);
  });

  it('tells a waiting request when a replica becomes ready, or that none did in time', async () => {
    const clock = manualClock();
    const endpoints = createEndpoints(clock);
    const back = endpoints.waitFor('api', 3_000);
    const never = endpoints.waitFor('web', 3_000);
    endpoints.add('api', { unitId: 'a', host: '10.0.0.2', port: 8000 });
    expect(await back).toBe(true);
    clock.advance(3_000);
    expect(await never).toBe(false);
    expect(clock.pending()).toBe(0);
    expect(await endpoints.waitFor('api', 3_000)).toBe(true);
  });
});
