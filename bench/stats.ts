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
