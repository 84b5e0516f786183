// A container's output on one Docker Engine: the last lines of stdout and stderr in the order
// they were written, or what it prints as it comes until it ends (or the reader goes away).
import { Writable } from 'node:stream';
import type Docker from 'dockerode';
import { NotFoundError } from '../../errors.js';
import { statusOf } from './failures.js';
import { byTimestamp, demultiplex } from './output.js';

type Wrap = (error: unknown, what: string) => Error;

export async function containerLogs(
  docker: Docker,
  id: string,
  tail: number,
  wrap: Wrap,
): Promise<string> {
  const buffer = await docker
    .getContainer(id)
    .logs({ stdout: true, stderr: true, tail, follow: false, timestamps: true })
    .catch((error: unknown) => {
      if (statusOf(error) === 404) throw new NotFoundError(`container ${id.slice(0, 12)} is gone`);
      throw wrap(error, `read logs of ${id.slice(0, 12)}`);
    });
  return byTimestamp(demultiplex(buffer));
}

export async function followContainerLogs(
  docker: Docker,
  id: string,
  options: { tail: number | undefined; signal: AbortSignal | undefined },
  write: (text: string) => void,
  wrap: Wrap,
): Promise<void> {
  const { tail, signal } = options;
  const stream = await docker
    .getContainer(id)
    .logs({ stdout: true, stderr: true, follow: true, ...(tail === undefined ? {} : { tail }) })
    .catch((error: unknown) => {
      if (statusOf(error) === 404) throw new NotFoundError(`container ${id.slice(0, 12)} is gone`);
      throw wrap(error, `follow logs of ${id.slice(0, 12)}`);
    });
  await new Promise<void>((resolve) => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        write(chunk.toString('utf8'));
        done();
      },
    });
    docker.modem.demuxStream(stream, sink, sink);
    const finish = () => {
      stream.removeAllListeners();
      resolve();
    };
    stream.once('end', finish);
    stream.once('error', finish);
    signal?.addEventListener(
      'abort',
      () => {
        (stream as unknown as { destroy(): void }).destroy();
        finish();
      },
      { once: true },
    );
  });
}
