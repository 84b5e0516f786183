// The resource image (SPEC §4.2) in berth's terms: the git snapshots a resource's refs resolve to
// in a pass, the recipe of its image (base, snapshots at their paths, extra packages), and the
// port the reconcile loop and the kinds use to resolve refs, make images present and remove
// images nothing uses. The implementation (resource-images.ts) fetches with isomorphic-git and
// builds through the engine's image API.

/** One `git` entry of a resource, as its owner asks for it. */
export interface SnapshotRequest {
  owner: string;
  url: string;
  /** a branch, a tag, a full ref name or a full commit id */
  ref: string;
}

/** What a `git` entry resolved to in this pass: a commit held in the cache, or why not. */
export type SnapshotResult = { commit: string } | { problem: string };

/** The snapshots of one pass, looked up by the request they answer. */
export interface ResolvedSnapshots {
  get(request: SnapshotRequest): SnapshotResult | undefined;
}

/** One snapshot as it goes into an image. */
export interface SnapshotInput {
  url: string;
  commit: string;
  /** absolute path in the image */
  path: string;
}

/** Everything an image is built from; its tag is the hash of all of it. */
export interface ImageRecipe {
  /** `berth/<name>:<hash of the inputs>` */
  tag: string;
  /** the resource the image is for (its labels, messages) */
  resource: { kind: string; name: string; owner: string };
  /** the spec's `image` */
  base: string;
  snapshots: SnapshotInput[];
  /** pip arguments: requirements, and `-r <absolute path in the image>` */
  pip: string[];
  apt: string[];
}

/** Where the loop reports what the image work did, a line in the resource's status history. */
export interface ImageHooks {
  record(message: string): void;
  signal?: AbortSignal | undefined;
}

/** The owner's login for the base image's registry (its `imagePullSecret`). */
export interface BaseLogin {
  username: string;
  password: string;
}

export interface ResourceImages {
  /**
   * Resolves every request to a commit (one question to the server per repository and owner,
   * with the owner's credentials) and fetches the commits not held yet. Never throws for one
   * entry: a failure is that entry's `problem`.
   */
  resolve(requests: readonly SnapshotRequest[]): Promise<ResolvedSnapshots>;
  /** makes the recipe's image present: nothing when its tag exists, else a build (ImageError when it fails) */
  ensure(recipe: ImageRecipe, hooks: ImageHooks, baseLogin?: BaseLogin): Promise<void>;
  /** removes images berth built for this instance whose tag is not in `inUse` and no container uses */
  prune(inUse: ReadonlySet<string>): Promise<void>;
}
