import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRunner } from './runner.js';

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

describe("the runner's contract", () => {
  it('reads inputs as INPUT_<NAME>, upper-cased with spaces as _ and - kept, trimmed', () => {
    const runner = createRunner(
      { 'INPUT_SERVER-URL': ' https://berth.example.com ', INPUT_MY_INPUT: 'x', INPUT_PATH: '' },
      () => undefined,
    );
    expect(runner.input('server-url', '')).toBe('https://berth.example.com');
    expect(runner.input('my input', '')).toBe('x');
    expect(runner.input('path', 'resources')).toBe('resources');
  });

  it('appends multi-line outputs in name<<delimiter blocks and markdown to the job summary', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'berth-runner-'));
    folders.push(dir);
    const output = path.join(dir, 'output');
    const summary = path.join(dir, 'summary');
    const runner = createRunner(
      { GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary },
      () => undefined,
    );
    await runner.setOutput('plan', '### plan\n| a |');
    await runner.summary('### plan');
    const [first, ...rest] = (await readFile(output, 'utf8')).split('\n');
    const delimiter = /^plan<<(ghadelimiter_[0-9a-f-]+)$/.exec(first ?? '')?.[1];
    expect(delimiter).toBeDefined();
    expect(rest).toEqual(['### plan', '| a |', delimiter, '']);
    expect(await readFile(summary, 'utf8')).toBe('### plan\n');
  });

  it('escapes annotations as workflow commands', () => {
    const lines: string[] = [];
    const runner = createRunner({}, (text) => lines.push(text));
    runner.error('50% done\nnext', { file: 'a,b:c.yaml', line: 3 });
    expect(lines).toEqual(['::error title=berth,file=a%2Cb%3Ac.yaml,line=3::50%25 done%0Anext\n']);
  });
});
