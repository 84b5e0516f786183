// What one unit may ask of a Swarm (SPEC §1.4), from its nodes (pure): a task runs on one node,
// so the most a unit can get is what the largest ready node has. GPUs are the most any ready node
// advertises as generic resources (`gpu`), which is what a service's reservation asks for.
import type { Capacity } from '../types.js';

/** The parts of a node (GET /nodes) berth reads. */
export interface SwarmNode {
  Spec?: { Availability?: string };
  Status?: { State?: string };
  Description?: {
    Resources?: {
      NanoCPUs?: number;
      MemoryBytes?: number;
      GenericResources?: {
        DiscreteResourceSpec?: { Kind?: string; Value?: number };
        NamedResourceSpec?: { Kind?: string; Value?: string };
      }[];
    };
  };
}

/** undefined when no node is ready to take tasks (sizes then go unchecked). */
export function swarmCapacity(nodes: readonly SwarmNode[]): Capacity | undefined {
  const ready = nodes.filter(
    (n) => n.Status?.State === 'ready' && n.Spec?.Availability === 'active',
  );
  const sized = ready.map((n) => ({
    cpus: (n.Description?.Resources?.NanoCPUs ?? 0) / 1e9,
    memoryBytes: n.Description?.Resources?.MemoryBytes ?? 0,
    gpus: gpusOf(n),
  }));
  const largest = [...sized].sort((a, b) => b.memoryBytes - a.memoryBytes || b.cpus - a.cpus)[0];
  if (!largest) return undefined;
  return {
    cpus: largest.cpus,
    memoryBytes: largest.memoryBytes,
    gpus: Math.max(...sized.map((s) => s.gpus)),
  };
}

function gpusOf(node: SwarmNode): number {
  let count = 0;
  for (const resource of node.Description?.Resources?.GenericResources ?? []) {
    const discrete = resource.DiscreteResourceSpec;
    if (discrete?.Kind === 'gpu') count += discrete.Value ?? 0;
    if (resource.NamedResourceSpec?.Kind === 'gpu') count += 1;
  }
  return count;
}
