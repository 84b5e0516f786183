// `berth apply [path]`: one reconcile of the resources against the engine, with progress.
import { createLogger } from '../log.js';
import { parseFlags, type Command } from './command.js';
import { createProgress, statusLine } from './progress.js';
import { planSummary, renderPlanText } from './render-plan.js';
import { buildCore } from '../service/core.js';
import { engineFlags, engineSettings, readValidRevision } from './runtime.js';

export const applyCommand: Command = {
  name: 'apply',
  summary: 'make the engine match the resource files once, and wait',
  usage: `Usage: berth apply [path] [options]

Reconciles the resources under path (default: resources) with the Docker engine once: creates,
rolls and removes containers, waits for readiness, and exits by the outcome. A folder with any
invalid file changes nothing.

Options:
  --instance NAME   berth instance label to manage (default: $BERTH_INSTANCE or default)
  --no-prune        keep containers of resources removed from the files

Exit status: 0 every resource ready, 1 problems, errors or a resource that failed.`,
  async run(argv, io) {
    const { values, positionals } = parseFlags('apply', argv, engineFlags);
    const revision = await readValidRevision(positionals[0], io);
    if (!revision) return 1;
    const logger = createLogger({ level: io.env.BERTH_LOG_LEVEL ?? 'warn' });
    const core = buildCore({ ...engineSettings(values, io), logger });
    const controller = core.reconciler;
    controller.setRevision({
      id: revision.id,
      resources: revision.resources.map((r) => r.resource),
    });
    const progress = createProgress(io.stdout, io.isTty);
    const unsubscribe = controller.status.subscribe((status) => {
      progress.update(status);
    });
    try {
      // What `berth plan` would print is what this apply executes, from the same observation.
      const pass = await controller.plan();
      io.stdout(`${renderPlanText(pass.plan)}\n`);
      const report = await controller.apply(pass);
      const failed = controller.status
        .all()
        .filter((s) => s.state === 'Failed' || s.state === 'Progressing');
      io.stdout(`\nApplied ${revision.id}: ${planSummary(report.plan)}\n`);
      for (const status of failed) io.stdout(`${statusLine(status)}\n`);
      const notRun = controller.status.all().filter((s) => s.state === 'NotRun');
      if (notRun.length > 0) {
        io.stdout(
          `${notRun.length} Job resource${notRun.length === 1 ? ' was' : 's were'} validated but not run: this version of berth does not run Jobs yet\n`,
        );
      }
      return failed.length > 0 ? 1 : 0;
    } finally {
      unsubscribe();
      await core.close();
    }
  },
};
