// An engine in memory for unit tests of the loop and the kinds: applying a Deployment makes its
// replicas exist and be ready; a started unit runs until the test finishes it. Pure bookkeeping.
import type {
  DeploymentResult,
  Engine,
  ObservedUnit,
  ObservedWorkload,
  WatchHandlers,
  UnitSpec,
  WorkloadEvent,
} from '../../src/engine/types.js';
import type { Clock } from '../../src/clock.js';

const GiB = 1024 ** 3;

export interface FakeEngine {
  engine: Engine;
  /** every call, in order: `observe all`, `apply Deployment/x`, `start <unit name>`, … */
  calls: string[];
  workloads: Map<string, ObservedWorkload>;
  /** what each unit was started from, by unit name */
  specs: Map<string, UnitSpec>;
  /** units of a resource, by unit name */
  units(key: string): ObservedUnit[];
  emit(event: WorkloadEvent): void;
  connect(): void;
  /** a started unit exits with `code`; the engine reports it as the Docker engine does */
  finish(name: string, code: number): void;
  /** ends a unit the way an engine ends one it could not run: no exit code, a reason */
  refuse(name: string, error: string): void;
  /** holds every applyDeployment until the returned function is called */
  hold(): () => void;
  failNextApply(error: Error): void;
}

export function fakeEngine(clock?: Clock): FakeEngine {
  const workloads = new Map<string, ObservedWorkload>();
  const calls: string[] = [];
  const specs = new Map<string, UnitSpec>();
  const now = () => new Date(clock ? clock.now() : Date.now());
  let handlers: WatchHandlers | undefined;
  let gate: Promise<void> | undefined;
  let failNext: Error | undefined;
  let nextId = 0;

  const workloadOf = (labels: Record<string, string>): ObservedWorkload => {
    const kind = labels['berth.kind'] ?? '';
    const name = labels['berth.name'] ?? '';
    const key = `${kind}/${name}`;
    const found = workloads.get(key);
    if (found) return found;
    const made = { key, kind, name, owner: labels['berth.owner'], units: [] };
    workloads.set(key, made);
    return made;
  };
  const all = () => [...workloads.values()].flatMap((w) => w.units);
  const byId = (id: string) => all().find((u) => u.id === id);

  function addUnit(spec: Parameters<Engine['startUnit']>[0], running: boolean): boolean {
    const existing = all().find((u) => u.name === spec.name);
    // As on Docker: a unit created but never started (its berth stopped in between) starts now.
    if (existing) {
      if (!running || existing.status !== 'created' || existing.labels['berth.skipped'])
        return false;
      existing.status = 'running';
      existing.startedAt = now();
      return true;
    }
    specs.set(spec.name, spec);
    workloadOf(spec.labels).units.push({
      id: `u${nextId++}`,
      name: spec.name,
      labels: { ...spec.labels },
      specHash: spec.labels['berth.spec-hash'] ?? '',
      status: running ? 'running' : 'created',
      createdAt: now(),
      startedAt: running ? now() : undefined,
      address: undefined,
      ready: false,
    });
    return true;
  }

  const engine: Engine = {
    observe(_instance, key) {
      calls.push(`observe ${key ?? 'all'}`);
      const copy = new Map<string, ObservedWorkload>();
      for (const [k, w] of workloads) {
        if (w.units.length === 0) continue;
        if (!key || k === key) copy.set(k, { ...w, units: w.units.map((u) => ({ ...u })) });
      }
      return Promise.resolve({
        workloads: copy,
        capacity: { cpus: 8, memoryBytes: 64 * GiB, gpus: 0 },
      });
    },
    async applyDeployment(workload, _observed, hooks): Promise<DeploymentResult> {
      calls.push(`apply ${workload.key}`);
      if (gate) await gate;
      if (failNext) {
        const error = failNext;
        failNext = undefined;
        throw error;
      }
      hooks.record(`applied ${workload.specHash}`);
      workloads.set(workload.key, {
        key: workload.key,
        kind: 'Deployment',
        name: workload.name,
        owner: workload.owner,
        units: Array.from({ length: workload.replicas }, (_, i) => ({
          id: `${workload.name}-${i}`,
          name: `${workload.name}-${i}`,
          labels: { ...workload.spec.labels },
          specHash: workload.specHash,
          status: 'running' as const,
          createdAt: new Date(0),
          address: undefined,
          ready: true,
        })),
      });
      return { ready: workload.replicas, serving: workload.replicas };
    },
    removeWorkload(observed) {
      calls.push(`remove ${observed.key}`);
      workloads.delete(observed.key);
      return Promise.resolve();
    },
    startUnit(spec) {
      calls.push(`start ${spec.name}`);
      return Promise.resolve(addUnit(spec, true));
    },
    recordUnit(spec) {
      calls.push(`record ${spec.name}`);
      return Promise.resolve(addUnit(spec, false));
    },
    stopUnit(unit, mark) {
      calls.push(`stop ${unit.name} (${mark})`);
      const found = byId(unit.id);
      if (found) {
        if (!found.mark) found.mark = mark;
        if (found.status === 'running') {
          found.status = 'exited';
          found.exitCode = 137;
          found.finishedAt = now();
        }
      }
      return Promise.resolve();
    },
    removeUnits(unitIds) {
      calls.push(`remove ${unitIds.length} units`);
      for (const w of workloads.values()) w.units = w.units.filter((u) => !unitIds.includes(u.id));
      return Promise.resolve();
    },
    removeVolumes(names) {
      calls.push(`remove ${names.length} volumes`);
      return Promise.resolve();
    },
    logs(unitId, _options, write) {
      write(`logs of ${byId(unitId)?.name ?? unitId}\n`);
      return Promise.resolve();
    },
    watch(_instance, h) {
      handlers = h;
      return () => {
        handlers = undefined;
      };
    },
    close() {},
  };

  /** Ends a unit as the engine would, and tells the loop. */
  function end(name: string, how: Pick<ObservedUnit, 'exitCode' | 'error'>, message: string) {
    const unit = all().find((u) => u.name === name);
    if (!unit) throw new Error(`no unit named ${name}`);
    Object.assign(unit, how, { status: 'exited', finishedAt: now() });
    const key = `${unit.labels['berth.kind'] ?? ''}/${unit.labels['berth.name'] ?? ''}`;
    handlers?.onEvent({ key, message, converge: true, drift: false });
  }

  return {
    engine,
    calls,
    workloads,
    specs,
    units: (key) => workloads.get(key)?.units ?? [],
    emit: (event) => handlers?.onEvent(event),
    connect: () => handlers?.onConnect(),
    finish(name, code) {
      end(name, { exitCode: code }, `${name} exited with code ${code}`);
    },
    refuse(name, error) {
      end(name, { error }, `${name} was refused`);
    },
    hold() {
      let release = () => {};
      gate = new Promise<void>((resolve) => {
        release = () => {
          gate = undefined;
          resolve();
        };
      });
      return release;
    },
    failNextApply(error) {
      failNext = error;
    },
  };
}
