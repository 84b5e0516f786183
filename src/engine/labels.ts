// The labels of SPEC §4.1. Actual state lives in the engine: these are how berth reads it back.

export const labelKeys = {
  managed: 'berth.managed',
  instance: 'berth.instance',
  kind: 'berth.kind',
  name: 'berth.name',
  owner: 'berth.owner',
  specHash: 'berth.spec-hash',
  commit: 'berth.commit',
  /** the project commits a unit was made from, as BERTH_SNAPSHOT lists them (git entries only) */
  snapshot: 'berth.snapshot',
  // job runs (SPEC §4.1)
  run: 'berth.run',
  attempt: 'berth.attempt',
  trigger: 'berth.trigger',
  scheduledAt: 'berth.scheduled-at',
  params: 'berth.params',
  /** on a run that never ran: why it was skipped */
  skipped: 'berth.skipped',
  // pipelines (SPEC §1.3.1)
  step: 'berth.step',
  /** the run's workspace volume, mounted at /workspace/run by each of its steps */
  workspace: 'berth.workspace',
} as const;

export type WorkloadKind = 'Deployment' | 'Job';

/** The identity of a resource across revisions: kind and name (names are unique per kind). */
export function resourceKey(kind: string, name: string): string {
  return `${kind}/${name}`;
}

export interface ContainerIdentity {
  key: string;
  kind: string;
  name: string;
  specHash: string;
}

/** Reads a managed container's identity from its labels; undefined when they are incomplete. */
export function identityOf(labels: Record<string, string>): ContainerIdentity | undefined {
  const kind = labels[labelKeys.kind];
  const name = labels[labelKeys.name];
  const specHash = labels[labelKeys.specHash];
  if (!kind || !name || !specHash) return undefined;
  return { key: resourceKey(kind, name), kind, name, specHash };
}
