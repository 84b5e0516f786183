// The size table of SPEC §1.4: what CPU, memory and GPUs a size name gives a container.
import type { Hardware } from './types.generated.js';

export interface SizeSpec {
  cpus: number;
  memoryBytes: number;
  gpus: number;
  hardware: Hardware;
}

const GiB = 1024 ** 3;

function size(cpus: number, memoryGiB: number, gpus: number): SizeSpec {
  return { cpus, memoryBytes: memoryGiB * GiB, gpus, hardware: gpus > 0 ? 'gpu' : 'cpu' };
}

/** The built-in table. A service config may override or extend it (a later issue). */
export const builtinSizes: Readonly<Record<string, SizeSpec>> = Object.freeze({
  medium: size(2, 4, 0),
  large: size(2, 16, 0),
  xlarge: size(4, 32, 0),
  '2xlarge': size(8, 64, 0),
  '4xlarge': size(16, 128, 0),
  '8xlarge': size(32, 256, 0),
  g4dnxlarge: size(4, 16, 1),
  g4dn4xlarge: size(16, 64, 1),
  p38xlarge: size(32, 244, 4),
});

export const defaultSizeName = 'medium';

/** The size of that name in a table: only the table's own names (`constructor` is none). */
export function sizeNamed(
  table: Readonly<Record<string, SizeSpec>>,
  name: string,
): SizeSpec | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

export function formatBytes(bytes: number): string {
  const gib = bytes / GiB;
  return Number.isInteger(gib) ? `${gib} GiB` : `${gib.toFixed(1)} GiB`;
}

export function describeSize(name: string, s: SizeSpec): string {
  const gpus = s.gpus > 0 ? `, ${s.gpus} GPU${s.gpus > 1 ? 's' : ''}` : '';
  return `${name} (${s.cpus} CPUs, ${formatBytes(s.memoryBytes)}${gpus})`;
}
