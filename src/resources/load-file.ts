// Loads one resource file: read, parsed, each document checked against the schema of its kind.
// Files in plain YAML (plain-yaml.ts) are read straight into values; positions are only needed for
// problems, so such a file is parsed again with positions (parse-file.ts) only when it has one.
// The full parser is handed in by the caller, which loads it (and yaml) only when a file needs it.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { errorMessage } from '../errors.js';
import { fileTooLarge, moreProblems, type Limits } from './limits.js';
import type { Locator } from './locate.js';
import type { parseResourceFile } from './parse-file.js';
import { readPlainYaml } from './plain-yaml.js';
import { formatPath, sortProblems, type Finding, type Problem } from './problem.js';
import type { Resource } from './types.generated.js';
import type { ResourceValidator } from './validate.js';

export interface LoadedResource {
  /** the resource with the schema's defaults applied */
  resource: Resource;
  file: string;
  line: number;
  col: number;
  /** 0-based index of the YAML document in its file, empty documents included */
  document: number;
}

export type ParseFile = typeof parseResourceFile;

export interface LoadedFile {
  /** each valid resource, and how to find positions in its document (for later problems) */
  resources: { loaded: LoadedResource; locate: (parse: ParseFile) => Locator }[];
  /** names of Group documents, valid or not */
  groups: string[];
  problems: Problem[];
}

/** The text of a file, or a file whose only problem is that it cannot be read. */
export function readResourceFile(base: string, file: string, limits: Limits): string | LoadedFile {
  const unreadable = (message: string): LoadedFile => ({
    resources: [],
    groups: [],
    problems: [{ file, line: 1, col: 1, path: '', message }],
  });
  try {
    const location = path.join(base, file);
    const { size } = statSync(location);
    if (size > limits.maxFileBytes) return unreadable(fileTooLarge(size, limits.maxFileBytes));
    return readFileSync(location, 'utf8');
  } catch (error) {
    return unreadable(
      `cannot read the file (${errorMessage(error)}); check that it exists and is readable`,
    );
  }
}

/** A file in plain YAML whose documents are all valid, or undefined. */
export function loadPlain(
  file: string,
  text: string,
  limits: Limits,
  validate: ResourceValidator,
): LoadedFile | undefined {
  const documents = readPlainYaml(text, limits);
  if (!documents) return undefined;
  const result: LoadedFile = { resources: [], groups: [], problems: [] };
  let locators: Map<number, Locator> | undefined;
  for (const doc of documents) {
    const groupName = groupNameOf(doc.value);
    if (groupName !== undefined) result.groups.push(groupName);
    const { resource } = validate(doc.value);
    if (!resource) return undefined;
    const { index: document, line, col } = doc;
    result.resources.push({
      loaded: { resource, file, line, col, document },
      locate: (parse) => {
        locators ??= new Map(parse(text, limits).documents.map((d) => [d.index, d.locator]));
        return locators.get(document) ?? fixedLocator(line, col);
      },
    });
  }
  return result;
}

export function loadParsed(
  file: string,
  text: string,
  limits: Limits,
  validate: ResourceValidator,
  parse: ParseFile,
): LoadedFile {
  const result: LoadedFile = { resources: [], groups: [], problems: [] };
  const parsed = parse(text, limits);
  for (const p of parsed.problems) {
    const { line, col } = p.position;
    result.problems.push({ file, line, col, path: formatPath(p.path), message: p.message });
  }
  for (const doc of parsed.documents) {
    const groupName = groupNameOf(doc.value);
    if (groupName !== undefined) result.groups.push(groupName);
    const { resource, findings } = validate(doc.value, doc.locator.sourceOf);
    for (const finding of findings) result.problems.push(toProblem(file, doc.locator, finding));
    if (resource) {
      const { line, col } = doc.position;
      const { locator } = doc;
      result.resources.push({
        loaded: { resource, file, line, col, document: doc.index },
        locate: () => locator,
      });
    }
  }
  result.problems = capProblems(result.problems, limits.maxProblemsPerFile);
  return result;
}

/** Where nothing better is known: the start of the document, for every path. */
function fixedLocator(line: number, col: number): Locator {
  return { positionOf: () => ({ line, col }), sourceOf: () => undefined };
}

/** The first `limit` problems of a file by position, and one more that counts the rest. */
function capProblems(problems: Problem[], limit: number): Problem[] {
  if (problems.length <= limit) return problems;
  const sorted = sortProblems(problems);
  const next = sorted[limit];
  if (!next) return sorted;
  const hidden = sorted.length - limit;
  return [...sorted.slice(0, limit), { ...next, path: '', message: moreProblems(hidden, limit) }];
}

export function toProblem(file: string, locator: Locator, finding: Finding): Problem {
  const { line, col } = locator.positionOf(finding.path, finding.at);
  return { file, line, col, path: formatPath(finding.path), message: finding.message };
}

/** The name of a Group document, valid or not, so that owners naming it are not reported too. */
function groupNameOf(value: Record<string, unknown>): string | undefined {
  if (value.kind !== 'Group') return undefined;
  const metadata = value.metadata as { name?: unknown } | undefined;
  return typeof metadata?.name === 'string' ? metadata.name : undefined;
}
