// Loads a revision: every resource file under a root, parsed, checked against the schemas and the
// rules of SPEC §1.6, with each problem at its file:line:column. Bad input never throws: it
// becomes a Problem. Only a root that does not exist is an error (NotFoundError).
import { readFileSync, statSync } from 'node:fs';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import path from 'node:path';
import { errorMessage } from '../errors.js';
import { findResourceFiles } from './find-files.js';
import { fileTooLarge, moreProblems, resolveLimits, type Limits } from './limits.js';
import type { Locator } from './locate.js';
import { parseResourceFile } from './parse-file.js';
import { formatPath, sortProblems, type Finding, type Problem } from './problem.js';
import { checkRevision } from './semantic.js';
import type { SizeTable } from './spec-checks.js';
import type { Resource } from './types.generated.js';
import { createValidator, type ResourceValidator } from './validate.js';

export type { Problem } from './problem.js';
export { defaultLimits, type Limits } from './limits.js';

export interface LoadedResource {
  /** the resource with the schema's defaults applied */
  resource: Resource;
  file: string;
  line: number;
  col: number;
  /** 0-based index of the YAML document in its file, empty documents included */
  document: number;
}

export interface Revision {
  /** absolute path of the folder every `file` is relative to (for a single-file root: its folder) */
  root: string;
  /** every resource file read, posix paths relative to root, sorted */
  files: string[];
  /** the valid resources, in file and document order */
  resources: LoadedResource[];
  /** sorted by file, line, column; empty when the revision is valid */
  problems: Problem[];
}

export interface LoadOptions {
  limits?: Partial<Limits>;
  /** a validator to reuse across loads; default: one compiled for this call */
  validator?: ResourceValidator;
  sizes?: SizeTable;
}

/**
 * Files are read and parsed synchronously, a batch at a time: the work is CPU-bound, and a thread
 * pool round trip per small file cost about a third of the time. Between batches the event loop
 * runs, so a server loading a revision keeps answering.
 */
const filesPerBatch = 16;

interface LoadedFile {
  resources: { loaded: LoadedResource; locator: Locator }[];
  groups: string[];
  problems: Problem[];
}

export async function loadRevision(root: string, options: LoadOptions = {}): Promise<Revision> {
  const limits = resolveLimits(options.limits);
  const found = await findResourceFiles(path.resolve(root), limits.maxFiles);
  const validate = options.validator ?? createValidator();
  const loaded: LoadedFile[] = [];
  for (const [index, file] of found.files.entries()) {
    loaded.push(loadFile(found.base, file, limits, validate));
    if (index % filesPerBatch === filesPerBatch - 1) await yieldToEventLoop();
  }
  const entries = loaded.flatMap((f) => f.resources);
  const resources = entries.map((e) => e.loaded);
  const problems = [...found.problems, ...loaded.flatMap((f) => f.problems)];
  const semantic = checkRevision(resources, {
    knownGroups: loaded.flatMap((f) => f.groups),
    ...(options.sizes ? { sizes: options.sizes } : {}),
  });
  for (const finding of semantic) {
    const entry = entries[finding.resource];
    if (entry) problems.push(toProblem(entry.loaded.file, entry.locator, finding));
  }
  return { root: found.base, files: found.files, resources, problems: sortProblems(problems) };
}

function loadFile(
  base: string,
  file: string,
  limits: Limits,
  validate: ResourceValidator,
): LoadedFile {
  const result: LoadedFile = { resources: [], groups: [], problems: [] };
  const fail = (message: string, line = 1, col = 1, path = '') => {
    result.problems.push({ file, line, col, path, message });
    return result;
  };
  const location = path.join(base, file);
  let text: string;
  try {
    const { size } = statSync(location);
    if (size > limits.maxFileBytes) return fail(fileTooLarge(size, limits.maxFileBytes));
    text = readFileSync(location, 'utf8');
  } catch (error) {
    return fail(
      `cannot read the file (${errorMessage(error)}); check that it exists and is readable`,
    );
  }

  const parsed = parseResourceFile(text, limits);
  for (const p of parsed.problems)
    fail(p.message, p.position.line, p.position.col, formatPath(p.path));
  for (const doc of parsed.documents) {
    const groupName = groupNameOf(doc.value);
    if (groupName !== undefined) result.groups.push(groupName);
    const { resource, findings } = validate(doc.value, doc.locator.sourceOf);
    for (const finding of findings) result.problems.push(toProblem(file, doc.locator, finding));
    if (resource) {
      const { line, col } = doc.position;
      result.resources.push({
        loaded: { resource, file, line, col, document: doc.index },
        locator: doc.locator,
      });
    }
  }
  result.problems = capProblems(result.problems, limits.maxProblemsPerFile);
  return result;
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

function toProblem(file: string, locator: Locator, finding: Finding): Problem {
  const { line, col } = locator.positionOf(finding.path, finding.at);
  return { file, line, col, path: formatPath(finding.path), message: finding.message };
}

/** The name of a Group document, valid or not, so that owners naming it are not reported too. */
function groupNameOf(value: Record<string, unknown>): string | undefined {
  if (value.kind !== 'Group') return undefined;
  const metadata = value.metadata as { name?: unknown } | undefined;
  return typeof metadata?.name === 'string' ? metadata.name : undefined;
}
