// Reading what Docker sends back for logs and exec output.

/** Interleaves stdout and stderr lines in the order they were written, without the timestamps. */
export function byTimestamp(text: string): string {
  const lines = text.split('\n').filter(Boolean);
  const stamped = lines.map((line) => {
    const space = line.indexOf(' ');
    // RFC 3339 with nanoseconds, trailing zeros trimmed: pad the fraction so text order is time order.
    const at = line
      .slice(0, space)
      .replace(/(?:\.(\d+))?Z$/, (_m, f: string | undefined) => `.${(f ?? '').padEnd(9, '0')}Z`);
    return { at, text: line.slice(space + 1) };
  });
  stamped.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return stamped.map((l) => `${l.text}\n`).join('');
}

/** Docker multiplexes stdout/stderr in 8-byte framed chunks when there is no TTY. */
export function demultiplex(buffer: Buffer): string {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset + 8 <= buffer.length) {
    const kind = buffer[offset];
    const size = buffer.readUInt32BE(offset + 4);
    if (kind === undefined || kind > 2 || buffer[offset + 1] !== 0) return buffer.toString('utf8');
    parts.push(buffer.subarray(offset + 8, offset + 8 + size));
    offset += 8 + size;
  }
  return Buffer.concat(parts).toString('utf8');
}
