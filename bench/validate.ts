// `berth validate` against ajv-cli on the same 1,000 generated resource files (SPEC §7), both as
// whole processes from spawn to exit: start-up, schema compile and output included. The two sides
// alternate which runs first. Two sets of files: plain YAML, and the same with every description
// a quoted string over two lines (a second path through berth's plain reader).
// Then memory: peak RSS of each side, of `berth validate` on one file (start-up), and the heap a
// loaded revision of the 1,000 files holds.
// Run: npm run bench:validate (or scripts/bench.sh); --runs=N, --files=N, --berth-root=DIR to
// measure another build of berth (a checkout with dist/ built) against the same ajv-cli; only this
// checkout's figures are recorded in bench/results.json (key `validate`).
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { recordResult } from './results.js';
import { describe, median, runsFromArgs } from './stats.js';
import { writeValidateFiles, type FileStyle } from './validate-files.js';

const runs = runsFromArgs(7);
const flag = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const fileCount = Number(flag('files') ?? 1000);
const repo = fileURLToPath(new URL('../../', import.meta.url));
const berthRoot = path.resolve(flag('berth-root') ?? repo);
const schemas = path.join(repo, 'schemas');
const require = createRequire(import.meta.url);
const ajvCli = path.join(path.dirname(require.resolve('ajv-cli/package.json')), 'dist/index.js');

interface Side {
  name: string;
  args: (dir: string) => string[];
  /** a failure message when the run did not validate every file cleanly */
  check: (stdout: string, stderr: string, status: number | null) => string | undefined;
}

const berth: Side = {
  name: 'berth validate',
  args: (dir) => [path.join(berthRoot, 'bin/berth.js'), 'validate', dir],
  check: (stdout, _stderr, status) => {
    const expected = `${fileCount} files, ${fileCount} resources: no problems\n`;
    return status === 0 && stdout === expected ? undefined : `exit ${status}: ${stdout}`;
  },
};

const ajv: Side = {
  name: 'ajv-cli',
  args: (dir) => [
    ajvCli,
    'validate',
    '-s',
    path.join(schemas, 'resource.schema.json'),
    ...['common', 'job', 'deployment', 'group'].flatMap((s) => [
      '-r',
      path.join(schemas, `${s}.schema.json`),
    ]),
    '-d',
    `${dir}/**/*.yaml`,
    '--all-errors',
    '--verbose',
    '--use-defaults',
    '--allow-union-types',
  ],
  // ajv-cli ends with process.exit(), which can cut its piped output short: its exit status (1 when
  // any file is invalid) is what is checked.
  check: (_stdout, stderr, status) => (status === 0 ? undefined : `exit ${status}: ${stderr}`),
};

