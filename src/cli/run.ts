// `berth run <job> [--path DIR] [--param k=v]... [--no-wait]`: starts a manual run of a Job now,
// then by default follows it to its end, retries included, printing each attempt's output.
import { UserError } from '../errors.js';
import { createLogger } from '../log.js';
import { buildCore } from '../service/core.js';
import { openTokenStore } from '../gateway/tokens.js';
import { stateDirOf } from './state-dir.js';
import { createJobControl } from '../service/jobs.js';
import { runLine } from './apply.js';
import { parseFlags, type Command } from './command.js';
import { imageSettings } from './image-settings.js';
import {
  desiredWithSecrets,
  engineSettings,
  readValidRevision,
  secretsDirOf,
  secretsFlags,
  sizesFlag,
} from './runtime.js';

export const runCommand: Command = {
  name: 'run',
  summary: 'start a run of a job now, and follow it',
  usage: `Usage: berth run <job> [options]

Starts a manual run of the Job named <job> from the resource files under --path: one run per
combination of its parameters. Given parameters replace those of the grid for this run. By
default it waits for the runs to end, retries included, and prints their output.

Options:
  --path DIR        folder of resource files (default: resources)
  --param k=v       a parameter value; repeat for several (a name given twice runs both values)
  --no-wait         print the run ids and return once they started
  --instance NAME   berth instance (default: $BERTH_INSTANCE or default)
  --sizes FILE      a sizes file over the built-in sizes (default: $BERTH_SIZES)
  --secrets-dir DIR the owners' secrets (default: $BERTH_SECRETS_DIR, else <state dir>/secrets)
  --state-dir DIR   berth's state folder (default: $BERTH_STATE_DIR or .berth)

Exit status: 0 every run succeeded (or started, with --no-wait), 1 otherwise.`,
  async run(argv, io) {
    const { values, positionals } = parseFlags('run', argv, {
      path: { type: 'string' },
      param: { type: 'string', multiple: true },
      'no-wait': { type: 'boolean' },
      instance: { type: 'string' },
      ...sizesFlag,
      ...secretsFlags,
    });
    const name = positionals[0];
    if (!name) throw new UserError('say which Job to run: berth run <job>');
    const params = parseParams(values.param ?? []);
    const settings = { ...engineSettings(values, io), prune: false };
    const revision = await readValidRevision(values.path, io, settings.sizes);
    if (!revision) return 1;
    const core = buildCore({
      ...settings,
      logger: createLogger({ level: io.env.BERTH_LOG_LEVEL ?? 'warn' }),
      tokens: openTokenStore(stateDirOf(values, io)),
      images: imageSettings(values, io),
    });
    const loop = core.reconciler;
    try {
      const desired = await desiredWithSecrets(revision, secretsDirOf(values, io));
      const { resources } = desired;
      const jobs = createJobControl({
        engine: core.engine,
        instance: settings.instance,
        now: Date.now,
        images: core.images,
      });
      const ids = await jobs.startRun(resources, name, revision.id, params, desired.secrets);
      io.stdout(`started ${ids.map((id) => `run ${id}`).join(', ')} of Job/${name}\n`);
      if (values['no-wait'] === true) return 0;

      // The loop follows this Job alone (nothing else in its revision, pruning off): retries,
      // deadline and the end of each run come from it, as they would in berth serve.
      const job = resources.filter((r) => r.kind === 'Job' && r.metadata.name === name);
      loop.setRevision({ ...desired, resources: job });
      const key = `Job/${name}`;
      const ours = () => (loop.status.get(key)?.job?.runs ?? []).filter((r) => ids.includes(r.id));
      const finished = () => {
        const runs = ours();
        return (
          runs.length === ids.length &&
          runs.every((r) => r.state === 'Succeeded' || r.state === 'Failed')
        );
      };
      const printed = new Set<string>();
      const follow = async () => {
        // Each attempt's output once; a pipeline run's step by step.
        const parts = ours().flatMap((run) =>
          (run.steps ?? [{ ...run, name: undefined }]).map((part) => ({ run, part })),
        );
        for (const { run, part } of parts) {
          const unit = part.unitId;
          if (!unit || printed.has(unit)) continue;
          printed.add(unit);
          const step = part.name === undefined ? '' : ` step ${part.name}`;
          io.stdout(`── run ${run.id}${step} attempt ${part.attempts} ──\n`);
          await core.engine.logs(unit, { follow: true }, io.stdout);
        }
      };
      await new Promise<void>((resolve) => {
        let following = Promise.resolve();
        const unsubscribe = loop.status.subscribe(() => {
          following = following.then(follow);
          if (!finished()) return;
          unsubscribe();
          void following.then(resolve);
        });
        loop.start();
      });
      for (const run of ours()) io.stdout(`${runLine(key, run)}\n`);
      return ours().every((r) => r.state === 'Succeeded') ? 0 : 1;
    } finally {
      await core.close();
    }
  },
};

function parseParams(pairs: readonly string[]): Record<string, string[]> {
  const params: Record<string, string[]> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UserError(`--param takes name=value (got "${pair}")`);
    const name = pair.slice(0, at);
    params[name] = [...(params[name] ?? []), pair.slice(at + 1)];
  }
  return params;
}
