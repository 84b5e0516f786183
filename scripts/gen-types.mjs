// Generates src/resources/types.generated.ts from schemas/*.schema.json (the single source of truth).
// `node scripts/gen-types.mjs --check` exits 1 when the committed file differs from a fresh generation.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { compile } from 'json-schema-to-typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = path.join(root, 'schemas');
const target = path.join(root, 'src/resources/types.generated.ts');

export async function generate() {
  const load = async (name) => JSON.parse(await readFile(path.join(schemaDir, name), 'utf8'));
  const common = await load('common.schema.json');
  // One schema holding every kind and the shared definitions compiles to one set of named types.
  const combined = {
    title: 'Resource',
    definitions: structuredClone(common.definitions),
    oneOf: [],
  };
  for (const [name, def] of Object.entries(combined.definitions)) {
    if (!def.$ref) def.title ??= pascal(name);
  }
  for (const kind of ['deployment', 'job', 'group']) {
    const { $schema: _s, $id: _i, ...schema } = await load(`${kind}.schema.json`);
    const name = schema.title.replace('berth ', '');
    combined.definitions[name] = { ...schema, title: name };
    combined.oneOf.push({ $ref: `#/definitions/${name}` });
  }
  // A `default` beside a `$ref` (where ajv's useDefaults needs it) says nothing about the type;
  // dropping it keeps the referenced type's name instead of a copy (`Size1`).
  const text = await compile(
    JSON.parse(
      JSON.stringify(combined).replaceAll('common.schema.json#/definitions/', '#/definitions/'),
      (_key, value) => (value?.$ref && 'default' in value ? withoutDefault(value) : value),
    ),
    'Resource',
    {
      bannerComment: '',
      cwd: schemaDir,
      additionalProperties: false,
      strictIndexSignatures: true,
      maxItems: -1,
      style: { singleQuote: true, printWidth: 100, trailingComma: 'all' },
    },
  );
  return (
    '// Generated from schemas/*.schema.json by scripts/gen-types.mjs. Do not edit: change the schema\n' +
    '// and run `npm run gen:types`.\n\n' +
    text
  );
}

function withoutDefault({ default: _default, ...rest }) {
  return rest;
}

function pascal(name) {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fresh = await generate();
  if (process.argv.includes('--check')) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== fresh) {
      console.error('src/resources/types.generated.ts is stale: run `npm run gen:types`');
      process.exit(1);
    }
  } else {
    await writeFile(target, fresh);
  }
}
