// The build context of a resource image: the generated Dockerfile and each snapshot's files,
// written out of the git trees in the cache (no checkout, no `.git`, no credentials), as a tar
// stream. Regular files keep their executable bit; links stay links; submodules are left out.
import type { Readable } from 'node:stream';
import { readBlob, readCommit, readTree, type ObjectStore } from '../git/store.js';
import { contextFolder, dockerfileFor, type DockerfileOptions } from './dockerfile.js';
import { tarStream, type TarEntry } from './tar.js';
import type { ImageRecipe } from './types.js';

export function buildContext(
  recipe: ImageRecipe,
  storeOf: (url: string) => ObjectStore,
  options: DockerfileOptions = {},
): Readable {
  async function* entries(): AsyncGenerator<TarEntry> {
    const dockerfile = new TextEncoder().encode(dockerfileFor(recipe, options));
    yield { type: 'file', path: 'Dockerfile', mode: 0o644, content: dockerfile };
    for (const [i, snapshot] of recipe.snapshots.entries()) {
      const store = storeOf(snapshot.url);
      const { tree } = await readCommit(store, snapshot.commit);
      yield { type: 'directory', path: contextFolder(i) };
      yield* treeEntries(store, tree, contextFolder(i));
    }
  }
  return tarStream(entries());
}

async function* treeEntries(
  store: ObjectStore,
  tree: string,
  prefix: string,
): AsyncGenerator<TarEntry> {
  for (const entry of await readTree(store, tree)) {
    // Tree entries are single names; `.`, `..` and `/` never belong in one.
    if (entry.name === '.' || entry.name === '..' || entry.name.includes('/')) continue;
    const at = `${prefix}/${entry.name}`;
    if (entry.mode === '040000') {
      yield { type: 'directory', path: at };
      yield* treeEntries(store, entry.oid, at);
    } else if (entry.mode === '100644' || entry.mode === '100755') {
      const content = await readBlob(store, entry.oid);
      yield { type: 'file', path: at, mode: entry.mode === '100755' ? 0o755 : 0o644, content };
    } else if (entry.mode === '120000') {
      const target = new TextDecoder().decode(await readBlob(store, entry.oid));
      yield { type: 'symlink', path: at, target };
    }
    // 160000: a submodule's commit lives in another repository.
  }
}
