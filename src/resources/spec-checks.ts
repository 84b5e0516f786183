// Checks of the spec fields Jobs and Deployments share that the schema cannot express: the size
// exists and agrees with `hardware`; secrets do not set the same variable twice.
import type { Finding } from './problem.js';
import { defaultSizeName, sizeNamed, type SizeSpec } from './sizes.js';
import type { Deployment, Job } from './types.generated.js';
import { suggestion } from './words.js';

type Spec = Deployment['spec'] | Job['spec'];
export type SizeTable = Readonly<Record<string, SizeSpec>>;

export function checkSize(spec: Spec, sizes: SizeTable): Finding[] {
  const name = spec.size ?? defaultSizeName;
  const size = sizeNamed(sizes, name);
  const names = Object.keys(sizes);
  if (!size) {
    return [
      {
        path: ['spec', 'size'],
        message: `unknown size "${name}"${suggestion(name, names)}; use one of ${names.join(', ')}`,
      },
    ];
  }
  if (spec.hardware === undefined || spec.hardware === size.hardware) return [];
  const fitting = names.filter((n) => sizes[n]?.hardware === spec.hardware);
  const has = size.gpus > 0 ? `has ${size.gpus} GPU${size.gpus > 1 ? 's' : ''}` : 'has no GPU';
  return [
    {
      path: ['spec', 'hardware'],
      message: `hardware is ${spec.hardware}, but size "${name}" ${has}; choose a ${spec.hardware} size (${fitting.join(', ')}) or set hardware: ${size.hardware}`,
    },
  ];
}

/** The environment variable a secrets entry sets, if any (a file-only entry sets none). */
export function secretEnvName(entry: NonNullable<Spec['secrets']>[number]): string | undefined {
  if (typeof entry === 'string') return entry;
  return entry.env ?? (entry.file === undefined ? entry.name : undefined);
}

export function checkSecretEnv(spec: Spec): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  for (const [index, entry] of (spec.secrets ?? []).entries()) {
    const name = secretEnvName(entry);
    if (name === undefined) continue;
    const path = ['spec', 'secrets', index];
    const first = seen.get(name);
    if (name.startsWith('BERTH_')) {
      findings.push({
        path,
        message: `sets ${name}, but BERTH_* variables are reserved for berth; choose another name with env:`,
      });
    } else if (first !== undefined) {
      findings.push({
        path,
        message: `sets ${name}, like spec.secrets[${first}]; give one of them another name with env:`,
      });
    } else if (spec.env?.[name] !== undefined) {
      findings.push({
        path,
        message: `sets ${name}, which spec.env sets too; remove one of them or choose another name with env:`,
      });
    }
    if (first === undefined) seen.set(name, index);
  }
  return findings;
}
