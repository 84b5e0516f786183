// `command: validate`: every problem of the resource files as an `::error` annotation on its file,
// line and column (paths relative to the workspace, as the pull request shows them), a table in
// the job summary, and a failed step when there is any problem.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { displayPath, formatProblemsGithub, summaryLine } from '../resources/format.js';
import { loadRevision, type Revision } from '../resources/load.js';
import type { ActionInputs } from './inputs.js';
import type { Runner } from './runner.js';

/** Loads and checks the folder; problems are annotated. Answers the revision. */
export async function checkFiles(runner: Runner, inputs: ActionInputs): Promise<Revision> {
  const { root, workspace } = inputs;
  const shown = path.relative(workspace, root) || '.';
  if (
    !(await stat(root).then(
      () => true,
      () => false,
    ))
  )
    throw new UserError(
      `path "${shown}" does not exist in the workspace; check out the repository first (actions/checkout) or set the input path`,
    );
  const revision = await loadRevision(root, inputs.sizes ? { sizes: inputs.sizes } : {});
  runner.log(formatProblemsGithub(revision, workspace).trimEnd());
  return revision;
}

export async function validateStep(runner: Runner, inputs: ActionInputs): Promise<number> {
  const revision = await checkFiles(runner, inputs);
  const ok = revision.problems.length === 0;
  await runner.summary(validationSummary(revision, inputs.workspace));
  await runner.setOutput('result', ok ? 'success' : 'failure');
  await runner.setOutput('problems', String(revision.problems.length));
  await runner.setOutput('summary', summaryLine(revision));
  return ok ? 0 : 1;
}

export function validationSummary(revision: Revision, workspace: string): string {
  const head = `### berth validate: ${summaryLine(revision)}\n`;
  if (revision.problems.length === 0) return head;
  const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
  const rows = revision.problems.map(
    (p) =>
      `| \`${cell(displayPath(revision.root, p.file, workspace))}:${p.line}:${p.col}\` | ${p.path === '' ? '' : `\`${cell(p.path)}\``} | ${cell(p.message)} |`,
  );
  return `${head}\n| where | field | problem |\n|---|---|---|\n${rows.join('\n')}\n`;
}
