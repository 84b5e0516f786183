// `berth plan [path]`: what apply would do against the live engine. Exit 0 no changes, 2 changes, 1 error.
import { silentLogger } from '../log.js';
import { oneOf, parseFlags, type Command } from './command.js';
import { imageSettings } from './image-settings.js';
import { renderPlanJson, renderPlanMarkdown, renderPlanText } from '../reconcile/render-plan.js';
import { buildCore } from '../service/core.js';
import {
  desiredWithSecrets,
  engineFlags,
  engineSettings,
  readValidRevision,
  secretsDirOf,
  secretsFlags,
} from './runtime.js';

const formats = ['text', 'json', 'markdown'] as const;

export const planCommand: Command = {
  name: 'plan',
  summary: 'show what apply would change on the engine',
  usage: `Usage: berth plan [path] [options]

Compares the resources under path (default: resources) with what runs on the Docker engine and
prints the actions apply would take. Changes nothing.

Options:
  --format text|json|markdown  output format (default: text)
  --instance NAME              berth instance whose containers to compare (default: $BERTH_INSTANCE or default)
  --no-prune                   keep resources that were removed from the files
  --sizes FILE                 a sizes file over the built-in sizes (default: $BERTH_SIZES)
  --secrets-dir DIR            the owners' secrets (default: $BERTH_SECRETS_DIR, else <state dir>/secrets)
  --state-dir DIR              berth's state folder (default: $BERTH_STATE_DIR or .berth)

Secret values are never shown: a changed value shows as an update of the resources using it.

Exit status: 0 no changes, 2 changes, 1 problems or errors.`,
  async run(argv, io) {
    const { values, positionals } = parseFlags('plan', argv, {
      format: { type: 'string' },
      ...engineFlags,
      ...secretsFlags,
    });
    const format = oneOf('format', values.format, formats, 'text');
    const settings = engineSettings(values, io);
    const revision = await readValidRevision(positionals[0], io, settings.sizes);
    if (!revision) return 1;
    const images = imageSettings(values, io);
    const core = buildCore({ ...settings, logger: silentLogger(), images });
    core.reconciler.setRevision(await desiredWithSecrets(revision, secretsDirOf(values, io)));
    const { plan } = await core.reconciler.plan().finally(() => core.close());
    const render = { text: renderPlanText, json: renderPlanJson, markdown: renderPlanMarkdown }[
      format
    ];
    io.stdout(render(plan));
    if (plan.summary.error > 0) return 1;
    return plan.hasChanges ? 2 : 0;
  },
};
