// `berth apply [path]`: one reconcile of the resources against the engine, with progress. It
// prints the plan, executes exactly it, and by default waits for the job runs it started
// (retries included) before it exits by the outcome.
import { createLogger } from '../log.js';
import type { Reconciler } from '../reconcile/loop.js';
import type { PlanStep } from '../reconcile/plan.js';
import type { ResourceStatus, RunSummary } from '../reconcile/status.js';
import { buildCore } from '../service/core.js';
import { openTokenStore } from '../gateway/tokens.js';
import { stateDirOf } from './state-dir.js';
import { parseFlags, type CliIo, type Command } from './command.js';
import { imageSettings } from './image-settings.js';
import { coalescingWriter, createProgress, statusLine } from './progress.js';
import { planSummary, renderPlanText } from '../reconcile/render-plan.js';
import {
  desiredWithSecrets,
  engineFlags,
  engineSettings,
  readValidRevision,
  secretsDirOf,
  secretsFlags,
} from './runtime.js';

export const applyCommand: Command = {
  name: 'apply',
  summary: 'make the engine match the resource files once, and wait',
  usage: `Usage: berth apply [path] [options]

Reconciles the resources under path (default: resources) with the Docker engine once: prints the
plan, then creates, rolls and removes containers and starts the job runs that are due (a Job
without a schedule runs once per spec), waits for readiness and for those runs, retries
included, and exits by the outcome. A folder with any invalid file changes nothing.

Options:
  --instance NAME   berth instance label to manage (default: $BERTH_INSTANCE or default)
  --engine NAME     docker (default) or swarm (default: $BERTH_ENGINE)
  --no-prune        keep containers of resources removed from the files
  --no-wait         return once job runs have started, without waiting for them to end
  --sizes FILE      a sizes file over the built-in sizes (default: $BERTH_SIZES)
  --secrets-dir DIR the owners' secrets (default: $BERTH_SECRETS_DIR, else <state dir>/secrets)
  --state-dir DIR   berth's state folder (default: $BERTH_STATE_DIR or .berth)

Exit status: 0 every resource ready and every run succeeded, 1 problems, errors, a resource
that failed or a run that failed.`,
  async run(argv, io) {
    const { values, positionals } = parseFlags('apply', argv, {
      ...engineFlags,
      ...secretsFlags,
      'no-wait': { type: 'boolean' },
    });
    const settings = engineSettings(values, io);
    const revision = await readValidRevision(positionals[0], io, settings.sizes);
    if (!revision) return 1;
    const logger = createLogger({ level: io.env.BERTH_LOG_LEVEL ?? 'warn' });
    // Containers it starts carry their owner's gateway token, as under `berth serve`.
    const tokens = openTokenStore(stateDirOf(values, io));
    const images = imageSettings(values, io);
    // While it waits for runs, a look every 2 s covers an engine event that never arrived.
    const core = buildCore({
      ...settings,
      logger,
      tokens,
      images,
      resyncMs: 2000,
    });
    const loop = core.reconciler;
    loop.setRevision(await desiredWithSecrets(revision, secretsDirOf(values, io)));
    const out = coalescingWriter(io.stdout);
    const progress = createProgress(out.write, io.isTty);
    const unsubscribe = loop.status.subscribe((status) => {
      progress.update(status);
    });
    try {
      // What `berth plan` would print is what this apply executes, from the same observation.
      const pass = await loop.plan();
      out.write(`${renderPlanText(pass.plan)}\n`);
      const starting = pass.plan.actions.filter((a) => a.type === 'run');
      const started = starting.map((a) => a.key);
      const runIds = new Set(starting.flatMap((a) => (a.steps ?? []).flatMap(runIdOf)));
      const report = await loop.apply(pass);
      if (values['no-wait'] !== true && started.length > 0) await waitForRuns(loop, started);
      out.write(`\nApplied ${revision.id}: ${planSummary(report.plan)}\n`);
      const failed = loop.status
        .all()
        .filter((s) => s.state === 'Failed' || s.state === 'Progressing');
      for (const status of failed) out.write(`${statusLine(status)}\n`);
      out.flush();
      if (values['no-wait'] !== true) printRuns(io, loop, started, runIds);
      return failed.length > 0 ? 1 : 0;
    } finally {
      out.flush();
      unsubscribe();
      await core.close();
    }
  },
};

const underWay = (s: ResourceStatus | undefined) =>
  s?.state === 'Running' || s?.state === 'Pending';

/** Follows the Jobs' runs (engine events, retry timers) until none of them is under way. */
async function waitForRuns(loop: Reconciler, keys: string[]): Promise<void> {
  const done = () => keys.every((key) => !underWay(loop.status.get(key)));
  if (done()) return;
  await new Promise<void>((resolve) => {
    const unsubscribe = loop.status.subscribe(() => {
      if (!done()) return;
      unsubscribe();
      resolve();
    });
    loop.start();
  });
}

/** The runs this apply started, each with its outcome. */
function printRuns(io: CliIo, loop: Reconciler, keys: string[], ids: ReadonlySet<string>): void {
  for (const key of keys) {
    const runs = loop.status.get(key)?.job?.runs ?? [];
    for (const run of [...runs].reverse().filter((r) => ids.has(r.id))) {
      io.stdout(`${runLine(key, run)}\n`);
    }
  }
}

/** The run a step starts, when it starts one (a plan's steps are plain data). */
function runIdOf(step: PlanStep): string[] {
  const run = (step as { run?: { id?: unknown } }).run;
  return step.op === 'start' && typeof run?.id === 'string' ? [run.id] : [];
}

export function runLine(key: string, run: RunSummary): string {
  const icon = run.state === 'Succeeded' ? '✓' : run.state === 'Failed' ? '✗' : '…';
  const params = Object.keys(run.params).length > 0 ? ` ${JSON.stringify(run.params)}` : '';
  const took = run.durationMs === undefined ? '' : `, ${(run.durationMs / 1000).toFixed(1)} s`;
  const reason = run.reason ? ` ${run.reason}` : '';
  return `${icon} ${key} run ${run.id}${params}  ${run.state}${reason} (attempts: ${run.attempts}${took})  ${run.message}`;
}
