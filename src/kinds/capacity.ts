// Sizes against the engine (SPEC §1.4): a size larger than the engine can give is a plan-time
// error that names the size, what it needs and what the engine has.
import type { Capacity } from '../engine/types.js';
import { describeSize, formatBytes, type SizeSpec } from '../resources/sizes.js';

/** A plan-time error when one container of this size is more than the engine can give. */
export function capacityProblem(
  desired: { size: { name: string; spec: SizeSpec | undefined } },
  capacity: Capacity | undefined,
): string | undefined {
  const { name, spec } = desired.size;
  if (!spec)
    return `unknown size "${name}"; use one of the sizes berth knows (the built-in table and the sizes file, if any)`;
  if (!capacity) return undefined;
  const short: string[] = [];
  if (spec.cpus > capacity.cpus) short.push(`${capacity.cpus} CPUs`);
  if (spec.memoryBytes > capacity.memoryBytes) short.push(formatBytes(capacity.memoryBytes));
  if (capacity.gpus !== undefined && spec.gpus > capacity.gpus) short.push(`${capacity.gpus} GPUs`);
  if (short.length === 0) return undefined;
  return `size ${describeSize(name, spec)} is more than this engine can give (it has ${short.join(', ')}); choose a smaller size`;
}
