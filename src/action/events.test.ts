import { describe, expect, it } from 'vitest';
import { readEvents, type ServerEvent } from './events.js';

async function eventsOf(chunks: string[]): Promise<ServerEvent[]> {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  const events: ServerEvent[] = [];
  for await (const event of readEvents(body)) events.push(event);
  return events;
}

describe('server-sent events', () => {
  it.each([
    ['whole events', ['event: status\ndata: {"a":1}\n\n', 'event: done\ndata: {}\n\n']],
    [
      'events split anywhere',
      ['event: sta', 'tus\ndata: {"a"', ':1}\n', '\nevent: done\ndata: {}\n\n'],
    ],
    ['CRLF line ends', ['event: status\r\ndata: {"a":1}\r\n\r\nevent: done\r\ndata: {}\r\n\r\n']],
  ])('reads %s', async (_name, chunks) => {
    expect(await eventsOf(chunks)).toEqual([
      { name: 'status', data: '{"a":1}' },
      { name: 'done', data: '{}' },
    ]);
  });

  it('skips comments and events without data, joins data lines, and drops an unfinished event', async () => {
    expect(
      await eventsOf([
        ': keep-alive\n\n',
        'event: ping\n\n',
        'data: one\ndata: two\n\n',
        'event: cut\ndata: x',
      ]),
    ).toEqual([{ name: 'message', data: 'one\ntwo' }]);
  });
});
