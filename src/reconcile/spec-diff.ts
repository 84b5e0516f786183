// What an update changes in a resource, one line per changed field, as a plan shows it:
// `replicas: 2 → 3`, `env.MODEL_VERSION changed`, `metadata.owner: user:alice → group:ds`.
// Pure. Values under `env` and `secrets` are never shown, only that they changed.
import { isDeepStrictEqual } from 'node:util';
import type { Resource } from '../resources/types.generated.js';

/** The longest line we write; longer values are cut in the middle. */
const maxLine = 120;
const unset = '(unset)';

/**
 * The fields that differ between two versions of one resource: spec fields by their path inside
 * `spec` (`image`, `healthCheck.path`, `env.X`), then `metadata.*`. Keys in alphabetical order.
 */
export function specChanges(before: Resource, after: Resource): string[] {
  const lines: string[] = [];
  if (before.kind !== after.kind) lines.push(scalarLine('kind', before.kind, after.kind));
  diffFields(lines, '', before.spec, after.spec);
  diffFields(lines, 'metadata.', before.metadata, after.metadata);
  return lines;
}

function diffFields(lines: string[], prefix: string, before: object, after: object): void {
  const a = entries(before);
  const b = entries(after);
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  for (const key of keys) diffValue(lines, `${prefix}${key}`, a.get(key), b.get(key));
}

function diffValue(lines: string[], path: string, before: unknown, after: unknown): void {
  if (isDeepStrictEqual(before, after)) return;
  if (path === 'secrets') {
    lines.push('secrets changed');
  } else if (path === 'env') {
    diffHidden(lines, 'env.', before, after);
  } else if (isShown(before) && isShown(after)) {
    lines.push(scalarLine(path, before, after));
  } else if (isRecord(before) && isRecord(after)) {
    diffFields(lines, `${path}.`, before, after);
  } else {
    lines.push(`${cut(path, maxLine / 2)} ${presence(before, after)}`);
  }
}

/** A map whose values are never shown: each key added, removed or changed. */
function diffHidden(lines: string[], prefix: string, before: unknown, after: unknown): void {
  const a = isRecord(before) ? entries(before) : new Map<string, unknown>();
  const b = isRecord(after) ? entries(after) : new Map<string, unknown>();
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  for (const key of keys) {
    const [x, y] = [a.get(key), b.get(key)];
    if (!isDeepStrictEqual(x, y))
      lines.push(`${cut(`${prefix}${key}`, maxLine / 2)} ${presence(x, y)}`);
  }
}

function presence(before: unknown, after: unknown): string {
  if (before === undefined) return 'added';
  if (after === undefined) return 'removed';
  return 'changed';
}

type Shown = string | number | boolean | null | undefined;

/** Values shown as `old → new`: scalars on one line, or absent. */
function isShown(value: unknown): value is Shown {
  if (typeof value === 'string') return !value.includes('\n');
  return (
    value === undefined || value === null || typeof value === 'number' || typeof value === 'boolean'
  );
}

function scalarLine(path: string, before: Shown, after: Shown): string {
  const name = cut(path, maxLine / 2);
  const room = Math.max(16, Math.floor((maxLine - name.length - ': '.length - ' → '.length) / 2));
  return `${name}: ${cut(show(before), room)} → ${cut(show(after), room)}`;
}

function show(value: Shown): string {
  if (value === undefined) return unset;
  if (typeof value !== 'string') return String(value);
  // Quoted only where the bare text would be ambiguous: empty, spaces, quotes, the arrow.
  return /^[^\s"→]+$/.test(value) && value !== unset ? value : JSON.stringify(value);
}

/** Cuts in the middle, so both a registry and a tag stay visible. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = Math.ceil((max - 1) / 2);
  const tail = Math.floor((max - 1) / 2);
  return `${text.slice(0, head)}…${text.slice(text.length - tail)}`;
}

function entries(value: object): Map<string, unknown> {
  return new Map(Object.entries(value).filter(([, v]) => v !== undefined));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
