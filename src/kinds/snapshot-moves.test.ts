import { describe, expect, it } from 'vitest';
import { snapshotMoves } from './snapshot-moves.js';

const label = (text: string) => ({ 'berth.snapshot': text });
const a = 'a'.repeat(40);
const b = 'b'.repeat(40);
const model = 'https://git.example/acme/churn-model.git';
const lib = 'https://git.example/acme/lib.git';

describe('snapshot moves in a plan', () => {
  it('names each repository that moved with its short commits', () => {
    expect(
      snapshotMoves(label(`${model}@${a} ${lib}@${a}`), label(`${model}@${b} ${lib}@${a}`)),
    ).toBe('snapshot churn-model aaaaaaa → bbbbbbb');
  });

  it.each([
    ['nothing moved', label(`${model}@${a}`), label(`${model}@${a}`)],
    ['a unit without snapshots', {}, label(`${model}@${a}`)],
    ['a new repository', label(`${lib}@${a}`), label(`${model}@${b}`)],
  ])('says nothing when %s', (_what, before, after) => {
    expect(snapshotMoves(before, after)).toBeUndefined();
  });
});
