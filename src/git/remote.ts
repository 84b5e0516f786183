// The Git server, over HTTP(S) with isomorphic-git: where a ref points, and fetching one ref's
// objects into the cache. Credentials come from `auth` at each call and are sent with the first
// request (one round trip less than waiting for the server's 401), and again when challenged.
import fs from 'node:fs';
import * as git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import type { HttpClient } from 'isomorphic-git';
import { remoteFailure, unreachable } from './remote-errors.js';
import { trackingRef, type ObjectStore } from './store.js';
import type { GitCredentials } from './types.js';

export interface RemoteOptions {
  /** the address as configured (it may hold credentials) */
  url: string;
  /** the address without credentials, for messages */
  address: string;
  store: ObjectStore;
  auth: (() => Promise<GitCredentials | undefined>) | undefined;
  timeoutMs: number;
}

export interface FetchRequest {
  /** full ref name on the server, e.g. `refs/heads/main` */
  ref: string;
  /** a local ref whose commit the server may leave out, with its history */
  have?: string;
  /** commits to fetch below the ref's head; all when unset */
  depth?: number;
}

/** A ref on the server; `peeled` is the commit an annotated tag points at. */
export interface ServerRef {
  ref: string;
  oid: string;
  peeled?: string;
}

export interface Remote {
  /** the commit `ref` points at on the server; undefined when the server has no such ref */
  lookup(ref: string): Promise<string | undefined>;
  /** every branch and tag on the server, annotated tags peeled (one request) */
  list(): Promise<ServerRef[]>;
  /** fetches the ref's missing objects, points its tracking ref at it, returns its commit */
  fetch(request: FetchRequest): Promise<string>;
}

export function createRemote(options: RemoteOptions): Remote {
  const { store, address } = options;
  const client: HttpClient = {
    async request(request) {
      try {
        return await http.request({ ...request, fetchOptions: { timeout: options.timeoutMs } });
      } catch (error) {
        throw unreachable(error, address);
      }
    },
  };

  async function withAuth<T>(
    call: (auth: {
      headers: Record<string, string>;
      onAuth: () => GitCredentials | undefined;
    }) => Promise<T>,
  ): Promise<T> {
    const credentials = await options.auth?.();
    const headers: Record<string, string> = credentials
      ? { Authorization: basic(credentials) }
      : {};
    try {
      return await call({ headers, onAuth: () => credentials });
    } catch (error) {
      throw remoteFailure(error, { address, withToken: credentials !== undefined });
    }
  }

  return {
    lookup: (ref) =>
      withAuth(async ({ headers, onAuth }) => {
        const refs = await git.listServerRefs({
          http: client,
          url: options.url,
          prefix: ref,
          protocolVersion: 1,
          headers,
          onAuth,
        });
        return refs.find((r) => r.ref === ref)?.oid;
      }),

    list: () =>
      withAuth(async ({ headers, onAuth }) => {
        const refs = await git.listServerRefs({
          http: client,
          url: options.url,
          protocolVersion: 1,
          peelTags: true,
          headers,
          onAuth,
        });
        return refs
          .filter((r) => r.ref.startsWith('refs/heads/') || r.ref.startsWith('refs/tags/'))
          .map((r) => ({ ref: r.ref, oid: r.oid, ...(r.peeled ? { peeled: r.peeled } : {}) }));
      }),

    fetch: ({ ref, have, depth }) =>
      withAuth(async ({ headers, onAuth }) => {
        const fetchOnce = (deepen: number | undefined) =>
          git.fetch({
            fs,
            http: client,
            gitdir: store.gitdir,
            cache: store.cache,
            url: options.url,
            // isomorphic-git tells the server it has the commit of `ref` (locally) and asks for `remoteRef`.
            ref: have ?? trackingRef(ref),
            remoteRef: ref,
            singleBranch: true,
            tags: false,
            headers: { ...headers },
            onAuth,
            ...(deepen === undefined ? {} : { depth: deepen }),
          });
        let result: git.FetchResult;
        try {
          result = await fetchOnce(depth);
        } catch (error) {
          // A server without shallow fetches: take the whole history instead.
          if (depth === undefined || !isCapability(error)) throw error;
          result = await fetchOnce(undefined);
        }
        const sha = result.fetchHead;
        if (!sha) throw new Error(`${address} sent no commit for ${ref}`);
        return sha;
      }),
  };
}

function basic(credentials: GitCredentials): string {
  const text = `${credentials.username}:${credentials.password}`;
  return `Basic ${Buffer.from(text).toString('base64')}`;
}

function isCapability(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'RemoteCapabilityError';
}
