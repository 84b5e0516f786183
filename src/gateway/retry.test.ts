import { describe, expect, it } from 'vitest';
import { askAnother, mayRepeat, upstreamFailure, type RetryQuestion } from './retry.js';

const get: RetryQuestion = { method: 'GET', headers: {}, failure: 'refused', asked: 1, others: 1 };

describe('asking another replica', () => {
  it.each([
    ['a GET the replica refused', get, true],
    ['a HEAD whose connection was reset', { ...get, method: 'HEAD', failure: 'reset' }, true],
    [
      'an OPTIONS to an unreachable replica',
      { ...get, method: 'OPTIONS', failure: 'unreachable' },
      true,
    ],
    ['a GET with no response headers in time', { ...get, failure: 'no-headers' }, true],
    ['a GET with an empty body', { ...get, headers: { 'content-length': '0' } }, true],
    ['a POST (it may have done its work)', { ...get, method: 'POST' }, false],
    ['a DELETE', { ...get, method: 'DELETE' }, false],
    ['a GET with a body', { ...get, headers: { 'content-length': '13' } }, false],
    ['a GET with a chunked body', { ...get, headers: { 'transfer-encoding': 'chunked' } }, false],
    ['a GET already sent to a second replica', { ...get, asked: 2 }, false],
    ['a GET with no other ready replica', { ...get, others: 0 }, false],
    ['a GET that failed otherwise (not before an answer)', { ...get, failure: 'other' }, false],
  ] as [string, RetryQuestion, boolean][])('%s: %s', (_what, question, expected) => {
    expect(askAnother(question)).toBe(expected);
  });

  it.each([
    ['ECONNREFUSED', 'refused'],
    ['ECONNRESET', 'reset'],
    ['EPIPE', 'reset'],
    ['EHOSTUNREACH', 'unreachable'],
    ['ENETUNREACH', 'unreachable'],
    ['ETIMEDOUT', 'unreachable'],
    ['ERR_SOMETHING', 'other'],
  ])('reads %s as %s', (code, failure) => {
    expect(upstreamFailure(Object.assign(new Error('x'), { code }))).toBe(failure);
  });

  it('reads an error without a code as a failure of another kind', () => {
    expect(upstreamFailure(new Error('the replica did not answer in time'))).toBe('other');
  });

  it('repeats only GET, HEAD and OPTIONS without a body', () => {
    expect(mayRepeat('GET', {})).toBe(true);
    expect(mayRepeat('PUT', {})).toBe(false);
    expect(mayRepeat(undefined, {})).toBe(false);
  });
});
