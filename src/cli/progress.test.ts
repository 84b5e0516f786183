import { describe, expect, it } from 'vitest';
import type { ResourceStatus } from '../reconcile/status.js';
import { coalescingWriter, createProgress } from './progress.js';

function status(key: string, state: ResourceStatus['state'], message: string): ResourceStatus {
  const [kind = '', name = ''] = key.split('/');
  return {
    key,
    kind,
    name,
    owner: undefined,
    state,
    reason: undefined,
    message,
    replicas: { desired: 1, ready: state === 'Ready' ? 1 : 0 },
    revision: 'r1',
    updatedAt: '',
    history: [],
  };
}

describe('apply progress', () => {
  it('prints one plain line per change of state when the output is not a terminal', () => {
    let out = '';
    const progress = createProgress((text) => (out += text), false);
    progress.update(status('Deployment/a', 'Progressing', 'converging'));
    progress.update(status('Deployment/a', 'Progressing', 'converging'));
    progress.update(status('Deployment/a', 'Ready', '1/1 replicas ready'));
    expect(out).toBe(
      '⟳ Deployment/a  Progressing 0/1  converging\n✓ Deployment/a  Ready 1/1  1/1 replicas ready\n',
    );
  });

  it('redraws the line of a resource in place on a terminal', () => {
    let out = '';
    const progress = createProgress((text) => (out += text), true);
    progress.update(status('Deployment/a', 'Progressing', 'converging'));
    progress.update(status('Deployment/b', 'Progressing', 'converging'));
    progress.update(status('Deployment/a', 'Failed', 'crash loop'));
    expect(out).toBe(
      '⟳ Deployment/a  Progressing 0/1  converging\n' +
        '⟳ Deployment/b  Progressing 0/1  converging\n' +
        '\x1b[2A\r\x1b[2K✗ Deployment/a  Failed 0/1  crash loop\x1b[2B\r',
    );
  });
});

describe('coalescing writer', () => {
  it('writes what one turn of the event loop wrote as one write, in order', async () => {
    const writes: string[] = [];
    const out = coalescingWriter((text) => writes.push(text));
    out.write('a\n');
    out.write('b\n');
    expect(writes).toEqual([]);
    await new Promise<void>((resolve) => setImmediate(resolve));
    out.write('c\n');
    out.flush();
    out.flush();
    expect(writes).toEqual(['a\nb\n', 'c\n']);
  });
});
