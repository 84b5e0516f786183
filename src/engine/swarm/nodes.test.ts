import { describe, expect, it } from 'vitest';
import { capacityProblem } from '../../kinds/capacity.js';
import { builtinSizes } from '../../resources/sizes.js';
import { swarmCapacity, type SwarmNode } from './nodes.js';

const GiB = 2 ** 30;

function node(
  cpus: number,
  memoryGiB: number,
  more: { state?: string; availability?: string; gpus?: number; namedGpus?: string[] } = {},
): SwarmNode {
  return {
    Spec: { Availability: more.availability ?? 'active' },
    Status: { State: more.state ?? 'ready' },
    Description: {
      Resources: {
        NanoCPUs: cpus * 1e9,
        MemoryBytes: memoryGiB * GiB,
        GenericResources: [
          ...(more.gpus ? [{ DiscreteResourceSpec: { Kind: 'gpu', Value: more.gpus } }] : []),
          ...(more.namedGpus ?? []).map((id) => ({
            NamedResourceSpec: { Kind: 'gpu', Value: id },
          })),
        ],
      },
    },
  };
}

describe('what one unit may ask of a Swarm', () => {
  it('is what the largest ready node has, not the sum of the nodes', () => {
    expect(swarmCapacity([node(2, 24), node(8, 64), node(4, 16)])).toEqual({
      cpus: 8,
      memoryBytes: 64 * GiB,
      gpus: 0,
    });
  });

  it('leaves out nodes that are down, drained or paused', () => {
    const nodes = [
      node(2, 24),
      node(32, 256, { state: 'down' }),
      node(32, 256, { availability: 'drain' }),
      node(32, 256, { availability: 'pause' }),
    ];
    expect(swarmCapacity(nodes)).toEqual({ cpus: 2, memoryBytes: 24 * GiB, gpus: 0 });
  });

  it('counts GPUs a node advertises as generic resources', () => {
    expect(swarmCapacity([node(2, 24), node(16, 64, { gpus: 4 })])?.gpus).toBe(4);
    expect(swarmCapacity([node(16, 64, { namedGpus: ['GPU-1', 'GPU-2'] })])?.gpus).toBe(2);
  });

  it('tells nothing when no node is ready (sizes go unchecked)', () => {
    expect(swarmCapacity([node(2, 24, { state: 'down' })])).toBeUndefined();
    expect(swarmCapacity([])).toBeUndefined();
  });
});

describe('sizes against a Swarm at plan time', () => {
  const nodes = [node(2, 24), node(4, 16)];
  const sized = (name: string) => ({ size: { name, spec: builtinSizes[name] } });

  it('accepts a size one node can give', () => {
    expect(capacityProblem(sized('large'), swarmCapacity(nodes))).toBeUndefined();
  });

  it('rejects a size no single node can give, though the nodes together could', () => {
    expect(capacityProblem(sized('xlarge'), swarmCapacity(nodes))).toBe(
      'size xlarge (4 CPUs, 32 GiB) is more than this engine can give (it has 2 CPUs, 24 GiB); choose a smaller size',
    );
  });
});