function run(side: Side, dir: string, nodeFlags: string[] = []) {
  const start = performance.now();
  const result = spawnSync(process.execPath, [...nodeFlags, ...side.args(dir)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  const failure = side.check(result.stdout, result.stderr, result.status);
  if (failure) throw new Error(`${side.name} failed on ${dir}: ${failure.slice(0, 2000)}`);
  return { ms, stderr: result.stderr };
}

/** Medians of whole-process times, alternating which side runs first; one untimed warm-up each. */
function compare(dir: string) {
  run(berth, dir);
  run(ajv, dir);
  const times = { berth: [] as number[], ajv: [] as number[] };
  for (let r = 0; r < runs; r++) {
    const order = r % 2 === 0 ? ([berth, ajv] as const) : ([ajv, berth] as const);
    for (const side of order) times[side === berth ? 'berth' : 'ajv'].push(run(side, dir).ms);
  }
  const berthMs = median(times.berth);
  const ajvMs = median(times.ajv);
  console.log(`  ${describe('berth validate', times.berth)}`);
  console.log(`  ${describe('ajv-cli       ', times.ajv)}`);
  console.log(`  berth / ajv-cli: ${(berthMs / ajvMs).toFixed(2)}`);
  return {
    berthMedianMs: Math.round(berthMs),
    ajvCliMedianMs: Math.round(ajvMs),
    ratio: Math.round((berthMs / ajvMs) * 100) / 100,
    berthMs: times.berth.map(Math.round),
    ajvCliMs: times.ajv.map(Math.round),
  };
}

/** Peak RSS of one run, reported by the process itself as it exits. */
function peakRss(side: Side, dir: string, preload: string): number {
  const { stderr } = run(side, dir, ['--require', preload]);
  const match = /maxrss (\d+)/.exec(stderr);
  if (!match?.[1]) throw new Error(`${side.name} did not report its peak RSS`);
  return Number(match[1]) * 1024;
}

/**
 * In a fresh process: its RSS after loading the revision once (which also brings in the modules and
 * compiled code), then the heap a second load of it holds after garbage collection.
 */
function heldHeap(dir: string): { heapHeldBytes: number; rssBytes: number } {
  const load = path.join(berthRoot, 'dist/resources/load.js');
  const script = `
    const { loadRevision } = await import(${JSON.stringify(load)});
    // Garbage is collected after a timer tick: until then, the job that awaited a result keeps it.
    const used = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    await loadRevision(${JSON.stringify(dir)});
    const rssBytes = process.memoryUsage().rss;
    const before = await used();
    const revision = await loadRevision(${JSON.stringify(dir)});
    const heapHeldBytes = (await used()) - before;
    if (revision.resources.length !== ${fileCount}) throw new Error('not every resource loaded');
    console.log(JSON.stringify({ heapHeldBytes, rssBytes }));`;
  const result = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`loading the revision failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as { heapHeldBytes: number; rssBytes: number };
}

const mib = (bytes: number) => Math.round((bytes / 1024 ** 2) * 10) / 10;
const work = await mkdtemp(path.join(tmpdir(), 'berth-bench-validate-'));
try {
  console.log(
    `validate ${fileCount} files, whole processes, ${runs} runs each (berth: ${berthRoot})`,
  );
  console.log(
    '  berth validate: reads every *.yaml (with positions where a file is not plain YAML or has a problem), checks the schema of each kind with defaults, names, owners and groups, sizes, cron schedules, time zones, paths and secrets, and the limits against hostile YAML; prints one summary line',
  );
  console.log(
    '  ajv-cli: parses each file with js-yaml and validates it against resource.schema.json (dispatching by kind) with allErrors, verbose and useDefaults; no positions, no checks beyond the schema, no input limits; prints one line per file',
  );
  const results: Record<string, unknown> = { files: fileCount, runs };
  const dirs: Record<FileStyle, string> = { plain: '', wrapped: '' };
  for (const style of ['plain', 'wrapped'] as const) {
    const dir = path.join(work, style);
    dirs[style] = dir;
    await writeValidateFiles(dir, fileCount, style);
    console.log(
      style === 'plain'
        ? 'plain YAML files:'
        : 'the same files, each description a quoted string over two lines:',
    );
    results[style] = compare(dir);
  }

  const preload = path.join(work, 'report-peak-rss.cjs');
  await writeFile(
    preload,
    "process.on('exit', () => process.stderr.write(`\\nmaxrss ${process.resourceUsage().maxRSS}\\n`));\n",
  );
  const one = path.join(work, 'one');
  await writeValidateFiles(one, 1);
  const oneFile: Side = {
    ...berth,
    check: (stdout, _stderr, status) => (status === 0 ? undefined : stdout),
  };
  const held = heldHeap(dirs.plain);
  const memory = {
    berthPeakRssMiB: mib(peakRss(berth, dirs.plain, preload)),
    ajvCliPeakRssMiB: mib(peakRss(ajv, dirs.plain, preload)),
    berthOneFilePeakRssMiB: mib(peakRss(oneFile, one, preload)),
    revisionHeapMiB: mib(held.heapHeldBytes),
    loadedRssMiB: mib(held.rssBytes),
  };
  console.log(
    `memory: peak RSS berth ${memory.berthPeakRssMiB} MiB, ajv-cli ${memory.ajvCliPeakRssMiB} MiB; berth validate of one file ${memory.berthOneFilePeakRssMiB} MiB; a loaded revision of ${fileCount} files holds ${memory.revisionHeapMiB} MiB of heap (process RSS after the first load: ${memory.loadedRssMiB} MiB)`,
  );
  // Only this checkout's figures go into bench/results.json; another build's are printed only.
  if (berthRoot === path.resolve(repo)) {
    recordResult('validate', { ...results, memory, node: process.version });
  } else console.log('(another build of berth: not recorded in bench/results.json)');
} finally {
  await rm(work, { recursive: true, force: true });
}
