// The one intake every source hands its revisions to (the local folder, the Git branch): a
// revision with problems, or one that would delete every resource, is recorded as rejected and
// nothing changes; a valid one becomes the loop's desired state and the gateway's routes. The
// secrets a revision uses are read here, when it is offered, and again when the store changes
// (`refresh`): a rotated value sets the same revision again, which rolls exactly its users.
import type { Clock } from '../clock.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import type { DesiredRevision, Reconciler } from '../reconcile/loop.js';
import type { Problem } from '../resources/problem.js';
import type { Resource } from '../resources/types.generated.js';
import { resolveSecrets, sameSecrets } from '../secrets/resolve.js';
import type { SecretStore } from '../secrets/types.js';
import { refuseEmptying } from './empty-guard.js';

export type Offered = { refusal: string } | { refusal?: undefined; done: Promise<void> };

export interface Intake {
  /** records a revision that cannot be applied; what runs stays as it is */
  reject(id: string, problems: readonly Problem[]): void;
  /** applies a valid revision unless it would delete every resource; `done` when its pass ended */
  offer(revision: DesiredRevision, allowEmpty: boolean): Promise<Offered>;
  /** the revision applied last */
  latest(): DesiredRevision | undefined;
  /** reads the latest revision's secrets again; when a value changed, applies it again */
  refresh(): Promise<void>;
}

export interface IntakeOptions {
  reconciler: Reconciler;
  /** the gateway follows the revision (`public` restarts nothing, so it cannot wait for a pass) */
  routes: (resources: readonly Resource[]) => void;
  clock: Clock;
  logger: Logger;
  /** seconds each applied revision's pass took */
  onPass?: (seconds: number) => void;
  /** the owners' secrets; without it, resources that use secrets fail */
  secrets?: SecretStore | undefined;
}

export function createIntake(options: IntakeOptions): Intake {
  const { reconciler, clock, logger } = options;
  let latest: DesiredRevision | undefined;
  const { secrets: store } = options;
  const withSecrets = async (revision: DesiredRevision): Promise<DesiredRevision> =>
    store ? { ...revision, secrets: await resolveSecrets(store, revision.resources) } : revision;
  const apply = (revision: DesiredRevision) => {
    latest = revision;
    reconciler.setRevision(revision);
    options.routes(revision.resources);
    const started = clock.now();
    return reconciler.trigger().then(
      () => options.onPass?.((clock.now() - started) / 1000),
      (error: unknown) => {
        logger.error({ revision: revision.id, err: errorMessage(error) }, 'reconcile failed');
      },
    );
  };
  const reject = (id: string, problems: readonly Problem[]) => {
    reconciler.status.setRevision({ id, state: 'Rejected', problems: [...problems] });
    logger.warn({ revision: id, problems }, 'revision rejected: nothing applied');
  };
  return {
    reject,
    async offer(offered, allowEmpty) {
      const revision = await withSecrets(offered);
      const refusal = await refuseEmptying(reconciler, revision, allowEmpty);
      if (refusal) {
        reject(revision.id, [{ file: '.', line: 1, col: 1, path: '', message: refusal }]);
        return { refusal };
      }
      return { done: apply(revision) };
    },
    latest: () => latest,
    async refresh() {
      const current = latest;
      if (!current || !store) return;
      const next = await withSecrets(current);
      // Offered meanwhile: the newer revision read its secrets itself.
      if (latest !== current || sameSecrets(current.resources, current.secrets, next.secrets))
        return;
      logger.info({ revision: current.id }, 'secrets changed: applying the revision again');
      await apply(next);
    },
  };
}
