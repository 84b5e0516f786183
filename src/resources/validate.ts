// Schema validation of one resource document against the JSON Schema of its kind (schemas/, the
// single source of truth). Compile once with createValidator() and reuse it for every document.
import { existsSync, readFileSync } from 'node:fs';
import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import { explainSchemaErrors, type SourceOf } from './schema-errors.js';
import type { Finding } from './problem.js';
import type { Resource } from './types.generated.js';
import { describeValue, suggestion } from './words.js';

export const apiVersion = 'berth/v1';
export const kinds = ['Job', 'Deployment', 'Group'] as const;
export type Kind = (typeof kinds)[number];

export interface SchemaResult {
  /** set when the document is valid; schema defaults are applied (in place) */
  resource?: Resource;
  findings: Finding[];
}

/** Validates a parsed document; `sourceOf` gives the written text of a scalar for messages. */
export type ResourceValidator = (
  value: Record<string, unknown>,
  sourceOf?: SourceOf,
) => SchemaResult;

export interface ValidatorOptions {
  /** folder holding the *.schema.json files; default: the package's schemas/ */
  schemaDir?: URL;
}

/** The package's schemas/: two levels up from dist/resources/ or src/resources/, three from dist-bench/src/resources/. */
function findSchemaDir(): URL {
  const candidates = ['../../schemas/', '../../../schemas/'].map(
    (p) => new URL(p, import.meta.url),
  );
  return (
    candidates.find((dir) => existsSync(new URL('common.schema.json', dir))) ??
    (candidates[0] as URL)
  );
}

export function createValidator(options: ValidatorOptions = {}): ResourceValidator {
  const dir = options.schemaDir ?? findSchemaDir();
  const load = (name: string) =>
    JSON.parse(readFileSync(new URL(`${name}.schema.json`, dir), 'utf8')) as AnySchema;
  const ajv = new Ajv({
    allErrors: true,
    useDefaults: true,
    strict: true,
    allowUnionTypes: true,
    verbose: true,
  });
  ajv.addSchema(load('common'));
  const validators: Record<Kind, ValidateFunction> = {
    Job: ajv.compile(load('job')),
    Deployment: ajv.compile(load('deployment')),
    Group: ajv.compile(load('group')),
  };

  return (value, sourceOf = () => undefined) => {
    const envelope = checkEnvelope(value);
    if (envelope.length > 0) return { findings: envelope };
    const validate = validators[value.kind as Kind];
    if (validate(value)) return { resource: value as unknown as Resource, findings: [] };
    return { findings: explainSchemaErrors(validate.errors ?? [], value, sourceOf) };
  };
}

/**
 * The kind decides which schema applies, so it is checked first; apiVersion is reported here only
 * when there is no schema to check it.
 */
export function checkEnvelope(value: Record<string, unknown>): Finding[] {
  const list = kinds.join(', ');
  let kind: Finding;
  if (!('kind' in value)) {
    kind = {
      path: ['kind'],
      at: 'parent',
      message: `missing required field "kind"; add kind: one of ${list}`,
    };
  } else if (!kinds.includes(value.kind as Kind)) {
    const hint = typeof value.kind === 'string' ? suggestion(value.kind, kinds) : '';
    kind = {
      path: ['kind'],
      message: `unknown kind ${describeValue(value.kind)}${hint}; use one of ${list}`,
    };
  } else {
    return [];
  }
  if (!('apiVersion' in value)) {
    return [
      {
        path: ['apiVersion'],
        at: 'parent',
        message: `missing required field "apiVersion"; add apiVersion: ${apiVersion}`,
      },
      kind,
    ];
  }
  if (value.apiVersion !== apiVersion) {
    return [
      {
        path: ['apiVersion'],
        message: `must be "${apiVersion}" (got ${describeValue(value.apiVersion)})`,
      },
      kind,
    ];
  }
  return [kind];
}
