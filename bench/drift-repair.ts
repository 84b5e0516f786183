// Drift repair: how long from `docker rm -f` of a managed replica to a ready replacement in the
// routing table, with berth following engine events. Prints the median over several removals.
import Docker from 'dockerode';
import { createDockerEngine } from '../src/engine/docker.js';
import { silentLogger } from '../src/log.js';
import { createController } from '../src/reconcile/controller.js';
import { describe, runsFromArgs, time } from './stats.js';

const runs = runsFromArgs(7);
const instance = 'bench-drift';
const docker = new Docker();
const engine = createDockerEngine({ docker, network: `berth-${instance}`, logger: silentLogger() });
const controller = createController({ engine, instance, logger: silentLogger() });
controller.setRevision({
  id: 'bench',
  resources: [
    {
      apiVersion: 'berth/v1',
      kind: 'Deployment',
      metadata: { name: 'drift', owner: 'user:bench' },
      spec: { image: 'berth-examples/busybox:1', command: 'exec httpd -f -p 8000 -h /www' },
    },
  ],
});
await controller.reconcile();
controller.start();
await new Promise((resolve) => setTimeout(resolve, 300)); // the event stream is connected

const times: number[] = [];
try {
  for (let r = 0; r < runs; r++) {
    const [replica] = controller.endpoints.list('drift');
    if (!replica) throw new Error('no ready replica');
    times.push(
      await time(async () => {
        await docker.getContainer(replica.containerId).remove({ force: true });
        while (
          !controller.endpoints.list('drift').some((e) => e.containerId !== replica.containerId)
        ) {
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      }),
    );
  }
} finally {
  await controller.stop();
  const list = await docker.listContainers({
    all: true,
    filters: { label: [`berth.instance=${instance}`] },
  });
  await Promise.all(list.map((c) => docker.getContainer(c.Id).remove({ force: true })));
}
console.log('replica removed by hand until a ready replacement (goal: under 5 s)');
console.log(describe('  repair', times));
