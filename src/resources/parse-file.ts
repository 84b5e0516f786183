// Parses the text of one resource file into YAML documents with source positions, enforcing the
// limits on documents, nesting and aliases (SPEC §1.6). Documents with problems are not returned.
import { Composer, LineCounter, isAlias, isScalar, visit, type Document } from 'yaml';
import { errorMessage } from '../errors.js';
import { aliasResolver } from './alias-targets.js';
import { checkDepth, describeDepthIssue } from './depth.js';
import { findDuplicateKeys } from './duplicate-keys.js';
import {
  tooDeep,
  tooManyAliases,
  tooManyDocuments,
  tooManyScalars,
  type Limits,
} from './limits.js';
import { tokenize } from './tokenize.js';
import { createLocator, type Locator, type Position } from './locate.js';
import type { Finding, PathSegment } from './problem.js';
import { lowerFirst } from './words.js';

export interface ParsedDocument {
  /** 0-based index of the document in the file, empty documents included */
  index: number;
  /** plain data, aliases expanded; always a mapping */
  value: Record<string, unknown>;
  /** where the document's content starts */
  position: Position;
  locator: Locator;
}

export interface PositionedFinding extends Finding {
  position: Position;
}

export interface ParsedFile {
  documents: ParsedDocument[];
  problems: PositionedFinding[];
}

export function parseResourceFile(text: string, limits: Limits): ParsedFile {
  const lineCounter = new LineCounter();
  const at = (offset: number, message: string): PositionedFinding => ({
    path: [],
    message,
    position: lineCounter.linePos(offset),
  });
  const { tokens, stopped } = tokenize(text, limits, lineCounter);
  if (stopped?.kind === 'depth')
    return { documents: [], problems: [at(stopped.offset, tooDeep(limits.maxDepth))] };
  if (stopped?.kind === 'scalars')
    return { documents: [], problems: [at(stopped.offset, tooManyScalars(limits.maxScalars))] };

  const problems: PositionedFinding[] = [];
  if (stopped) problems.push(at(stopped.offset, tooManyDocuments(limits.maxDocuments)));
  const documents: ParsedDocument[] = [];
  // Duplicate keys are found by findDuplicateKeys: yaml's uniqueKeys check is quadratic.
  const composer = new Composer({ merge: true, uniqueKeys: false, prettyErrors: false });
  let index = 0;
  for (const doc of composer.compose(tokens, false, text.length)) {
    const result = readDocument(doc, index, text, lineCounter, limits);
    if ('problems' in result) problems.push(...result.problems);
    else if (result.document) documents.push(result.document);
    index += 1;
  }
  return { documents, problems };
}

type DocumentResult = { problems: PositionedFinding[] } | { document?: ParsedDocument };

function readDocument(
  doc: Document.Parsed,
  index: number,
  text: string,
  lineCounter: LineCounter,
  limits: Limits,
): DocumentResult {
  const resolve = aliasResolver(doc);
  const locator = createLocator(doc, lineCounter, text, resolve);
  const position = locator.positionOf([]);
  const at = (
    offset: number | undefined,
    message: string,
    path: PathSegment[] = [],
  ): PositionedFinding => ({
    path,
    message,
    position: offset === undefined ? position : lineCounter.linePos(offset),
  });
  const yamlIssues = [...doc.errors, ...doc.warnings];
  if (yamlIssues.length > 0) {
    return {
      problems: yamlIssues.map((issue) =>
        at(issue.pos[0], `invalid YAML: ${lowerFirst(issue.message)}`),
      ),
    };
  }
  const contents = doc.contents;
  if (
    contents === null ||
    (isScalar(contents) && contents.value === null && contents.source === '')
  )
    return {};
  const duplicates = findDuplicateKeys(doc, lineCounter);
  if (duplicates.length > 0)
    return { problems: duplicates.map((d) => at(d.offset, d.message, d.path)) };

  const depth = checkDepth(doc, limits.maxDepth, resolve);
  if (depth) {
    const message = describeDepthIssue(depth, limits.maxDepth);
    return { problems: [at(depth.node.range?.[0], message)] };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    // Unresolved aliases are found above, so a ReferenceError here is yaml's alias limit; merge
    // keys on something other than a mapping throw plain errors.
    if (error instanceof ReferenceError) {
      return { problems: [at(firstAliasOffset(doc), tooManyAliases(limits.maxAliasCount))] };
    }
    return { problems: [at(undefined, `invalid YAML: ${lowerFirst(errorMessage(error))}`)] };
  }
  if (!isMapping(value)) return { problems: [at(undefined, notAMapping(value))] };
  return { document: { index, value, position, locator } };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function notAMapping(value: unknown): string {
  const what = Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`;
  return `document is ${what}, not a mapping; a resource document is a mapping with apiVersion, kind, metadata and spec`;
}

function firstAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node)) offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}
