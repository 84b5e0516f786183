// The Dockerfile of a resource image, generated from its recipe. Pure. System packages first (they
// change least), then the snapshots, then pip (a requirements file comes from a snapshot). Every
// argument is quoted for the shell; nothing of the owner's credentials is ever part of it.
import type { ImageRecipe } from './types.js';

/** Where snapshot `i` lies in the build context. */
export function contextFolder(index: number): string {
  return `snapshots/${index}`;
}

export interface DockerfileOptions {
  /** declare `ARG PIP_INDEX_URL` so a build argument can point pip at another index */
  pipIndexArg?: boolean;
}

export function dockerfileFor(recipe: ImageRecipe, options: DockerfileOptions = {}): string {
  const lines = [
    `# berth: the image of ${recipe.resource.kind} ${recipe.resource.name}`,
    `FROM ${recipe.base}`,
  ];
  if (recipe.apt.length > 0) {
    lines.push(
      'RUN apt-get update \\',
      `  && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${recipe.apt.map(quote).join(' ')} \\`,
      '  && rm -rf /var/lib/apt/lists/*',
    );
  }
  for (const [i, snapshot] of recipe.snapshots.entries()) {
    lines.push(`COPY ${JSON.stringify([`${contextFolder(i)}/`, `${snapshot.path}/`])}`);
  }
  if (recipe.pip.length > 0) {
    if (options.pipIndexArg) lines.push('ARG PIP_INDEX_URL');
    lines.push(
      `RUN pip install --no-cache-dir --disable-pip-version-check ${recipe.pip.map(quote).join(' ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Single quotes for the shell: nothing inside is expanded. */
export function quote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
