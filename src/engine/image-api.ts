// What berth asks of an engine about images it builds itself (the resource images of SPEC §4.2):
// whether a tag exists, a build from a tar context, the images carrying berth's labels, and their
// removal. Nothing here names a Docker API type; docker/images.ts implements it.
import type { Readable } from 'node:stream';

export interface ImageBuild {
  tag: string;
  /** a tar stream holding a `Dockerfile` at its root and the files it copies */
  context: Readable;
  labels: Record<string, string>;
  /** build arguments (never secrets: the engine keeps them in the image's history) */
  buildArgs?: Record<string, string>;
  /** the network the build's steps use (e.g. `host`); the engine's default when unset */
  network?: string;
  /** a login for the registry of the base image (`FROM`), used to pull it and kept nowhere */
  registryAuth?: { server: string; username: string; password: string };
}

export interface BuildOutcome {
  ok: boolean;
  /** the build's output, last lines only */
  output: string[];
  /** the engine's error when `ok` is false */
  error?: string;
}

export interface BuiltImage {
  id: string;
  tags: string[];
}

export interface ImageApi {
  exists(tag: string): Promise<boolean>;
  build(build: ImageBuild): Promise<BuildOutcome>;
  /** images carrying every one of these labels */
  list(labels: Record<string, string>): Promise<BuiltImage[]>;
  /** untags and removes an image (by tag or id); `in-use` when a container still uses it (nothing removed) */
  remove(tag: string): Promise<'removed' | 'in-use' | 'gone'>;
}
