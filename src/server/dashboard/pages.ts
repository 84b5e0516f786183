// The dashboard's pages (SPEC §6.2): every resource with its owner, state and reason, commit and
// image; a resource with its conditions, recent events and job runs; a run's output; what berth
// told a commit. Pure: data in, HTML out.
import type { CommitReport } from '../../service/commit-reports.js';
import type { ResourceStatus, RevisionStatus, RunSummary } from '../../reconcile/status.js';
import type { Resource } from '../../resources/types.generated.js';
import { escape, page, short, stateCell, table } from './html.js';

export function resourcePath(key: string): string {
  return `/resources/${key.split('/').map(encodeURIComponent).join('/')}`;
}

function imageOf(resource: Resource | undefined): string {
  return resource && resource.kind !== 'Group' ? resource.spec.image : '';
}

export function overviewPage(
  revision: RevisionStatus | undefined,
  statuses: readonly ResourceStatus[],
  resources: readonly Resource[],
): string {
  const declared = new Map(resources.map((r) => [`${r.kind}/${r.metadata.name}`, r]));
  const rows = statuses.map((s) => [
    escape(s.kind),
    `<a href="${resourcePath(s.key)}">${escape(s.name)}</a>`,
    escape(s.owner ?? ''),
    stateCell(s.state),
    `${s.reason ? `<strong>${escape(s.reason)}</strong> ` : ''}${escape(s.message)}`,
    `<code>${escape(short(s.revision))}</code>`,
    `<code>${escape(imageOf(declared.get(s.key)))}</code>`,
  ]);
  return page(
    { title: 'resources' },
    `<h1>Resources</h1>
${revisionLine(revision)}
${table(['kind', 'name', 'owner', 'state', 'reason', 'commit', 'image'], rows, 'No resources yet.')}`,
  );
}

function revisionLine(revision: RevisionStatus | undefined): string {
  if (!revision) return '<p class="muted">No revision read yet.</p>';
  const problems = revision.problems.map(
    (p) =>
      `<li><code>${escape(`${p.file}:${p.line}:${p.col}`)}</code> ${escape(p.path)} ${escape(p.message)}</li>`,
  );
  const commit = /^[0-9a-f]{40}$/.test(revision.id)
    ? `<a href="/commits/${escape(revision.id)}"><code>${escape(short(revision.id))}</code></a>`
    : `<code>${escape(revision.id)}</code>`;
  return `<p>Revision ${commit}: ${stateCell(revision.state)} <span class="muted">${escape(revision.updatedAt)}</span></p>
${problems.length > 0 ? `<ul>${problems.join('\n')}</ul>` : ''}`;
}

export function resourcePage(status: ResourceStatus, resource: Resource | undefined): string {
  const replicas = status.replicas
    ? `${status.replicas.ready}/${status.replicas.desired} ready`
    : '';
  const facts = [
    ['kind', escape(status.kind)],
    ['owner', escape(status.owner ?? '')],
    ['state', stateCell(status.state)],
    ['reason', escape(status.reason ?? '')],
    ['message', escape(status.message)],
    ['replicas', escape(replicas)],
    ['image', `<code>${escape(imageOf(resource))}</code>`],
    ['commit', `<code>${escape(status.revision)}</code>`],
    ['updated', escape(status.updatedAt)],
  ].filter(([, value]) => value !== '' && value !== '<code></code>');
  const events = [...status.history]
    .reverse()
    .map((e) => [`<span class="muted">${escape(e.time)}</span>`, escape(e.message)]);
  const job = status.job
    ? `<h2>Runs</h2>
${status.job.nextRunAt ? `<p>Next run: ${escape(status.job.nextRunAt)}</p>` : ''}
${table(
  ['run', 'state', 'trigger', 'attempts', 'duration', 'exit', 'parameters', 'scheduled'],
  status.job.runs.map((run) => runRow(status.name, run)),
  'No runs yet.',
)}`
    : '';
  return page(
    { title: status.key },
    `<h1>${escape(status.key)}</h1>
<dl>${facts.map(([k, v]) => `<dt>${escape(k)}</dt><dd>${v ?? ''}</dd>`).join('')}</dl>
${job}
<h2>Recent events</h2>
${table(['time', 'event'], events, 'No events yet.')}`,
  );
}

