import { describe, expect, it } from 'vitest';
import { jobUnitOf, type ListedService } from './job-units.js';
import { repositoryOf } from './images.js';
import type { SwarmTask } from './tasks.js';

function service(labels: Record<string, string> = {}): ListedService {
  return {
    ID: 'svc1',
    Version: { Index: 7 },
    CreatedAt: '2026-12-06T06:00:00.000Z',
    UpdatedAt: '2026-12-06T06:00:40.000Z',
    Spec: {
      Name: 'berth-t-etl-h0123456789-0-a1',
      Labels: { 'berth.spec-hash': 'abc', 'berth.run': 'h0123456789-0', ...labels },
    } as unknown as ListedService['Spec'],
  };
}

function task(state: string, extra: Partial<SwarmTask['Status']> = {}): SwarmTask {
  return {
    ID: 'task1',
    ServiceID: 'svc1',
    CreatedAt: '2026-12-06T06:00:01.000Z',
    DesiredState: 'complete',
    Spec: {},
    Status: { State: state, Timestamp: '2026-12-06T06:00:09.000Z', ...extra },
  };
}

describe('a job attempt on Swarm as a unit', () => {
  it.each([
    ['pending', 'running', undefined, undefined],
    ['preparing', 'running', undefined, undefined],
    ['running', 'running', undefined, undefined],
    ['complete', 'exited', 0, '2026-12-06T06:00:09.000Z'],
    ['failed', 'exited', 3, '2026-12-06T06:00:09.000Z'],
  ] as const)('a task %s is a unit %s, exit code %s', (state, status, exitCode, finished) => {
    const unit = jobUnitOf(service(), [task(state, { ContainerStatus: { ExitCode: 3 } })]);
    expect([unit.id, unit.status, unit.exitCode, unit.specHash]).toEqual([
      'svc1',
      status,
      exitCode,
      'abc',
    ]);
    expect(unit.startedAt?.toISOString()).toBe('2026-12-06T06:00:01.000Z');
    expect(unit.finishedAt?.toISOString()).toBe(finished);
  });

  it('counts a task Swarm shut down or rejected without an exit code as no success', () => {
    const unit = jobUnitOf(service(), [task('rejected', { ContainerStatus: { ExitCode: 0 } })]);
    expect([unit.status, unit.exitCode, unit.error]).toEqual(['exited', undefined, undefined]);
  });

  it('takes the exit code of a container that ran, also 0 from a task Swarm marked failed after it', () => {
    const ran = (code: number) =>
      task('failed', {
        Err: 'failed to remove the network attachment',
        ContainerStatus: { ContainerID: 'c1', ExitCode: code },
      });
    expect(jobUnitOf(service(), [ran(0)]).exitCode).toBe(0);
    expect(jobUnitOf(service(), [ran(0)]).error).toBeUndefined();
    expect(jobUnitOf(service(), [ran(2)]).exitCode).toBe(2);
  });

  it("keeps Swarm's reason for a task it refused, which never ran", () => {
    const refused = task('rejected', { Err: 'No such image: etl:9' });
    const unit = jobUnitOf(service(), [refused]);
    expect([unit.status, unit.exitCode, unit.error]).toEqual([
      'exited',
      undefined,
      'No such image: etl:9',
    ]);
    const failed = task('failed', {
      Err: 'task: non-zero exit (3)',
      ContainerStatus: { ExitCode: 3 },
    });
    expect(jobUnitOf(service(), [failed]).error).toBeUndefined();
  });

  it('reads the newest task of the service', () => {
    const old = { ...task('failed'), ID: 'old', CreatedAt: '2026-12-06T06:00:00.500Z' };
    const unit = jobUnitOf(service(), [task('running'), old]);
    expect(unit.status).toBe('running');
  });

  it('is running while Swarm has not made its task yet', () => {
    expect(jobUnitOf(service(), []).status).toBe('running');
  });

  it('is a record that never runs when skipped', () => {
    const unit = jobUnitOf(service({ 'berth.skipped': 'Forbid' }), []);
    expect(unit.status).toBe('created');
  });

  it('keeps the mark, and the start, of an attempt whose task Swarm removed as it stopped it', () => {
    const unit = jobUnitOf(
      service({
        'berth.mark': 'deadline-exceeded',
        'berth.started-at': '2026-12-06T06:00:01.000Z',
      }),
      [],
    );
    expect(unit).toMatchObject({ status: 'exited', mark: 'deadline-exceeded' });
    expect(unit.startedAt?.toISOString()).toBe('2026-12-06T06:00:01.000Z');
    expect(unit.finishedAt?.toISOString()).toBe('2026-12-06T06:00:40.000Z');
  });

  it('ignores a mark label berth does not know', () => {
    expect(jobUnitOf(service({ 'berth.mark': 'other' }), []).mark).toBeUndefined();
  });
});

describe('the repository of an image reference', () => {
  it.each([
    ['busybox:1', 'busybox'],
    ['registry:5000/team/model:1', 'registry:5000/team/model'],
    ['registry:5000/team/model', 'registry:5000/team/model'],
  ])('%s → %s', (image, repository) => {
    expect(repositoryOf(image)).toBe(repository);
  });
});
