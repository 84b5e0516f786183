// `berth logs <name> [--run ID] [--step NAME] [--attempt N] [-f]`: the output of a Job's run attempt
// (default: the newest run, its last attempt; for a pipeline, of the step started last) or of a
// Deployment's newest replica, read from the engine.
import { UserError } from '../errors.js';
import { silentLogger } from '../log.js';
import { buildCore } from '../service/core.js';
import { createJobControl } from '../service/jobs.js';
import { parseFlags, type Command } from './command.js';
import { engineSettings } from './runtime.js';

export const logsCommand: Command = {
  name: 'logs',
  summary: "show a job run's or a deployment's output",
  usage: `Usage: berth logs <name> [options]

Prints the output of a Job's run (default: the newest run, its last attempt; for a pipeline
run, of the step started last) or of a Deployment's newest replica. Kept runs (historyLimit)
keep their output.

Options:
  --run ID          a run of the Job (see berth status <name>)
  --step NAME       a step of a pipeline run
  --attempt N       an attempt of the run or step (default: the last)
  -f, --follow      keep printing until the attempt ends (Ctrl-C to stop)
  --tail N          only the last N lines
  --instance NAME   berth instance (default: $BERTH_INSTANCE or default)`,
  async run(argv, io) {
    const { values, positionals } = parseFlags('logs', argv, {
      run: { type: 'string' },
      step: { type: 'string' },
      attempt: { type: 'string' },
      follow: { type: 'boolean', short: 'f' },
      tail: { type: 'string' },
      instance: { type: 'string' },
    });
    const name = positionals[0];
    if (!name) throw new UserError('say whose output to show: berth logs <name>');
    const attempt = wholeNumber('attempt', values.attempt);
    const tail = wholeNumber('tail', values.tail);
    const settings = engineSettings(values, io);
    const core = buildCore({ ...settings, logger: silentLogger() });
    try {
      const jobs = createJobControl({
        engine: core.engine,
        instance: settings.instance,
        now: Date.now,
      });
      const unit = await jobs.findUnit(name, {
        ...(values.run ? { run: values.run } : {}),
        ...(values.step ? { step: values.step } : {}),
        ...(attempt === undefined ? {} : { attempt }),
      });
      const stop = new AbortController();
      const onSignal = () => {
        stop.abort();
      };
      process.once('SIGINT', onSignal);
      try {
        await core.engine.logs(
          unit.id,
          {
            follow: values.follow === true,
            signal: stop.signal,
            ...(tail === undefined ? {} : { tail }),
          },
          io.stdout,
        );
      } finally {
        process.off('SIGINT', onSignal);
      }
      return 0;
    } finally {
      await core.close();
    }
  },
};

export function wholeNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UserError(`--${flag} takes a whole number (got "${value}")`);
  return Number(value);
}
