import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSizesFile, readSizesFile } from './size-file.js';
import { builtinSizes, sizeNamed } from './sizes.js';

const GiB = 1024 ** 3;

describe('the sizes file', () => {
  it('extends the built-in table and overrides a size of the same name', () => {
    const table = parseSizesFile(
      [
        'gpu-small: { cpus: 1, memory: 2GiB, gpus: 1 }',
        'medium:',
        '  cpus: 0.5',
        '  memory: 512MiB',
        '  hardware: cpu',
      ].join('\n'),
      'sizes.yaml',
    );
    expect(table['gpu-small']).toEqual({ cpus: 1, memoryBytes: 2 * GiB, gpus: 1, hardware: 'gpu' });
    expect(table.medium).toEqual({ cpus: 0.5, memoryBytes: GiB / 2, gpus: 0, hardware: 'cpu' });
    expect(table.g4dnxlarge).toEqual(builtinSizes.g4dnxlarge);
    expect(Object.keys(table)).toEqual([...Object.keys(builtinSizes), 'gpu-small']);
  });

  it('knows only its own names: `constructor` is no size', () => {
    const table = parseSizesFile('tiny: { cpus: 1, memory: 1GiB }', 'sizes.yaml');
    expect(sizeNamed(table, 'tiny')?.cpus).toBe(1);
    expect(sizeNamed(table, 'constructor')).toBeUndefined();
    expect(sizeNamed(builtinSizes, 'toString')).toBeUndefined();
  });

  it('lists every problem of the file at once and names the file', () => {
    const text = [
      'Big_One: { cpus: 2, memory: 1GiB }',
      'tiny: { cpus: 0, memory: 1MiB, color: red }',
      'odd: { cpus: 1, memory: 1 gig, gpus: 1.5 }',
      'liar: { cpus: 1, memory: 1GiB, gpus: 0, hardware: gpu }',
      'list: [1, 2]',
    ].join('\n');
    expect(() => parseSizesFile(text, 'conf/sizes.yaml')).toThrow(
      [
        'sizes file conf/sizes.yaml is not valid; fix it and start again:',
        "  Big_One: a size name is lowercase letters, digits and '-', at most 63 characters",
        '  tiny.color: not a size field; use cpus, memory, gpus, hardware',
        '  tiny.cpus: must be a number of CPUs above 0 (fractions allowed), e.g. 2 or 0.5',
        '  tiny.memory: must be an amount with a unit, at least 6MiB, e.g. 512MiB or 16GiB',
        '  odd.memory: must be an amount with a unit, at least 6MiB, e.g. 512MiB or 16GiB',
        '  odd.gpus: must be a whole number of GPUs, 0 to 64',
        '  liar.hardware: a size with no GPU is cpu hardware; set hardware: cpu or leave it out',
        '  list: must be a mapping with cpus and memory (gpus, hardware optional)',
      ].join('\n'),
    );
  });

  it.each([
    ['an empty file', '', 'it must be a mapping of size name'],
    ['a list', '- medium', 'it must be a mapping of size name'],
    ['broken YAML', 'a: [1,', 'it is not YAML'],
    [
      'a duplicate key',
      'a: { cpus: 1, memory: 1GiB }\na: { cpus: 2, memory: 1GiB }',
      'it is not YAML',
    ],
    ['an alias bomb', bomb(), 'it is not YAML'],
    ['a file too large', `x: "${'a'.repeat(70_000)}"`, 'larger than 64 KiB'],
  ])('refuses %s', (_what, text, message) => {
    expect(() => parseSizesFile(text, 's.yaml')).toThrow(message);
  });
});

function bomb(): string {
  const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 8; i++) {
    const prev = String.fromCharCode(96 + i);
    const next = String.fromCharCode(97 + i);
    lines.push(`${next}: &${next} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`);
  }
  return lines.join('\n');
}

describe('reading the sizes file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'berth-sizes-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const good = path.join(dir, 'sizes.yaml');
  writeFileSync(good, 'tiny: { cpus: 1, memory: 1GiB }\n');

  it('reads a regular file, also through a link unless links are refused', () => {
    const link = path.join(dir, 'link.yaml');
    symlinkSync(good, link);
    expect(readSizesFile(good, 'sizes.yaml').tiny?.cpus).toBe(1);
    expect(readSizesFile(link, 'link.yaml').tiny?.cpus).toBe(1);
    expect(() => readSizesFile(link, 'link.yaml', true)).toThrow(
      'the sizes file link.yaml cannot be read (it is a symbolic link); give the path of a YAML file',
    );
  });

  it('refuses a pipe without waiting for a writer, a folder, and reads no more than 64 KiB', () => {
    const fifo = path.join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(() => readSizesFile(fifo, 'fifo')).toThrow('the sizes file fifo is not a regular file');
    expect(() => readSizesFile(dir, 'dir')).toThrow('the sizes file dir is not a regular file');
    const big = path.join(dir, 'big.yaml');
    writeFileSync(big, `x: "${'a'.repeat(200_000)}"`);
    expect(() => readSizesFile(big, 'big.yaml')).toThrow('larger than 64 KiB');
    expect(() => readSizesFile(path.join(dir, 'none.yaml'), 'none.yaml')).toThrow(
      'the sizes file none.yaml cannot be read (ENOENT)',
    );
  });
});
