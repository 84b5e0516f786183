import { describe, expect, it } from 'vitest';
import {
  escapeData,
  escapeProperty,
  formatProblemsGithub,
  formatProblemsJson,
  formatProblemsText,
  summaryLine,
} from './format.js';
import type { Revision } from './load.js';

const problems = [
  {
    file: 'jobs/etl.yaml',
    line: 9,
    col: 13,
    path: 'spec.schedule',
    message: 'schedule "0 */5 * * * *" has 6 fields',
  },
  {
    file: 'jobs/etl.yaml',
    line: 12,
    col: 3,
    path: '',
    message: 'invalid YAML: 100% broken,\nreally',
  },
  { file: 'api.yaml', line: 1, col: 1, path: 'metadata.labels["a,b:c"]', message: 'bad' },
];

const revision = (
  list = problems,
): Pick<Revision, 'root' | 'files' | 'resources' | 'problems'> => ({
  root: '/repo/resources',
  files: ['api.yaml', 'jobs/etl.yaml', 'x.yaml'],
  resources: [],
  problems: list,
});

describe('text', () => {
  it('prints file:line:col, field path and message, relative to the current directory, then a summary', () => {
    expect(formatProblemsText(revision(), '/repo')).toBe(
      [
        'resources/jobs/etl.yaml:9:13  spec.schedule  schedule "0 */5 * * * *" has 6 fields',
        'resources/jobs/etl.yaml:12:3  invalid YAML: 100% broken,\nreally',
        'resources/api.yaml:1:1  metadata.labels["a,b:c"]  bad',
        '3 problems in 2 files',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [[], 3, '3 files, 0 resources: no problems'],
    [problems.slice(0, 1), 1, '1 problem in 1 file'],
  ])('summarises %#', (list, _files, line) => {
    expect(summaryLine(revision(list))).toBe(line);
  });
});

describe('json', () => {
  it('is an object with ok, counts and the problems', () => {
    expect(
      JSON.parse(formatProblemsJson(revision(problems.slice(0, 1)), '/repo/resources')),
    ).toEqual({
      ok: false,
      files: 3,
      resources: 0,
      problems: [problems[0]],
    });
  });
});

describe('github', () => {
  it('prints one workflow annotation per problem, escaped as GitHub requires', () => {
    expect(formatProblemsGithub(revision(), '/repo').split('\n')).toEqual([
      '::error file=resources/jobs/etl.yaml,line=9,col=13,title=spec.schedule::schedule "0 */5 * * * *" has 6 fields',
      '::error file=resources/jobs/etl.yaml,line=12,col=3::invalid YAML: 100%25 broken,%0Areally',
      '::error file=resources/api.yaml,line=1,col=1,title=metadata.labels["a%2Cb%3Ac"]::bad',
      '3 problems in 2 files',
      '',
    ]);
  });

  it.each([
    ['a%b\r\nc', 'a%25b%0D%0Ac', 'a%25b%0D%0Ac'],
    ['x:y,z', 'x:y,z', 'x%3Ay%2Cz'],
  ])('escapes %j', (text, data, property) => {
    expect(escapeData(text)).toBe(data);
    expect(escapeProperty(text)).toBe(property);
  });
});
