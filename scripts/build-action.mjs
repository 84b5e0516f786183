// Bundles the GitHub Action (src/action/index.ts) into dist-action/index.cjs, committed so a
// workflow runs it without installing anything. `node scripts/build-action.mjs --check` exits 1
// when the committed bundle differs from a fresh build of its source (a stale bundle).
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'dist-action/index.cjs');

// The generated validators load ajv's runtime helpers through createRequire(import.meta.url),
// which a bundler cannot follow: a plain require lets esbuild bundle them.
const plainRequire = {
  name: 'plain-require',
  setup(b) {
    b.onLoad({ filter: /schema-validators\.generated\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8'))
        .replace("import { createRequire } from 'node:module';", '')
        .replace('const require = createRequire(import.meta.url);', ''),
      loader: 'ts',
    }));
  },
};

async function bundle() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/action/index.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    outfile: target,
    legalComments: 'none',
    banner: { js: '// Built by `npm run build:action` from src/action/. Do not edit.' },
    plugins: [plainRequire],
    logLevel: 'warning',
    // Paths in the bundle's comments stay node_modules/..., whatever that folder links to.
    preserveSymlinks: true,
  });
  const [output] = result.outputFiles;
  return output.text;
}

const text = await bundle();
if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== text) {
    console.error(
      'dist-action/index.cjs does not match src/action/: run `npm run build:action` and commit it',
    );
    process.exit(1);
  }
} else {
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text);
}
