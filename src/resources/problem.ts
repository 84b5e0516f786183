// A problem in the resource files: where it is (file:line:col and the field path) and what to do.
// Everything in src/resources reports through these shapes; nothing here throws for bad input.

export interface Problem {
  /** relative to the revision root, posix separators; "." for the root itself */
  file: string;
  line: number;
  col: number;
  /** field path such as "spec.healthCheck.path", or "" for the whole document or file */
  path: string;
  message: string;
}

export type PathSegment = string | number;

/**
 * A problem found in one document before it has a position: `path` is the field it is about;
 * `at` says where to point: the value at `path` (default), its key, or the mapping holding it.
 */
export interface Finding {
  path: PathSegment[];
  message: string;
  at?: 'value' | 'key' | 'parent';
}

const plainKey = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `["spec", "git", 0, "path"]` → `spec.git[0].path`; odd keys are quoted: `labels["a.b/c"]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (plainKey.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

export function compareProblems(a: Problem, b: Problem): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.col - b.col ||
    compareText(a.path, b.path) ||
    compareText(a.message, b.message)
  );
}

/** Sorted by file, line, column; exact duplicates removed. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const sorted = [...problems].sort(compareProblems);
  return sorted.filter((p, i) => {
    const prev = sorted[i - 1];
    return prev === undefined || compareProblems(prev, p) !== 0;
  });
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
