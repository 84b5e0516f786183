// Every resource kind berth reconciles. Group resources are not workloads: they feed ownership.
import type { KindModule } from '../reconcile/kind.js';
import { deploymentKind } from './deployment/index.js';
import { createJobKind } from './job/index.js';

/** Fresh modules of every kind (the Job kind remembers when it first saw each Job). */
export function createKinds(): readonly KindModule[] {
  return [deploymentKind, createJobKind()];
}
