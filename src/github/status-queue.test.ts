import { describe, expect, it } from 'vitest';
import { silentLogger } from '../log.js';
import { manualClock } from '../../test/support/manual-clock.js';
import { createStatusQueue, fitDescription, type Attempt } from './status-queue.js';
import type { CommitStatus } from './types.js';

function status(context: string, description: string): CommitStatus {
  return { sha: 'abc123', context, state: 'pending', description };
}

/** A GitHub whose answers the test hands out one by one. */
function heldGitHub() {
  const waiting: { status: CommitStatus; answer: (attempt: Attempt) => void }[] = [];
  return {
    waiting,
    send: (sent: CommitStatus) =>
      new Promise<Attempt>((answer) => {
        waiting.push({ status: sent, answer });
      }),
    answerAll(attempt: Attempt) {
      for (const request of waiting.splice(0)) request.answer(attempt);
    },
  };
}

async function settle() {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe('status queue', () => {
  it('sends one status per context at a time and at most four contexts at once', async () => {
    const github = heldGitHub();
    const queue = createStatusQueue({
      send: github.send,
      clock: manualClock(),
      logger: silentLogger(),
    });
    for (const context of ['a', 'b', 'c', 'd', 'e']) {
      queue.post(status(context, `${context}1`));
      queue.post(status(context, `${context}2`));
    }

    expect(github.waiting.map((r) => r.status.description)).toEqual(['a1', 'b1', 'c1', 'd1']);
    const sent: string[] = [];
    while (github.waiting.length > 0) {
      sent.push(...github.waiting.map((r) => r.status.description));
      github.answerAll({ outcome: 'delivered' });
      await settle();
    }
    expect(sent).toEqual(['a1', 'b1', 'c1', 'd1', 'a2', 'b2', 'c2', 'd2', 'e1', 'e2']);
    await queue.idle();
  });

  it('backs off from one second, doubling to a minute, and starts again from a second after a delivery', async () => {
    const clock = manualClock();
    const github = heldGitHub();
    const queue = createStatusQueue({ send: github.send, clock, logger: silentLogger() });
    queue.post(status('berth', 'applying'));

    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      github.answerAll({ outcome: 'retry', httpStatus: 503 });
      await settle();
      const before = clock.now();
      while (github.waiting.length === 0) clock.advance(500);
      waits.push(clock.now() - before);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);

    github.answerAll({ outcome: 'delivered' });
    await queue.idle();
    queue.post(status('berth', 'ready'));
    github.answerAll({ outcome: 'retry', httpStatus: 502 });
    await settle();
    const before = clock.now();
    while (github.waiting.length === 0) clock.advance(500);
    expect(clock.now() - before).toBe(1000);
    github.answerAll({ outcome: 'delivered' });
    await queue.idle();
  });

  it.each([
    ['a short description', 'Deployment churn-api ready (2/2)', 'Deployment churn-api ready (2/2)'],
    ['exactly 139 characters', 'x'.repeat(139), 'x'.repeat(139)],
    ['140 characters', 'x'.repeat(140), `${'x'.repeat(138)}…`],
    ['characters outside the BMP', '🚢'.repeat(150), `${'🚢'.repeat(138)}…`],
  ])('fits %s into a commit status description', (_name, description, fitted) => {
    expect(fitDescription(description)).toBe(fitted);
  });
});
