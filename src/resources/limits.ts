// Limits against hostile or accidental input (SPEC §1.6, §7): a resource revision is read from a
// repository anyone with a pull request can change, so every size is bounded before work starts.

export interface Limits {
  /** bytes per resource file, checked with stat before the file is read */
  maxFileBytes: number;
  /** YAML documents (`---`) per file */
  maxDocuments: number;
  /** alias expansions per document (yaml's maxAliasCount): stops "billion laughs" bombs */
  maxAliasCount: number;
  /** nested mappings and lists per document, aliases expanded */
  maxDepth: number;
  /** keys and values (YAML scalars) per file: bounds the work a file of tiny nodes can cause */
  maxScalars: number;
  /** resource files per revision */
  maxFiles: number;
  /** problems reported per file; the rest are counted in one last problem */
  maxProblemsPerFile: number;
  /**
   * bytes of all resource files of a revision written out of git; `defaultMaxRevisionBytes` when
   * unset (kept out of `defaultLimits`, whose exact value tests pin)
   */
  maxRevisionBytes?: number;
}

export const defaultLimits: Readonly<Limits> = Object.freeze({
  maxFileBytes: 1024 * 1024,
  maxDocuments: 100,
  maxAliasCount: 100,
  maxDepth: 32,
  maxScalars: 20_000,
  maxFiles: 10_000,
  maxProblemsPerFile: 100,
});

export const defaultMaxRevisionBytes = 64 * 1024 * 1024;

export function resolveLimits(overrides: Partial<Limits> = {}): Limits {
  return { ...defaultLimits, ...overrides };
}

/** 1048576 → "1 MiB", 54945382 → "52.4 MiB", 2048 → "2 KiB", 100 → "100 bytes". */
export function formatByteSize(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GiB'],
    [1024 ** 2, 'MiB'],
    [1024, 'KiB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const value = bytes / size;
      return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
    }
  }
  return `${bytes} bytes`;
}

export function fileTooLarge(bytes: number, limit: number): string {
  return `file is ${formatByteSize(bytes)}, over the ${formatByteSize(limit)} limit per resource file; split it or remove data that does not belong in resource files`;
}

export function tooManyDocuments(limit: number): string {
  return `file has more than ${limit} YAML documents, the limit per resource file; split it into several files`;
}

export function tooManyAliases(limit: number): string {
  return `YAML aliases expand to more than ${limit} nodes, the limit per document (a guard against "billion laughs" alias bombs); write the values out instead of nesting aliases`;
}

export function tooDeep(limit: number): string {
  return `nesting is deeper than ${limit} levels, the limit per document; flatten the structure`;
}

export function tooManyScalars(limit: number): string {
  return `file has more than ${limit} keys and values, the limit per resource file; split it into several files`;
}

export function tooManyFiles(limit: number): string {
  return `more than ${limit} resource files, the limit per revision; point berth at the folder that holds the resource files, not at a whole repository`;
}

export function revisionTooLarge(limit: number): string {
  return `resource files add up to more than ${formatByteSize(limit)}, the limit per revision; point berth at the folder that holds the resource files, or remove data that does not belong in them`;
}

export function moreProblems(hidden: number, limit: number): string {
  return `${hidden} more problem${hidden === 1 ? '' : 's'} in this file not shown (at most ${limit} per file); fix the ones above and validate again`;
}
