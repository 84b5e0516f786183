// Renders a revision's problems for people (text), programs (json) and GitHub workflow
// annotations (github). File names are shown relative to the current directory, as git shows them.
import path from 'node:path';
import type { Revision } from './load.js';
import type { Problem } from './problem.js';
import { plural } from './words.js';

export const outputFormats = ['text', 'json', 'github'] as const;
export type OutputFormat = (typeof outputFormats)[number];

type Summary = Pick<Revision, 'root' | 'files' | 'resources' | 'problems'>;

export function formatRevision(revision: Summary, format: OutputFormat, cwd: string): string {
  switch (format) {
    case 'text':
      return formatProblemsText(revision, cwd);
    case 'json':
      return formatProblemsJson(revision, cwd);
    case 'github':
      return formatProblemsGithub(revision, cwd);
  }
}

/** A file of the revision relative to `cwd`, with posix separators. */
export function displayPath(root: string, file: string, cwd: string): string {
  const relative = path.relative(cwd, path.join(root, file)).split(path.sep).join('/');
  return relative === '' ? '.' : relative;
}

/** "file:line:col  field.path  message" per problem, then a summary line. */
export function formatProblemsText(revision: Summary, cwd: string): string {
  const lines = revision.problems.map((p) => {
    const where = `${displayPath(revision.root, p.file, cwd)}:${p.line}:${p.col}`;
    return [where, p.path, p.message].filter((part) => part !== '').join('  ');
  });
  return [...lines, summaryLine(revision)].join('\n') + '\n';
}

/** "3 problems in 2 files" or "6 files, 8 resources: no problems". */
export function summaryLine(revision: Summary): string {
  const { problems } = revision;
  if (problems.length === 0) {
    return `${plural(revision.files.length, 'file')}, ${plural(revision.resources.length, 'resource')}: no problems`;
  }
  const files = new Set(problems.map((p) => p.file)).size;
  return `${plural(problems.length, 'problem')} in ${plural(files, 'file')}`;
}

export function formatProblemsJson(revision: Summary, cwd: string): string {
  const problems: Problem[] = revision.problems.map((p) => ({
    ...p,
    file: displayPath(revision.root, p.file, cwd),
  }));
  const body = {
    ok: problems.length === 0,
    files: revision.files.length,
    resources: revision.resources.length,
    problems,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** One `::error` workflow command per problem, then the summary as a plain line. */
export function formatProblemsGithub(revision: Summary, cwd: string): string {
  const lines = revision.problems.map((p) => {
    const properties = [
      `file=${escapeProperty(displayPath(revision.root, p.file, cwd))}`,
      `line=${p.line}`,
      `col=${p.col}`,
      ...(p.path === '' ? [] : [`title=${escapeProperty(p.path)}`]),
    ];
    return `::error ${properties.join(',')}::${escapeData(p.message)}`;
  });
  return [...lines, summaryLine(revision)].join('\n') + '\n';
}

/** Escaping of a workflow command's message (as @actions/core does). */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escaping of a workflow command's property value: also ':' and ','. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
