// Turns ajv's errors into findings: one per real mistake, each at the node it is about. A failed
// `oneOf` (command, secrets entries) becomes the errors of the form the value was meant to have,
// or one "must be a string or a list" when it has the type of none of them.
import type { ErrorObject } from 'ajv';
import type { Finding, PathSegment } from './problem.js';
import { messageFor } from './schema-messages.js';
import { typeMismatch } from './type-messages.js';

export type SourceOf = (path: readonly PathSegment[]) => string | undefined;

export function explainSchemaErrors(
  errors: readonly ErrorObject[],
  root: unknown,
  sourceOf: SourceOf,
): Finding[] {
  const dropped = new Set<ErrorObject>();
  const merged = new Map<ErrorObject, string[]>();
  for (const [index, error] of errors.entries()) {
    if (error.keyword === 'propertyNames') dropped.add(error);
    if (error.keyword !== 'oneOf') continue;
    const branches: ErrorObject[] = [];
    for (let i = index - 1; i >= 0; i--) {
      const candidate = errors[i];
      if (!candidate || !isWithin(candidate.instancePath, error.instancePath)) break;
      branches.push(candidate);
    }
    branches.reverse();
    const typeErrors = branches.filter(
      (b) => b.keyword === 'type' && b.instancePath === error.instancePath,
    );
    for (const typeError of typeErrors) dropped.add(typeError);
    if (typeErrors.length < branches.length) dropped.add(error);
    else
      merged.set(
        error,
        typeErrors.flatMap((t) => String(t.params.type).split(',')),
      );
  }

  const findings: Finding[] = [];
  for (const error of errors) {
    if (dropped.has(error)) continue;
    const path = decodePath(error.instancePath, root);
    const expected = merged.get(error);
    if (expected) {
      findings.push({
        path,
        message: typeMismatch(expected, error.data, sourceOf(path), error.parentSchema),
      });
      continue;
    }
    findings.push(explain(error, path, sourceOf));
  }
  return findings;
}

function explain(error: ErrorObject, path: PathSegment[], sourceOf: SourceOf): Finding {
  const { params } = error;
  if (error.propertyName !== undefined) {
    return {
      path: [...path, error.propertyName],
      at: 'key',
      message: messageFor(error, path, undefined, true),
    };
  }
  switch (error.keyword) {
    case 'additionalProperties':
      return {
        path: [...path, String(params.additionalProperty)],
        at: 'key',
        message: messageFor(error, path),
      };
    case 'required':
      return {
        path: [...path, String(params.missingProperty)],
        at: 'parent',
        message: messageFor(error, path),
      };
    case 'uniqueItems': {
      const later = Math.max(Number(params.i), Number(params.j));
      return { path: [...path, later], message: messageFor(error, path) };
    }
    default:
      return { path, message: messageFor(error, path, sourceOf(path)) };
  }
}

function isWithin(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}

/** "/spec/git/0/path" → ["spec", "git", 0, "path"]; digits become indexes only inside lists. */
export function decodePath(pointer: string, root: unknown): PathSegment[] {
  if (pointer === '') return [];
  const path: PathSegment[] = [];
  let node = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    const segment: PathSegment = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
    path.push(segment);
    node =
      node !== null && typeof node === 'object'
        ? (node as Record<PathSegment, unknown>)[segment]
        : undefined;
  }
  return path;
}
