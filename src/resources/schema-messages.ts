// One message per ajv keyword, written for the person editing the YAML: what is wrong, what was
// found, and what to do. Pattern errors use the schema's `description` of the expected value.
import type { ErrorObject } from 'ajv';
import { formatPath, type PathSegment } from './problem.js';
import { typeMismatch } from './type-messages.js';
import { describeValue, didYouMean, plural, suggestion } from './words.js';

/** What a missing field could look like. */
const requiredExamples: Record<string, string> = {
  apiVersion: 'apiVersion: berth/v1',
  owner: 'owner: group:<group-name> or owner: user:<github-login>',
  image: 'image: python:3.12-slim',
  members: 'members: [alice, bob]',
  path: 'path: /health',
};

/** Extra advice for a few fields whose limits are not obvious. */
const rangeHints: Record<string, string> = {
  startingDeadlineSeconds:
    'berth looks for due runs every few seconds, so a shorter starting deadline would skip runs that start a little late',
};

export function messageFor(
  error: ErrorObject,
  path: readonly PathSegment[],
  source?: string,
  isKey = false,
): string {
  const params = error.params as Record<string, unknown>;
  const schema = (error.parentSchema ?? {}) as Record<string, unknown>;
  const data: unknown = isKey ? error.propertyName : error.data;
  const field = fieldName(path);
  switch (error.keyword) {
    case 'required': {
      const name = String(params.missingProperty);
      const where = path.length === 0 ? '' : ` under ${formatPath(path)}`;
      const example = requiredExamples[name] ? `, e.g. ${requiredExamples[name]}` : '';
      return `missing required field "${name}"; add it${where}${example}`;
    }
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = Object.keys(schema.properties ?? {});
      return `unknown field "${name}"${suggestion(name, allowed)}; remove it or check its spelling (allowed: ${allowed.join(', ')})`;
    }
    case 'type':
      return typeMismatch(String(params.type).split(','), data, source, schema);
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return `must be one of ${allowed.join(', ')} (got ${describeValue(data)})${didYouMean(String(data), allowed)}`;
    }
    case 'const':
      return `must be ${describeValue(params.allowedValue)} (got ${describeValue(data)})`;
    case 'pattern': {
      const noun = isKey ? `key in ${field}` : field;
      const description =
        typeof schema.description === 'string'
          ? `use ${schema.description}`
          : `it must match ${String(params.pattern)}`;
      return `${describeValue(data)} is not a valid ${noun}: ${description}`;
    }
    case 'minimum':
    case 'maximum':
      return rangeMessage(error.keyword, Number(params.limit), data, schema, field);
    case 'minLength':
      return params.limit === 1
        ? 'must not be empty'
        : `must be at least ${plural(Number(params.limit), 'character')} long`;
    case 'maxLength':
      return `is ${plural(String(data).length, 'character')} long, over the limit of ${String(params.limit)}; shorten it`;
    case 'minItems':
      return Number(params.limit) === 1
        ? 'must not be empty; add at least one entry or remove the field'
        : `must have at least ${plural(Number(params.limit), 'entry', 'entries')}`;
    case 'maxItems':
    case 'maxProperties':
      return `has ${plural(count(data), 'entry', 'entries')}, over the limit of ${String(params.limit)}; remove some`;
    case 'uniqueItems': {
      const [first, later] = [Number(params.i), Number(params.j)].sort((a, b) => a - b);
      const item = Array.isArray(data) ? (data[later ?? 0] as unknown) : undefined;
      return `${describeValue(item)} is listed twice (also at ${formatPath([...path, first ?? 0])}); remove the duplicate`;
    }
    case 'oneOf':
      return 'matches more than one of the allowed forms; make it match exactly one';
    default:
      return error.message ?? `is not valid (${error.keyword})`;
  }
}

function rangeMessage(
  keyword: string,
  limit: number,
  data: unknown,
  schema: Record<string, unknown>,
  field: string,
): string {
  const bound = keyword === 'minimum' ? 'at least' : 'at most';
  const { minimum, maximum } = schema;
  const noun = /(s|ed)$/.test(field) ? 'value' : field;
  const choose =
    typeof minimum === 'number' && typeof maximum === 'number'
      ? `; choose a ${noun} between ${minimum} and ${maximum}`
      : '';
  const hint = rangeHints[field] ? `; ${rangeHints[field]}` : '';
  return `must be ${bound} ${limit} (got ${describeValue(data)})${hint}${choose}`;
}

/** The name a message uses for the field at `path`: its key, or "<list> entry" for list items. */
export function fieldName(path: readonly PathSegment[]): string {
  const last = path.at(-1);
  if (typeof last === 'string') return last;
  const parent = path.at(-2);
  return typeof parent === 'string' ? `${parent} entry` : 'value';
}

function count(data: unknown): number {
  if (Array.isArray(data)) return data.length;
  return data !== null && typeof data === 'object' ? Object.keys(data).length : 0;
}
