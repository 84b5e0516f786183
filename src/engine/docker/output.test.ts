import { describe, expect, it } from 'vitest';
import { byTimestamp, demultiplex } from './output.js';

function frame(stream: 1 | 2, text: string): Buffer {
  const payload = Buffer.from(text);
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

describe('docker output', () => {
  it('joins multiplexed stdout and stderr frames', () => {
    expect(demultiplex(Buffer.concat([frame(1, 'out\n'), frame(2, 'err\n')]))).toBe('out\nerr\n');
  });

  it('passes a plain (TTY) stream through', () => {
    expect(demultiplex(Buffer.from('plain text that is long enough\n'))).toBe(
      'plain text that is long enough\n',
    );
  });

  it('orders lines by their timestamps, padding trimmed nanoseconds, and drops the stamps', () => {
    const text = [
      '2026-11-22T00:00:01.5Z second',
      '2026-11-22T00:00:01.45Z first',
      '2026-11-22T00:00:01Z zeroth',
      '2026-11-22T00:00:02.000000001Z third',
    ].join('\n');
    expect(byTimestamp(text)).toBe('zeroth\nfirst\nsecond\nthird\n');
  });
});