function runRow(job: string, run: RunSummary): string[] {
  const logs = `${resourcePath(`Job/${job}`)}/runs/${encodeURIComponent(run.id)}/logs`;
  return [
    run.unitId ? `<a href="${logs}">${escape(run.id)}</a>` : escape(run.id),
    `${stateCell(run.state)}${run.reason ? ` <span class="muted">${escape(run.reason)}</span>` : ''}`,
    escape(run.trigger),
    escape(run.attempts),
    escape(run.durationMs === undefined ? '' : `${(run.durationMs / 1000).toFixed(1)} s`),
    escape(run.exitCode ?? ''),
    `<code>${escape(Object.keys(run.params).length > 0 ? JSON.stringify(run.params) : '')}</code>`,
    `<span class="muted">${escape(run.scheduledAt)}</span>`,
  ];
}

export function logsPage(
  job: string,
  run: RunSummary | undefined,
  runId: string,
  output: string,
  step?: string,
): string {
  const running = run?.state === 'Running' || run?.state === 'Pending';
  const here = `${resourcePath(`Job/${job}`)}/runs/${encodeURIComponent(runId)}/logs`;
  // A pipeline run's graph: each step, what it waits for, how it went, and its output.
  const steps = (run?.steps ?? []).map((s) => [
    s.unitId
      ? `<a href="${here}?step=${encodeURIComponent(s.name)}">${escape(s.name)}</a>`
      : escape(s.name),
    escape(s.dependsOn.join(', ')),
    `${stateCell(s.state)}${s.reason ? ` <span class="muted">${escape(s.reason)}</span>` : ''}`,
    escape(s.attempts),
    escape(s.durationMs === undefined ? '' : `${(s.durationMs / 1000).toFixed(1)} s`),
    escape(s.exitCode ?? ''),
    escape(s.message),
  ]);
  const graph =
    steps.length > 0
      ? `<h2>Steps</h2>${table(['step', 'after', 'state', 'attempts', 'duration', 'exit', 'message'], steps, '')}
<h2>Output of step ${escape(step ?? '')}</h2>`
      : '';
  return page(
    { title: `Job/${job} run ${runId}`, refresh: running ? 3 : 0 },
    `<h1><a href="${resourcePath(`Job/${job}`)}">Job/${escape(job)}</a> run ${escape(runId)}</h1>
${run ? `<p>${stateCell(run.state)} attempt ${escape(run.attempts)} ${escape(run.message)}</p>` : ''}
${graph}<pre>${escape(output) || '<span class="muted">No output.</span>'}</pre>`,
  );
}

export function commitPage(sha: string, report: CommitReport): string {
  const rows = report.statuses.map((s) => {
    const key = /^[^/]+\/([a-z]+)\/(.+)$/.exec(s.context);
    const kind = key?.[1] ? `${key[1].charAt(0).toUpperCase()}${key[1].slice(1)}` : undefined;
    const name =
      kind && key?.[2]
        ? `<a href="${resourcePath(`${kind}/${key[2]}`)}">${escape(s.context)}</a>`
        : escape(s.context);
    return [name, stateCell(s.state), escape(s.description)];
  });
  return page(
    { title: `commit ${short(sha)}`, refresh: report.done ? 0 : 3 },
    `<h1>Commit <code>${escape(sha)}</code></h1>
${table(['context', 'state', 'description'], rows, 'Nothing told yet.')}`,
  );
}

export function notFoundPage(what: string): string {
  return page({ title: 'not found', refresh: 0 }, `<h1>Not found</h1><p>${escape(what)}</p>`);
}
