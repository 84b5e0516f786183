import { describe, expect, it } from 'vitest';
import { formatPath, sortProblems, type PathSegment } from './problem.js';
import { closest, describeValue } from './words.js';

describe('formatPath', () => {
  it.each<[PathSegment[], string]>([
    [[], ''],
    [['metadata', 'name'], 'metadata.name'],
    [['spec', 'git', 0, 'path'], 'spec.git[0].path'],
    [['metadata', 'labels', 'app.kubernetes.io/name'], 'metadata.labels["app.kubernetes.io/name"]'],
    [['spec', 'env', 'BERTH_X'], 'spec.env.BERTH_X'],
  ])('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('sortProblems', () => {
  it('sorts by file, line and column and drops exact duplicates', () => {
    const p = (file: string, line: number, col: number, message = 'm') => ({
      file,
      line,
      col,
      path: '',
      message,
    });
    expect(
      sortProblems([
        p('b', 1, 1),
        p('a', 10, 1),
        p('a', 2, 5),
        p('a', 2, 3),
        p('a', 2, 3),
        p('a', 2, 3, 'n'),
      ]),
    ).toEqual([p('a', 2, 3), p('a', 2, 3, 'n'), p('a', 2, 5), p('a', 10, 1), p('b', 1, 1)]);
  });
});

describe('words', () => {
  it.each([
    ['replica', ['replicas', 'port'], 'replicas'],
    ['forbid', ['Allow', 'Forbid'], 'Forbid'],
    ['Deploy', ['Job', 'Deployment'], 'Deployment'],
    ['zzz', ['replicas', 'port'], undefined],
  ])('suggests for %s', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });

  it.each([
    ['x'.repeat(70), `"${'x'.repeat(57)}..."`],
    [[1], 'a list'],
    [{}, 'a mapping'],
    [null, 'nothing'],
    [1.5, '1.5'],
  ])('describes %j', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });
});
