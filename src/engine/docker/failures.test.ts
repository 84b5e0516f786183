// The one classification of Docker Engine failures, from what the engine answers.
import { describe, expect, it } from 'vitest';
import { NotFoundError, TransientError } from '../../errors.js';
import { EngineFailure, remedyFor } from '../failures.js';
import { ImageError } from '../types.js';
import { classifyDockerError } from './failures.js';

/** An error as dockerode reports an answer of the engine. */
function answer(statusCode: number, message: string): Error {
  return Object.assign(new Error(`(HTTP code ${statusCode}) ${message}`), {
    statusCode,
    json: { message },
  });
}

describe('classifying Docker engine failures', () => {
  it.each([
    [
      'the socket is missing',
      Object.assign(new Error('connect ENOENT'), { code: 'ENOENT' }),
      'retry-with-back-off',
    ],
    [
      'the engine refuses connections',
      Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }),
      'retry-with-back-off',
    ],
    [
      'the connection drops',
      Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      'retry-with-back-off',
    ],
    ['a task of an earlier life is left', answer(500, 'task 3f2a: already exists'), 'replace'],
    [
      'the endpoint store fails',
      answer(500, 'failed to get endpoint from store: failed to decode'),
      'replace',
    ],
    ['the network vanished (start)', answer(404, 'network 6c6f32a2e953 not found'), 'replace'],
    ['the network vanished (create)', answer(404, 'No such network: berth-default'), 'replace'],
    [
      'the container is dead',
      answer(409, 'container is marked for removal and cannot be started'),
      'replace',
    ],
    ['the container is gone', answer(404, 'No such container: abc'), 'retry-now'],
    [
      'the container is busy',
      answer(409, 'removal of container abc is already in progress'),
      'retry-now',
    ],
    ['the engine fails otherwise', answer(500, 'context deadline exceeded'), 'retry-with-back-off'],
    ['the request is bad', answer(400, 'invalid reference format'), 'user-error'],
  ])('%s: %s', (_what, error, remedy) => {
    expect(remedyFor(classifyDockerError(error, 'start container abc', 'the local socket'))).toBe(
      remedy,
    );
  });

  it('keeps the engine unreachable a TransientError, a gone container a NotFoundError, and says what berth did', () => {
    const refused = Object.assign(new Error('refused'), { code: 'ECONNREFUSED' });
    expect(classifyDockerError(refused, 'list containers', 'unix:///x.sock')).toBeInstanceOf(
      TransientError,
    );
    const gone = classifyDockerError(
      answer(404, 'No such container: abc'),
      'start container abc',
      '',
    );
    expect(gone).toBeInstanceOf(NotFoundError);
    const lost = classifyDockerError(
      answer(404, 'network 6c6f not found'),
      'start container abc',
      '',
    );
    if (!(lost instanceof EngineFailure)) throw new Error('not an EngineFailure');
    expect([lost.lost, lost.message]).toEqual([
      'network',
      'docker: start container abc: network 6c6f not found',
    ]);
  });

  it("reads an image that cannot be had as the user's to fix", () => {
    expect(remedyFor(new ImageError('cannot pull image x'))).toBe('user-error');
  });
});
