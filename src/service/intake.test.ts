import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../test/support/manual-clock.js';
import { silentLogger } from '../log.js';
import type { DesiredRevision, Reconciler } from '../reconcile/loop.js';
import type { Resource } from '../resources/types.generated.js';
import { createSecretStore } from '../secrets/store.js';
import { createIntake } from './intake.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const job = (name: string, secrets: string[]): Resource => ({
  apiVersion: 'berth/v1',
  kind: 'Job',
  metadata: { name, owner: 'group:ds' },
  spec: { image: 'etl:1', secrets },
});

/** A loop that only records the revisions it is given. */
function recordingLoop(set: DesiredRevision[]): Reconciler {
  const loop: Pick<Reconciler, 'setRevision' | 'trigger'> & { status: object } = {
    setRevision: (revision: DesiredRevision) => {
      set.push(revision);
    },
    trigger: () => Promise.resolve(),
    status: { setRevision: () => undefined },
  };
  return loop as unknown as Reconciler;
}

async function setup() {
  const dir = await mkdtemp(path.join(tmpdir(), 'berth-intake-'));
  dirs.push(dir);
  const store = createSecretStore({ dir });
  const set: DesiredRevision[] = [];
  const intake = createIntake({
    reconciler: recordingLoop(set),
    routes: () => undefined,
    clock: manualClock(),
    logger: silentLogger(),
    secrets: store,
  });
  return { store, set, intake };
}

describe('the intake and the secret store', () => {
  it("reads a revision's secrets when it is offered", async () => {
    const { store, set, intake } = await setup();
    await store.write('group:ds', 'DB', 'v1');
    await intake.offer({ id: 'r1', resources: [job('etl', ['DB'])] }, false);
    expect(set.map((r) => r.secrets?.get('group:ds', 'DB')?.value)).toEqual(['v1']);
  });

  it('sets the revision again only when a value it uses changed', async () => {
    const { store, set, intake } = await setup();
    await store.write('group:ds', 'DB', 'v1');
    await store.write('group:ds', 'UNUSED', 'u1');
    await intake.offer({ id: 'r1', resources: [job('etl', ['DB', 'MISSING'])] }, false);
    await intake.refresh();
    await store.write('group:ds', 'UNUSED', 'u2');
    await intake.refresh();
    expect(set).toHaveLength(1);
    await store.write('group:ds', 'DB', 'v2');
    await intake.refresh();
    expect(set.map((r) => [r.id, r.secrets?.get('group:ds', 'DB')?.value])).toEqual([
      ['r1', 'v1'],
      ['r1', 'v2'],
    ]);
    // A secret that appears counts as a change too: the resource that lacked it can run now.
    await store.write('group:ds', 'MISSING', 'here');
    await intake.refresh();
    expect(set).toHaveLength(3);
  });
});
