// Units that run to completion (a job run's attempts) on one Docker engine: started once under a
// name unique on the engine (a second berth starting the same attempt is refused), recorded
// without starting (a skipped run), stopped with the reason written on them, removed with the
// workspaces of their runs.
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { remedyFor } from '../failures.js';
import { labelKeys } from '../labels.js';
import type { ActionHooks, Engine, UnitSpec } from '../types.js';
import { NameTakenError, type ContainerApi } from './container-api.js';
import type { UnitMarks } from './marks.js';

export interface UnitsContext {
  containers: ContainerApi;
  log: Logger;
  marks: UnitMarks;
  stopTimeoutSeconds: number;
  /** a volume about to be mounted (the sweep leaves it alone while it waits for its container) */
  touched: (volume: string) => void;
}

export type UnitOps = Pick<
  Engine,
  'startUnit' | 'recordUnit' | 'stopUnit' | 'removeUnits' | 'removeVolumes'
>;

export function createUnitOps(ctx: UnitsContext): UnitOps {
  const { containers, log, marks } = ctx;

  /** The unit's image, pulled once per pass (per owner when a login pulls it). */
  function prepareImage(spec: UnitSpec, hooks: ActionHooks): Promise<void> {
    const as = spec.pullAuth ? ` as ${spec.pullAuth.owner}` : '';
    return hooks.once(`image ${spec.image}${as}`, () =>
      containers.ensureImage(spec.image, spec.pullAuth),
    );
  }

  /** creates a container under its unique name; undefined when that name is taken already */
  async function createOnce(spec: UnitSpec): Promise<string | undefined> {
    try {
      return await containers.create(spec);
    } catch (error) {
      if (error instanceof NameTakenError) return undefined;
      throw error;
    }
  }

  /**
   * A unit of that name exists already: started by another berth process (false), or created by
   * a berth that stopped before starting it (started now, true).
   */
  async function startNeverStarted(name: string): Promise<boolean> {
    const existing = await containers.inspect(name);
    if (existing?.status !== 'created' || existing.labels[labelKeys.skipped] !== undefined)
      return false;
    log.info({ unit: name }, 'starting a unit that was created but never started');
    await containers.start(existing.id);
    return true;
  }

  return {
    async startUnit(spec, hooks) {
      await prepareImage(spec, hooks);
      for (const volume of spec.volumes) {
        const labels = volume.labels ?? {
          [labelKeys.managed]: 'true',
          [labelKeys.owner]: spec.labels[labelKeys.owner] ?? '',
        };
        ctx.touched(volume.name);
        await hooks.once(`volume ${volume.name}`, () =>
          containers.ensureVolume(volume.name, labels),
        );
      }
      const id = await createOnce(spec);
      if (!id) return startNeverStarted(spec.name);
      try {
        await containers.start(id);
      } catch (error) {
        if (remedyFor(error) !== 'replace') throw error;
        // The engine cannot start this container for reasons of its own: the attempt gets a
        // new container under the same name (no other berth can have taken it meanwhile).
        log.warn(
          { unit: spec.name, err: errorMessage(error) },
          'replacing a unit that did not start',
        );
        await containers.remove(id);
        const again = await createOnce(spec);
        if (!again) return false;
        await containers.start(again);
      }
      return true;
    },

    async recordUnit(spec, hooks) {
      await prepareImage(spec, hooks);
      // A unit that never runs gets no secret: nothing of them waits in a stopped container.
      const bare = { ...spec };
      delete bare.secrets;
      return (await createOnce(bare)) !== undefined;
    },

    async stopUnit(unit, mark) {
      // The mark goes on first: a berth killed right after still knows why the unit ended.
      if (!unit.mark) await containers.rename(unit.id, `${unit.name}--${mark}`);
      marks.stoppedByBerth.add(unit.id);
      await containers.stop(unit.id, ctx.stopTimeoutSeconds);
    },

    async removeUnits(unitIds) {
      for (const id of unitIds) {
        await containers.remove(id);
        marks.finished.delete(id);
      }
    },

    async removeVolumes(names) {
      for (const name of names) await containers.removeVolume(name);
    },
  };
}
