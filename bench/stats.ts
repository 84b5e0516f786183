// Small helpers for benchmarks: timing, medians, and a uniform report line.
import { performance } from 'node:perf_hooks';

export async function time(fn: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function describe(label: string, runs: number[]): string {
  const ms = (v: number) => `${Math.round(v)} ms`;
  return `${label}: median ${ms(median(runs))} (min ${ms(Math.min(...runs))}, max ${ms(Math.max(...runs))}, ${runs.length} runs)`;
}

export function runsFromArgs(fallback: number): number {
  const flag = process.argv.find((a) => a.startsWith('--runs='));
  return flag ? Number(flag.slice('--runs='.length)) : fallback;
}

/** The figures of `describe` as data, for bench/results.json. */
export function summarize(runs: number[]): {
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
} {
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    medianMs: round(median(runs)),
    minMs: round(Math.min(...runs)),
    maxMs: round(Math.max(...runs)),
    runs: runs.length,
  };
}

/** a / b of two medians, two decimals; undefined when either side has no runs */
export function ratio(a: number[], b: number[]): number | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  return Math.round((median(a) / median(b)) * 100) / 100;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `--name=N` on the command line, else BENCH_<NAME> in the environment, else `fallback`. */
export function numberFlag(name: string, fallback: number): number {
  const values = listFlag(name);
  return values[0] ?? fallback;
}

/** `--name=A,B` (or BENCH_<NAME>=A,B) as numbers; empty when neither is set. */
export function listFlag(name: string): number[] {
  const flag = process.argv.find((a) => a.startsWith(`--${name}=`));
  const raw = flag?.slice(name.length + 3) ?? process.env[`BENCH_${name.toUpperCase()}`];
  if (raw === undefined || raw === '') return [];
  const values = raw.split(',').map(Number);
  if (values.some((v) => !Number.isInteger(v) || v < 0)) {
    throw new Error(`--${name} takes whole numbers (comma-separated), not ${raw}`);
  }
  return values;
}

/** The value `p` percent of the values are at or below (nearest rank); 0 for no values. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(Math.ceil((p / 100) * sorted.length), 1);
  return sorted[rank - 1] ?? 0;
}
