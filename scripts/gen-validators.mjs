// Generates src/resources/schema-validators.generated.ts from schemas/*.schema.json: ajv's
// standalone code for the schema of each kind, so berth does not compile the schemas at every
// start. The options are the ones the validator needs for its messages (every error, the data and
// schema of each, defaults filled in).
// `node scripts/gen-validators.mjs --check` exits 1 when the committed file differs from a fresh
// generation.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import prettier from 'prettier';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = path.join(root, 'schemas');
const target = path.join(root, 'src/resources/schema-validators.generated.ts');
const kinds = { Job: 'job', Deployment: 'deployment', Group: 'group' };

export const validatorOptions = {
  allErrors: true,
  useDefaults: true,
  strict: true,
  allowUnionTypes: true,
  verbose: true,
};

export async function generate() {
  const load = async (name) =>
    JSON.parse(await readFile(path.join(schemaDir, `${name}.schema.json`), 'utf8'));
  const ajv = new Ajv({ ...validatorOptions, code: { source: true, esm: true } });
  ajv.addSchema(await load('common'));
  const exports = {};
  for (const [kind, name] of Object.entries(kinds)) {
    const schema = await load(name);
    ajv.addSchema(schema);
    exports[kind] = schema.$id;
  }
  // An ES module is strict anyway, and only the typed `validators` below is exported.
  const code = standaloneCode(ajv, exports)
    .replace(/^"use strict";/, '')
    .replaceAll(/export const (\w+) = /g, 'const $1 = ');
  const names = Object.keys(kinds);
  const text = [
    '// Generated from schemas/*.schema.json by scripts/gen-validators.mjs. Do not edit: change the',
    '// schema and run `npm run gen:validators`.',
    '/* eslint-disable */',
    '// @ts-nocheck',
    "import { createRequire } from 'node:module';",
    "import type { ValidateFunction } from 'ajv';",
    'const require = createRequire(import.meta.url);',
    code,
    `export const validators = { ${names.join(', ')} } as unknown as Record<${names
      .map((n) => `'${n}'`)
      .join(' | ')}, ValidateFunction>;`,
    '',
  ].join('\n');
  const config = (await prettier.resolveConfig(target)) ?? {};
  return prettier.format(text, { ...config, filepath: target });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fresh = await generate();
  if (process.argv.includes('--check')) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== fresh) {
      console.error(
        'src/resources/schema-validators.generated.ts is stale: run `npm run gen:validators`',
      );
      process.exit(1);
    }
  } else {
    await writeFile(target, fresh);
  }
}
