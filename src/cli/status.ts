// `berth status [name] [--path DIR] [--format text|json]`: each resource's state from the engine
// against the resource files: for a Job its state, reason, next scheduled time and last runs.
import { silentLogger } from '../log.js';
import type { RunProgress, RunSummary } from '../reconcile/status.js';
import { buildCore } from '../service/core.js';
import { oneOf, parseFlags, type Command } from './command.js';
import { imageSettings } from './image-settings.js';
import {
  desiredWithSecrets,
  engineSettings,
  readValidRevision,
  secretsDirOf,
  secretsFlags,
  sizesFlag,
} from './runtime.js';
import { NotFoundError } from '../errors.js';

const formats = ['text', 'json'] as const;

export const statusCommand: Command = {
  name: 'status',
  summary: "show resources' states, and a job's runs",
  usage: `Usage: berth status [name] [options]

Shows the state of every resource under --path as the engine holds it (or of the one named):
for a Deployment its replicas, for a Job its state, reason, next scheduled time and last runs
(id, trigger, parameters, attempts, duration, exit code). Then anything of the instance on the
engine that no resource owns (a leftover: a container berth cannot clean, a pipeline run's
workspace whose run is gone, the instance's network when nothing runs), with what to do. An owner's
/data volume is user data and is never one. Changes nothing.

Options:
  --path DIR                folder of resource files (default: resources)
  --format text|json        output format (default: text)
  --instance NAME           berth instance (default: $BERTH_INSTANCE or default)
  --sizes FILE              a sizes file over the built-in sizes (default: $BERTH_SIZES)
  --secrets-dir DIR         the owners' secrets (default: $BERTH_SECRETS_DIR, else <state dir>/secrets)
  --state-dir DIR           berth's state folder (default: $BERTH_STATE_DIR or .berth)`,
  async run(argv, io) {
    const { values, positionals } = parseFlags('status', argv, {
      path: { type: 'string' },
      format: { type: 'string' },
      instance: { type: 'string' },
      ...sizesFlag,
      ...secretsFlags,
    });
    const format = oneOf('format', values.format, formats, 'text');
    const engine = engineSettings(values, io);
    const revision = await readValidRevision(values.path, io, engine.sizes);
    if (!revision) return 1;
    const images = imageSettings(values, io);
    const core = buildCore({ ...engine, logger: silentLogger(), images });
    try {
      core.reconciler.setRevision(await desiredWithSecrets(revision, secretsDirOf(values, io)));
      const pass = await core.reconciler.plan();
      const name = positionals[0];
      const rows = pass.plan.actions
        .filter((a) => name === undefined || a.name === name)
        .map((action) => {
          const outcome = pass.settled.get(action.key);
          return {
            key: action.key,
            state: outcome?.state ?? (action.type === 'verify' ? 'Running' : 'Pending'),
            reason: outcome?.reason,
            message: outcome?.message ?? `apply would ${action.type}: ${action.reason}`,
            replicas: outcome?.replicas,
            job: outcome?.job,
          };
        });
      if (name !== undefined && rows.length === 0)
        throw new NotFoundError(`no resource named ${name} under ${values.path ?? 'resources'}`);
      // Besides containers: volumes and a network of the instance no resource uses (never /data).
      const others =
        (await core.engine.sweep?.(engine.instance, {
          remove: false,
          observed: pass.observation,
          declared: new Set(pass.plan.actions.map((a) => a.key)),
        })) ?? [];
      const leftovers = [...(pass.observation.leftovers ?? []), ...others];
      if (format === 'json') {
        io.stdout(
          `${JSON.stringify({ revision: revision.id, resources: rows, leftovers }, null, 2)}\n`,
        );
        return 0;
      }
      for (const row of rows) {
        const reason = row.reason ? ` ${row.reason}` : '';
        const replicas = row.replicas ? ` ${row.replicas.ready}/${row.replicas.desired}` : '';
        io.stdout(`${row.key}  ${row.state}${reason}${replicas}  ${row.message}\n`);
        if (row.job) io.stdout(runTable(row.job.runs.slice(0, name === undefined ? 3 : 20)));
      }
      // What berth found on the engine and cannot clean by itself, whatever resource was asked for.
      for (const leftover of leftovers)
        io.stdout(`leftover ${leftover.kind} ${leftover.name}: ${leftover.problem}\n`);
      return 0;
    } finally {
      await core.close();
    }
  },
};

function runTable(runs: RunSummary[]): string {
  if (runs.length === 0) return '';
  const progress = (p: RunProgress) => [
    p.reason ? `${p.state} ${p.reason}` : p.state,
    String(p.attempts),
    p.durationMs === undefined ? '-' : `${(p.durationMs / 1000).toFixed(1)} s`,
    p.exitCode === undefined ? '-' : String(p.exitCode),
  ];
  // A pipeline run's steps follow it, indented, with what each waits for.
  const rows = runs.flatMap((r) => [
    [
      r.id,
      r.trigger,
      Object.keys(r.params).length > 0 ? JSON.stringify(r.params) : '-',
      ...progress(r),
    ],
    ...(r.steps ?? []).map((s) => [
      `  ${s.name}`,
      s.dependsOn.length > 0 ? `after ${s.dependsOn.join(',')}` : '-',
      '',
      ...progress(s),
    ]),
  ]);
  const head = ['RUN', 'TRIGGER', 'PARAMS', 'STATE', 'ATTEMPTS', 'DURATION', 'EXIT'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd();
  return `${[line(head), ...rows.map(line)].join('\n')}\n`;
}
