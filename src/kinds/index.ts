// Every resource kind berth reconciles. Group resources are not workloads: they feed ownership.
import type { KindModule } from '../reconcile/kind.js';
import { deploymentKind } from './deployment/index.js';
import { jobKind } from './job/index.js';

export const allKinds: readonly KindModule[] = [deploymentKind, jobKind];
