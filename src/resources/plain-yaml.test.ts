// The plain reader must give exactly what the full parser gives, or nothing: every text here,
// written by hand or generated from a seed and then damaged at random, is read both ways.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultLimits, type Limits } from './limits.js';
import { parseResourceFile } from './parse-file.js';
import { readPlainYaml } from './plain-yaml.js';

/** Both readings agree, or the plain reader declined; returns whether it read the text. */
function agree(text: string, limits: Limits = defaultLimits): boolean {
  const plain = readPlainYaml(text, limits);
  if (!plain) return false;
  const full = parseResourceFile(text, limits);
  const context = JSON.stringify(text);
  expect(full.problems, context).toEqual([]);
  expect(plain, context).toEqual(
    full.documents.map((d) => ({
      index: d.index,
      value: d.value,
      line: d.position.line,
      col: d.position.col,
    })),
  );
  return true;
}

const folder = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const filesIn = (dir: string) =>
  readdirSync(folder(dir)).map((name) => readFileSync(folder(`${dir}${name}`), 'utf8'));

const read = [
  'a: 1\n',
  'a: 1',
  '# c\n\n  a: 1\n  b:\n    - x\n',
  '---\na: 1\n',
  '# c\n---\na: 1\n---\n# only a comment\n---\nb: [1, 2]\n---\n',
  '---\n---\na: 1\n',
  'a:\n- x\n- y: 1\n  z: 2\nb: 3\n',
  'a:\n  - name: x\n    value:\n      - 1\n  -\n  - ~\nb:\n',
  'k: { a: 1, b: [x, "y", \'z\'], c: {} , d: [] }\n',
  'k: [user:carol, group:analytics, a:b:c, http://x/y]\n',
  'k: "esc \\n \\t \\" \\\\ \\/ \\u00e9 \\x41 \\U0001F600 \\_ \\N"\n',
  "k: 'it''s' # comment\n",
  'k: a #b\nl: a#b\nm: a :b\nn: -x\no: --y z\n',
  'n: [0o17, 017, 0x1F, -0, +3, .5, 1., 1e3, -1.5E-2, .inf, -.Inf, .nan, 1_000, 0b1]\n',
  'b: [true, True, TRUE, tRUE, false, null, Null, NULL, ~, nULL, yes, no, on]\n',
  '"quoted key": 1\n\'single\': 2\n"": 3\n',
  'image: registry.example.com/team/etl@sha256:abab\ncommand: uvicorn app:api --port 8000\n',
  'a: é ü — 😀\n',
  'a:    spaced   \nb:  \n',
  'list:\n  -   a\n  -    b: 1\n       c: 2\n',
  'constructor: 1\ntoString: 2\nhasOwnProperty: 3\n',
  'a: [[1, [2]], {b: {c: [d]}}]\n',
  'x: ---\ny: ...\nz: "---"\n',
  'a: <<\n',
  'a: |\n  text\n',
  'a: >\n  text\n',
  'a: 1\nb: |-\n  x\n  # not a comment\n\n    more\n\nc: 2\n',
  'a: > # folded\n  one\n  two\n\n  three\n    indented\n  four\n\n\n',
  'a: >-\n  one\n\n\n  two\n',
  'l:\n- |\n  x\n- key: |\n    y\n  other: >\n    z\n',
  'a:\n  b: |\n   three spaces\n  c: 1\n---\nd: |\n  last',
  'a: b\n  c\n',
  'a: one two  \n   three\n\n\n   four\nb: 1\n',
  'l:\n- a\n  b\n- c:  d\n    e\n',
  'a: "b\n  c"\n',
  "a: 'it''s\n  over ''two'' lines'\nb: 1\n",
  'a: "  lead  \n     mid   \n\n\n  # not a comment\n\n  end"  # a comment\nb: 2\n',
  'l:\n- "one\n  two"\n- k: \'x\n    y\'\n  j: "p: q\n    - r"\n',
  'a:\n  b: "deep\n   er"\n  c: 1\n',
];

