// Benchmark figures kept between runs: each benchmark records its own keys in bench/results.json,
// merged into what the file already holds, so one benchmark's run leaves the others' figures alone.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** bench/results.json of the repository, whether this runs from bench/ or from dist-bench/bench/. */
function resultsFile(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root =
    path.basename(path.dirname(here)) === 'dist-bench'
      ? path.dirname(path.dirname(here))
      : path.dirname(here);
  return path.join(root, 'bench', 'results.json');
}

/** Sets `key` to `value` in bench/results.json, keeping every other key. */
export function recordResult(key: string, value: unknown): void {
  const file = resultsFile();
  const current: Record<string, unknown> = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)
    : {};
  current[key] = value;
  const sorted = Object.fromEntries(Object.entries(current).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
  // In the repository's own format, so `prettier --check .` passes with fresh figures.
  const prettier = createRequire(import.meta.url).resolve('prettier/bin/prettier.cjs');
  execFileSync(process.execPath, [prettier, '--log-level', 'warn', '--write', file]);
}

/** The commit measured, and whether the work tree had changes beyond it (figures of a work in progress). */
export function treeState(): { commit: string; uncommittedChanges: boolean } {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  return {
    commit: git('rev-parse', '--short', 'HEAD'),
    uncommittedChanges: git('status', '--porcelain', '--untracked-files=no', '--', 'src') !== '',
  };
}
