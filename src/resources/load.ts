// Loads a revision: every resource file under a root, parsed, checked against the schemas and the
// rules of SPEC §1.6, with each problem at its file:line:column. Bad input never throws: it
// becomes a Problem. Only a root that does not exist is an error (NotFoundError).
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import path from 'node:path';
import { findResourceFiles } from './find-files.js';
import { resolveLimits, type Limits } from './limits.js';
import {
  loadParsed,
  loadPlain,
  readResourceFile,
  toProblem,
  type LoadedFile,
  type LoadedResource,
  type ParseFile,
} from './load-file.js';
import { sortProblems, type Problem } from './problem.js';
import type { SecretScopes } from './secret-checks.js';
import { checkRevision } from './semantic.js';
import type { SizeTable } from './spec-checks.js';
import { createValidator, type ResourceValidator } from './validate.js';

export type { Problem } from './problem.js';
export type { LoadedResource } from './load-file.js';
export { defaultLimits, type Limits } from './limits.js';

export interface Revision {
  /** absolute path of the folder every `file` is relative to (for a single-file root: its folder) */
  root: string;
  /** every resource file read, posix paths relative to root, sorted */
  files: string[];
  /** the valid resources, in file and document order: plain values and where each starts */
  resources: LoadedResource[];
  /** sorted by file, line, column; empty when the revision is valid */
  problems: Problem[];
}

export interface LoadOptions {
  limits?: Partial<Limits>;
  /** a validator to reuse across loads; default: a new one */
  validator?: ResourceValidator;
  sizes?: SizeTable;
  /** the names in each owner's secret scope: a secret a scope lacks is a problem */
  secrets?: SecretScopes | undefined;
}

/** What a long-running reader keeps across loads: the compiled schemas and the size table. */
export type RevisionLoad = Pick<LoadOptions, 'validator' | 'sizes'>;

/**
 * Files are read and parsed synchronously, a batch at a time: the work is CPU-bound, and a thread
 * pool round trip per small file cost about a third of the time. Between batches the event loop
 * runs, so a server loading a revision keeps answering.
 */
const filesPerBatch = 16;

export async function loadRevision(root: string, options: LoadOptions = {}): Promise<Revision> {
  const limits = resolveLimits(options.limits);
  const found = await findResourceFiles(path.resolve(root), limits.maxFiles);
  const validate = options.validator ?? createValidator();
  // The parser with positions (and yaml) is loaded only for a file that is not plain YAML or a
  // revision with problems: most revisions need neither.
  let parse: ParseFile | undefined;
  const fullParser = async () => (parse ??= (await import('./parse-file.js')).parseResourceFile);
  const loaded: LoadedFile[] = [];
  for (const [index, file] of found.files.entries()) {
    const text = readResourceFile(found.base, file, limits);
    loaded.push(
      typeof text !== 'string'
        ? text
        : (loadPlain(file, text, limits, validate) ??
            loadParsed(file, text, limits, validate, await fullParser())),
    );
    if (index % filesPerBatch === filesPerBatch - 1) await yieldToEventLoop();
  }
  const entries = loaded.flatMap((f) => f.resources);
  const resources = entries.map((e) => e.loaded);
  const problems = [...found.problems, ...loaded.flatMap((f) => f.problems)];
  const semantic = checkRevision(resources, {
    knownGroups: loaded.flatMap((f) => f.groups),
    ...(options.sizes ? { sizes: options.sizes } : {}),
    secrets: options.secrets,
  });
  for (const finding of semantic) {
    const entry = entries[finding.resource];
    if (entry)
      problems.push(toProblem(entry.loaded.file, entry.locate(await fullParser()), finding));
  }
  return { root: found.base, files: found.files, resources, problems: sortProblems(problems) };
}