const declined = [
  'a: &x 1\nb: *x\n',
  'a: !!str 1\n',
  'a: |+\n  text\n',
  'a: |2\n  text\n',
  'a: |\n\n  text\n',
  'a: |\n  text\n      \nb: 1\n',
  'a: |\nb: 1\n',
  'a: >\n    more\n  less\n',
  'a: b # c\n  d\n',
  'a: b\n  # c\n  d\n',
  'a: b\n  c: d\n',
  'a: "b\\n\n  c"\n',
  'a: "b\n  c\\\n  d"\n',
  'a: "b\n  "\n',
  'a: "b\nc"\n',
  'l:\n  - "b\n  c"\n',
  'a: "b\n  c" d\n',
  'a:\n  "b\n  c": 1\n',
  'a: [1,\n  2]\n',
  'a:\tb\n',
  'a: 1\r\nb: 2\r\n',
  '\ufeffa: 1\n',
  '%YAML 1.2\n---\na: 1\n',
  'a: 1\n...\n',
  'a: 1\na: 2\n',
  '<<: {a: 1}\n',
  '__proto__: 1\n',
  '1: a\n',
  'true: a\n',
  'null: a\n',
  '- a\n- b\n',
  'just a scalar\n',
  '[a, b]\n',
  '? a\n: b\n',
  'a: b: c\n',
  'a: - b\n',
  'a:\n  b: 1\n c: 2\n',
  'a:\n  - b\n  c: 1\n',
  'a : 1\n',
  'a: [1, 2, ]\n',
  'a: {b}\n',
  'a: {b:1}\n',
  'a: "b"c\n',
  'a: "b"#c\n',
  '- - a\n',
  'a: @b\n',
  'a: `b`\n',
  'a: %b\n',
  'a: ,b\n',
  `${'k'.repeat(1001)}: 1\n`,
];

describe('readPlainYaml', () => {
  it.each(read.map((text) => [JSON.stringify(text), text]))(
    'reads %s as the full parser does',
    (_name, text) => {
      expect(agree(text)).toBe(true);
    },
  );

  it.each(declined.map((text) => [JSON.stringify(text), text]))(
    'leaves %s to the full parser',
    (_name, text) => {
      expect(readPlainYaml(text, defaultLimits)).toBeUndefined();
    },
  );

  it('reads every example as the full parser does', () => {
    for (const text of filesIn('../../examples/resources/')) expect(agree(text)).toBe(true);
  });

  it('agrees with the full parser on every invalid fixture it reads', () => {
    for (const text of filesIn('../../test/fixtures/invalid/')) agree(text);
  });

  it('leaves a file over a limit to the full parser, which reports it', () => {
    const limits = { ...defaultLimits, maxDepth: 3, maxScalars: 6, maxDocuments: 2 };
    expect(readPlainYaml('a: 1\nb: 2\n', limits)).toBeDefined();
    expect(readPlainYaml('a: {b: {c: 1}}\n', limits)).toBeDefined();
    expect(readPlainYaml('a: {b: {c: {d: 1}}}\n', limits)).toBeUndefined();
    expect(readPlainYaml('a: [1, 2, 3, 4, 5, 6]\n', limits)).toBeUndefined();
    expect(readPlainYaml('a: 1\n---\nb: 1\n---\nc: 1\n', limits)).toBeUndefined();
  });

  it('agrees with the full parser on generated and damaged texts', () => {
    const random = seeded(20261122);
    const read = { intact: 0, damaged: 0 };
    const cases = 3000;
    for (let i = 0; i < cases; i++) {
      let text = renderFile(random);
      const damage = Math.floor(random() * 4);
      for (let d = 0; d < damage; d++) text = mutate(text, random);
      if (agree(text)) read[damage === 0 ? 'intact' : 'damaged'] += 1;
    }
    // Most texts are read both ways, so the comparison is not vacuous.
    expect(read.intact).toBeGreaterThan(cases / 15);
    expect(read.damaged).toBeGreaterThan(cases / 15);
  });

  it('agrees with the full parser on lines put together at random indentations', () => {
    const random = seeded(4242);
    let plainRead = 0;
    const cases = 30_000;
    for (let i = 0; i < cases; i++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 8) }, () => {
        const line = pick(random, soup);
        return line === '' || line === '---' ? line : ' '.repeat(random() * 5) + line;
      });
      if (agree(lines.join('\n') + (random() < 0.7 ? '\n' : ''))) plainRead += 1;
    }
    expect(plainRead).toBeGreaterThan(cases / 20);
  });
});

const soup = [
  ...['a: |', 'b: >-', 'c: |-', 'd: >', '- |', '- k: >', '- k: |-', 'text', 'more text', '# c'],
  ...['x: 1', 'y:', '- y', '- z: 2', '', '---', 'e: [1, 2]', 'f: {g: h}', "q: 'it''s'"],
  ...['r: "a\\tb"', 'w: a b # c', 'a: |', 'x: 2', '-', 'k:', 'b c', 'z: y'],
];

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

