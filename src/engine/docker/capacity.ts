// What one unit may ask of the engine (CPUs, memory, GPUs). The engine's size changes rarely and
// its info call is slow on a busy engine (seconds with hundreds of containers), so it is read once
// and refreshed in the background every 10 minutes. An engine that does not answer within 5 s
// leaves sizes unchecked for that pass.
import type { Clock } from '../../clock.js';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { Capacity } from '../types.js';
import type { ContainerApi } from './container-api.js';

const freshForMs = 10 * 60_000;
const firstReadMs = 5_000;

/** The engine's capacity now: what is known, undefined while the first read has not answered. */
export function createCapacityReader(
  containers: Pick<ContainerApi, 'capacity'>,
  clock: Clock,
  log: Logger,
): () => Promise<Capacity | undefined> {
  let capacity: { value: Capacity; at: number } | undefined;
  let reading: Promise<Capacity | undefined> | undefined;
  return function capacityNow() {
    const fresh = capacity && clock.now() - capacity.at < freshForMs;
    if (fresh || (capacity && reading)) return Promise.resolve(capacity?.value);
    reading ??= containers
      .capacity()
      .then((value) => {
        capacity = { value, at: clock.now() };
        return value;
      })
      .finally(() => {
        reading = undefined;
      });
    if (capacity) {
      // Stale: refresh in the background, answer with what is known.
      reading.catch((error: unknown) => {
        log.warn({ err: errorMessage(error) }, 'cannot refresh the engine capacity');
      });
      return Promise.resolve(capacity.value);
    }
    return Promise.race([
      reading,
      new Promise<undefined>((resolve) => {
        setTimeout(() => {
          resolve(undefined);
        }, firstReadMs).unref();
      }),
    ]);
  };
}
