// Pipeline checks beyond the schema (SPEC §1.3.1): `steps` instead of `command`, step names unique,
// `dependsOn` naming steps that exist, no step depending on itself, no cycle (named in the message).
import type { Finding } from './problem.js';
import type { Job, PipelineStep } from './types.generated.js';

export function checkPipeline(spec: Job['spec']): Finding[] {
  const steps = spec.steps;
  if (!steps) return [];
  const findings: Finding[] = [];
  if (spec.command !== undefined) {
    findings.push({
      path: ['spec', 'command'],
      at: 'key',
      message:
        'a Job runs either command or steps, not both; move the command into a step or remove steps',
    });
  }
  const index = new Map<string, number>();
  for (const [i, step] of steps.entries()) {
    const first = index.get(step.name);
    if (first !== undefined) {
      findings.push({
        path: ['spec', 'steps', i, 'name'],
        message: `step name "${step.name}" is used by steps[${first}] already; step names must be unique`,
      });
    } else index.set(step.name, i);
  }
  for (const [i, step] of steps.entries()) {
    const seen = new Set<string>();
    for (const [j, name] of (step.dependsOn ?? []).entries()) {
      const path = ['spec', 'steps', i, 'dependsOn', j];
      if (name === step.name) {
        findings.push({ path, message: `step "${step.name}" depends on itself; remove "${name}"` });
      } else if (!index.has(name)) {
        const known = [...index.keys()].join(', ');
        findings.push({
          path,
          message: `step "${step.name}" depends on "${name}", which is not a step of this Job (steps: ${known})`,
        });
      } else if (seen.has(name)) {
        findings.push({ path, message: `"${name}" is listed twice in dependsOn; list it once` });
      }
      seen.add(name);
    }
  }
  const cycle = findCycle(steps);
  if (cycle) {
    const at = index.get(cycle[0] ?? '') ?? 0;
    findings.push({
      path: ['spec', 'steps', at, 'dependsOn'],
      message: `steps depend on each other in a cycle: ${cycle.join(' → ')} (→: depends on); remove one of these dependsOn entries`,
    });
  }
  return findings;
}

/**
 * The first cycle among the steps' dependencies, as step names from a step back to itself
 * (`a → b → a`); undefined when the graph has none. Self-dependencies and unknown names are
 * reported on their own and ignored here.
 */
export function findCycle(steps: readonly PipelineStep[]): string[] | undefined {
  const deps = new Map<string, string[]>();
  for (const step of steps) {
    if (deps.has(step.name)) continue;
    deps.set(
      step.name,
      (step.dependsOn ?? []).filter((d) => d !== step.name),
    );
  }
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (name: string): string[] | undefined => {
    if (state.get(name) === 'done' || !deps.has(name)) return undefined;
    if (state.get(name) === 'open') return [...trail.slice(trail.indexOf(name)), name];
    state.set(name, 'open');
    trail.push(name);
    for (const next of deps.get(name) ?? []) {
      const found = visit(next);
      if (found) return found;
    }
    trail.pop();
    state.set(name, 'done');
    return undefined;
  };
  for (const name of deps.keys()) {
    const found = visit(name);
    if (found) return found;
  }
  return undefined;
}