const keys = ['a', 'b', 'name', 'spec', 'x-y', 'k_1', '"q k"', "'s'", 'a b', 'é', 'URL', 'on'];
const scalars = [
  'x',
  'b c',
  'x:y',
  'http://h/p?q=1',
  '1',
  '-1',
  '0o7',
  '0x1F',
  '1.5',
  '1e3',
  '.inf',
  '.NaN',
  'true',
  'False',
  'null',
  '~',
  "'q'",
  '"d q"',
  '"e \\n \\u00e9"',
  "'it''s'",
  '-x',
  'a#b',
  '2026-11',
  '"a: b"',
  "''",
  '""',
  'é',
  '0 2 * * *',
  'a,b',
  'x # note',
];

function renderFile(random: Random): string {
  const documents = 1 + Math.floor(random() * 3);
  const parts: string[] = [];
  for (let d = 0; d < documents; d++) {
    const marker = d > 0 || random() < 0.2 ? '---\n' : '';
    const comment = random() < 0.3 ? '# a comment\n' : '';
    parts.push(`${marker}${comment}${renderMapping(random, 0, 0)}`);
  }
  return parts.join('');
}

function renderMapping(random: Random, indent: number, depth: number): string {
  const pad = ' '.repeat(indent);
  const step = 1 + Math.floor(random() * 3);
  let text = '';
  const count = 1 + Math.floor(random() * 4);
  const offset = Math.floor(random() * keys.length);
  for (let i = 0; i < count; i++) {
    const key = keys[(offset + i) % keys.length] ?? 'k';
    text += `${pad}${key}:${renderValue(random, indent, step, depth)}`;
  }
  return text;
}

const blockLines = ['text', 'more text', '# not a comment', '', '  indented', 'a: b', '- c', '   '];

function renderValue(random: Random, indent: number, step: number, depth: number): string {
  const roll = random();
  if (roll < 0.04) {
    const pad = ' '.repeat(indent + 1 + Math.floor(random() * 3));
    const count = Math.floor(random() * 4);
    const body = ['text', ...Array.from({ length: count }, () => pick(random, blockLines))];
    const header = `${pick(random, ['|', '>'])}${pick(random, ['', '', '-', '-', '+', '2'])}`;
    return ` ${header}\n${body.map((line) => (line === '' ? '' : pad + line)).join('\n')}\n`;
  }
  if (roll < 0.08) {
    const pad = ' '.repeat(indent + 1 + Math.floor(random() * 3));
    const more = pick(random, ['b c', '', 'x:y', '1', 'b c', '', '- z', '# c', 'd: e', '"q"']);
    const first = pick(random, ['x', 'b c', '1', 'x:y', '-x', "'q'"]);
    return ` ${first}\n${more === '' ? '' : pad + more}\n${pad}${pick(random, scalars)}\n`;
  }
  if (depth > 3 || roll < 0.45) return ` ${pick(random, scalars)}\n`;
  if (roll < 0.55) return ` ${renderFlow(random, depth)}\n`;
  if (roll < 0.6) return random() < 0.5 ? '\n' : ' # nothing\n';
  if (roll < 0.8) return `\n${renderMapping(random, indent + step, depth + 1)}`;
  const dashes = random() < 0.3 ? indent : indent + step;
  let text = '\n';
  const count = 1 + Math.floor(random() * 3);
  for (let i = 0; i < count; i++) {
    const pad = ' '.repeat(dashes);
    if (random() < 0.4) {
      const inner = renderMapping(random, dashes + 2, depth + 1);
      text += `${pad}- ${inner.slice(dashes + 2)}`;
    } else text += `${pad}-${renderValue(random, dashes, 2, depth + 1)}`;
  }
  return text;
}

function renderFlow(random: Random, depth: number): string {
  const count = Math.floor(random() * 3);
  const items = Array.from({ length: count }, () =>
    depth < 3 && random() < 0.2 ? renderFlow(random, depth + 1) : pick(random, scalars),
  );
  if (random() < 0.5) return `[${items.join(', ')}]`;
  return `{ ${items.map((v, i) => `k${i}: ${v}`).join(', ')} }`;
}

const noise = [
  ...' :-#[]{},\'"&*!|>?\\.0~@%`\t\r\n'.split(''),
  ': ',
  ' #',
  '- ',
  '\n  ',
  '\n---\n',
  '<<: ',
  '\\u',
];

function mutate(text: string, random: Random): string {
  const at = Math.floor(random() * (text.length + 1));
  const roll = random();
  if (roll < 0.4) return text.slice(0, at) + pick(random, noise) + text.slice(at);
  if (roll < 0.6) return text.slice(0, at) + text.slice(at + 1);
  const lines = text.split('\n');
  const line = Math.floor(random() * lines.length);
  if (roll < 0.8) lines.splice(line, 0, lines[line] ?? '');
  else lines[line] = (random() < 0.5 ? ' ' : '') + (lines[line] ?? '').replace(/^ /, '');
  return lines.join('\n');
}
