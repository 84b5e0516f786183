// The message for a value of the wrong type, with hints for the usual YAML surprises: a number
// where text was meant (quote it) and a quoted number where a number was meant.
import { describeValue } from './words.js';

const typeNames: Record<string, string> = {
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  null: 'null',
};

/** "must be a string or a list (got 5)", with a hint for quoted numbers and unquoted strings. */
export function typeMismatch(
  expected: readonly string[],
  data: unknown,
  source: string | undefined,
  schema: unknown,
): string {
  const names = [...new Set(expected.map((t) => typeNames[t] ?? t))];
  const wanted =
    names.length > 1
      ? `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`
      : (names[0] ?? '');
  const scalar = typeof data === 'number' || typeof data === 'boolean';
  const got =
    source === ''
      ? 'an empty value'
      : scalar && source !== undefined
        ? source
        : describeValue(data);
  const description = (schema as { description?: unknown } | undefined)?.description;
  const about = names.length > 1 && typeof description === 'string' ? `; ${description}` : '';
  const hint = names.length === 1 ? typeHint(expected[0] ?? '', data, source) : '';
  return `must be ${wanted} (got ${got})${hint}${about}`;
}

function typeHint(expected: string, data: unknown, source: string | undefined): string {
  if (expected === 'string' && (typeof data === 'number' || typeof data === 'boolean')) {
    return `; quote it: "${source ?? String(data)}"`;
  }
  const numeric = typeof data === 'string' && data.trim() !== '' && !Number.isNaN(Number(data));
  return (expected === 'integer' || expected === 'number') && numeric ? '; remove the quotes' : '';
}
