// berth's secret store (SPEC §3), in berth's terms: one scope per owner (`user:alice`,
// `group:data-science`), one value per name. Values never leave this interface except into the
// container that is allowed them; everything else sees names and keyed fingerprints.

export interface SecretEntry {
  name: string;
  /** ISO time the value was last set */
  setAt: string;
}

export interface SecretStore {
  /** the value of a secret in an owner's scope, or undefined when it is not set */
  read(owner: string, name: string): Promise<string | undefined>;
  /** names and when they were set, never values */
  list(owner: string): Promise<SecretEntry[]>;
  write(owner: string, name: string, value: string): Promise<void>;
  /** false when there was nothing to remove */
  remove(owner: string, name: string): Promise<boolean>;
  /**
   * A keyed hash of a value (HMAC-SHA256 under a key of the store's own, kept beside it): what a
   * spec hash may contain so that a new value rolls the resources using it. Never an unkeyed hash.
   */
  fingerprint(value: string): string;
}

/** A secret's value read for one revision, with its keyed fingerprint. */
export interface ResolvedSecret {
  value: string;
  fingerprint: string;
}

/**
 * The secrets a revision's resources use, read once when the revision is set (desiring is
 * synchronous). Values stay behind `get`: logging or serializing this object shows none.
 */
export interface RevisionSecrets {
  /** the secret `name` of `owner`'s scope, undefined when that scope does not have it */
  get(owner: string, name: string): ResolvedSecret | undefined;
}
