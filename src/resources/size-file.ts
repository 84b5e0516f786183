// The sizes file of the service configuration (SPEC §1.4): a YAML mapping of size name → cpus,
// memory, gpus (and optionally hardware), which overrides or extends the built-in table. A file
// with any problem is refused as a whole, every problem in one message, so berth never runs with a
// table it half understood.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { parse } from 'yaml';
import { UserError } from '../errors.js';
import { builtinSizes, type SizeSpec } from './sizes.js';
import type { SizeTable } from './spec-checks.js';

export const maxSizesFileBytes = 64 * 1024;
const maxSizes = 200;
const namePattern = /^[a-z0-9][-a-z0-9]{0,62}$/;
const units: Record<string, number> = { KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, TiB: 1024 ** 4 };
/** Docker refuses a memory limit under 6 MiB. */
const minMemoryBytes = 6 * 1024 ** 2;
const fields = new Set(['cpus', 'memory', 'gpus', 'hardware']);

/**
 * The built-in table with the file's sizes over it. `source` names the file in messages. Throws a
 * UserError that lists every problem.
 */
export function parseSizesFile(text: string, source: string): SizeTable {
  const problems: string[] = [];
  const table = readTable(text, problems);
  if (problems.length > 0)
    throw new UserError(
      `sizes file ${source} is not valid; fix it and start again:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  return Object.freeze({ ...builtinSizes, ...table });
}

/**
 * Reads and parses a sizes file: a regular file (not a pipe or a device), at most 64 KiB read.
 * `noSymlink` refuses a file that is a symbolic link (a file from a pull request's checkout).
 */
export function readSizesFile(file: string, shown: string, noSymlink = false): SizeTable {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO does not wait for a writer.
    const flags =
      constants.O_RDONLY | constants.O_NONBLOCK | (noSymlink ? constants.O_NOFOLLOW : 0);
    fd = openSync(file, flags);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const why = code === 'ELOOP' ? 'it is a symbolic link' : code;
    throw new UserError(
      `the sizes file ${shown} cannot be read (${why}); give the path of a YAML file`,
    );
  }
  try {
    if (!fstatSync(fd).isFile())
      throw new UserError(
        `the sizes file ${shown} is not a regular file; give the path of a YAML file`,
      );
    const buffer = Buffer.alloc(maxSizesFileBytes + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      length += read;
      if (read === 0 || length === buffer.length) break;
    }
    return parseSizesFile(buffer.subarray(0, length).toString('utf8'), shown);
  } finally {
    closeSync(fd);
  }
}

function readTable(text: string, problems: string[]): Record<string, SizeSpec> {
  if (Buffer.byteLength(text) > maxSizesFileBytes) {
    problems.push(
      `it is larger than ${maxSizesFileBytes / 1024} KiB; a sizes file is a short table`,
    );
    return {};
  }
  let value: unknown;
  try {
    // No custom tags, few aliases: the file is configuration, not a place for YAML tricks.
    value = parse(text, { maxAliasCount: 10, uniqueKeys: true, schema: 'core' });
  } catch (error) {
    problems.push(`it is not YAML: ${(error as Error).message.split('\n')[0] ?? ''}`);
    return {};
  }
  if (!isMapping(value)) {
    problems.push(
      'it must be a mapping of size name to { cpus, memory, gpus }, e.g. "gpu-small: { cpus: 1, memory: 4GiB, gpus: 1 }"',
    );
    return {};
  }
  const names = Object.keys(value);
  if (names.length > maxSizes) {
    problems.push(`it has ${names.length} sizes; at most ${maxSizes}`);
    return {};
  }
  const table: Record<string, SizeSpec> = {};
  for (const name of names) {
    const size = readSize(name, value[name], problems);
    if (size) table[name] = size;
  }
  return table;
}

function readSize(name: string, raw: unknown, problems: string[]): SizeSpec | undefined {
  const before = problems.length;
  if (!namePattern.test(name))
    problems.push(
      `${name}: a size name is lowercase letters, digits and '-', at most 63 characters`,
    );
  if (!isMapping(raw)) {
    problems.push(`${name}: must be a mapping with cpus and memory (gpus, hardware optional)`);
    return undefined;
  }
  for (const key of Object.keys(raw))
    if (!fields.has(key))
      problems.push(`${name}.${key}: not a size field; use cpus, memory, gpus, hardware`);
  const cpus = raw.cpus;
  if (typeof cpus !== 'number' || !(cpus > 0) || cpus > 1024)
    problems.push(
      `${name}.cpus: must be a number of CPUs above 0 (fractions allowed), e.g. 2 or 0.5`,
    );
  const memoryBytes = memoryOf(raw.memory);
  if (memoryBytes === undefined)
    problems.push(
      `${name}.memory: must be an amount with a unit, at least 6MiB, e.g. 512MiB or 16GiB`,
    );
  const gpus = raw.gpus ?? 0;
  if (typeof gpus !== 'number' || !Number.isInteger(gpus) || gpus < 0 || gpus > 64)
    problems.push(`${name}.gpus: must be a whole number of GPUs, 0 to 64`);
  const count = typeof gpus === 'number' ? gpus : 0;
  const hardware = count > 0 ? 'gpu' : 'cpu';
  if (raw.hardware !== undefined && raw.hardware !== hardware)
    problems.push(
      raw.hardware === 'cpu' || raw.hardware === 'gpu'
        ? `${name}.hardware: a size with ${count === 0 ? 'no GPU' : `${count} GPU${count > 1 ? 's' : ''}`} is ${hardware} hardware; set hardware: ${hardware} or leave it out`
        : `${name}.hardware: must be cpu or gpu (or left out: it follows gpus)`,
    );
  if (problems.length > before) return undefined;
  return {
    cpus: cpus as number,
    memoryBytes: memoryBytes as number,
    gpus: count,
    hardware,
  };
}

function memoryOf(raw: unknown): number | undefined {
  if (typeof raw !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*(KiB|MiB|GiB|TiB)$/.exec(raw.trim());
  if (!match) return undefined;
  const bytes = Math.round(Number(match[1]) * (units[match[2] ?? ''] ?? 0));
  return bytes >= minMemoryBytes && Number.isSafeInteger(bytes) ? bytes : undefined;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
