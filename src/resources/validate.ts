// Schema validation of one resource document against the JSON Schema of its kind (schemas/, the
// single source of truth). The validators are ajv's code for those schemas, generated at build
// time (schema-validators.generated.ts, `npm run gen:validators`), so nothing is compiled at start.
import { explainSchemaErrors, type SourceOf } from './schema-errors.js';
import { validators } from './schema-validators.generated.js';
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

/**
 * A validator of resource documents. The generated functions keep the errors of their last call
 * (ajv's `validate.errors`); they are read right after the call, before anything else runs.
 */
export function createValidator(): ResourceValidator {
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
