// Reads the plain YAML most resource files are written in straight into values, in one pass over
// the text: block mappings and lists, one-line flow collections, one-line quoted and plain scalars,
// literal and folded block scalars, plain and quoted scalars over several lines, comments, and `---`
// between documents. Anything else (anchors, aliases, tags, flow collections over several lines,
// tabs, duplicate keys, a limit reached, or anything yaml would report) returns undefined, and the
// file goes through the full parser (parse-file.ts), which gives exact problems and positions.
// Where the reader returns values, they are the values the full parser gives (plain-yaml.test.ts
// compares the two).
import type { Limits } from './limits.js';
import { blockScalar, isBlockScalarHeader } from './plain-block-scalar.js';
import {
  Char,
  OutsideSubset,
  blockPlain,
  checkKey,
  countScalar,
  enter,
  flowCollection,
  outside,
  plainKey,
  plainStarts,
  quoted,
  resolvePlain,
  restIsBlank,
  skipSpaces,
  trimmed,
  type Cursor,
} from './plain-scalars.js';

export interface PlainDocument {
  /** 0-based index of the document in its file, empty documents included */
  index: number;
  value: Record<string, unknown>;
  /** where the document's mapping starts: its first key */
  line: number;
  col: number;
}

/** A line with content; blank and comment lines are left out. */
interface Line {
  start: number;
  end: number;
  indent: number;
  number: number;
}

/** The content lines of one document and the one being read. */
interface Block {
  c: Cursor;
  lines: Line[];
  at: number;
}

// Tabs, carriage returns, byte order marks and control characters: the full parser decides.
// eslint-disable-next-line no-control-regex
const unusual = /[\0-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;

export function readPlainYaml(text: string, limits: Limits): PlainDocument[] | undefined {
  if (unusual.test(text)) return undefined;
  try {
    return readDocuments({ text, limits, scalars: 0, depth: 0 });
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}

function readDocuments(c: Cursor): PlainDocument[] {
  const { text } = c;
  const documents: PlainDocument[] = [];
  // A document starts with its first content line or with `---`; a `---` after that starts the next.
  let index = -1;
  let lines: Line[] = [];
  const finish = () => {
    if (index >= 0 && lines.length > 0) documents.push(readDocument(c, lines, index));
  };
  for (let start = 0, number = 1; start <= text.length; number++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const first = skipSpaces(text, start, end);
    if (first < end && text.charCodeAt(first) !== Char.Hash) {
      if (first === start && isMarker(text, start, end, '---')) {
        if (!restIsBlank(text, start + 3, end)) outside();
        finish();
        index += 1;
        lines = [];
        if (index >= c.limits.maxDocuments) outside();
      } else {
        const directive = text.charCodeAt(start) === 37; // %
        if (first === start && (directive || isMarker(text, start, end, '...'))) outside();
        if (index < 0) index = 0;
        lines.push({ start, end, indent: first - start, number });
      }
    }
    start = end + 1;
  }
  finish();
  return documents;
}

function isMarker(text: string, start: number, end: number, marker: string): boolean {
  return (
    text.startsWith(marker, start) &&
    (start + 3 === end || text.charCodeAt(start + 3) === Char.Space)
  );
}

function readDocument(c: Cursor, lines: Line[], index: number): PlainDocument {
  const root = lines[0] as Line;
  const first = root.start + root.indent;
  if (isDash(c.text, first, root.end)) outside(); // a list: not a resource, the full parser says so
  const block: Block = { c, lines, at: 0 };
  const value = blockMapping(block, root.indent, first);
  if (block.at < lines.length) outside();
  return { index, value, line: root.number, col: root.indent + 1 };
}

function isDash(text: string, pos: number, end: number): boolean {
  return (
    text.charCodeAt(pos) === Char.Dash &&
    (pos + 1 === end || text.charCodeAt(pos + 1) === Char.Space)
  );
}

/** A block mapping whose keys are at column `indent`; the first key starts at `keyAt`. */
function blockMapping(b: Block, indent: number, keyAt: number): Record<string, unknown> {
  const { c } = b;
  enter(c);
  const map: Record<string, unknown> = {};
  for (let pos = keyAt; ;) {
    const line = b.lines[b.at] as Line;
    const [key, after] = blockKey(c, pos, line.end) ?? outside();
    checkKey(key, after - pos, map);
    const p = skipSpaces(c.text, after, line.end);
    if (p === line.end || c.text.charCodeAt(p) === Char.Hash) {
      b.at += 1;
      map[key] = nestedValue(b, indent, true);
    } else {
      map[key] = valueOnLine(b, p, line, indent);
    }
    const next = b.lines[b.at];
    if (!next || next.indent < indent) break;
    if (next.indent > indent) outside();
    pos = next.start + indent;
  }
  c.depth -= 1;
  return map;
}

/** A block list whose dashes are at column `indent`. */
function blockSequence(b: Block, indent: number): unknown[] {
  const { c } = b;
  enter(c);
  const list: unknown[] = [];
  for (;;) {
    const line = b.lines[b.at] as Line;
    const p = skipSpaces(c.text, line.start + indent + 1, line.end);
    if (p === line.end || c.text.charCodeAt(p) === Char.Hash) {
      b.at += 1;
      list.push(nestedValue(b, indent, false));
    } else if (isDash(c.text, p, line.end)) {
      outside(); // `- - a`
    } else if (blockKey({ ...c, scalars: 0 }, p, line.end)) {
      list.push(blockMapping(b, p - line.start, p)); // `- key: value`
    } else {
      list.push(valueOnLine(b, p, line, indent));
    }
    const next = b.lines[b.at];
    if (!next || next.indent < indent) break;
    if (next.indent > indent) outside();
    if (!isDash(c.text, next.start + indent, next.end)) break;
  }
  c.depth -= 1;
  return list;
}

/**
 * The value of a key or dash with nothing after it on its line: the more indented lines that
 * follow, or a list at the key's own column, or null.
 */
function nestedValue(b: Block, indent: number, ofKey: boolean): unknown {
  const next = b.lines[b.at];
  if (!next || next.indent < indent) return null;
  const first = next.start + next.indent;
  const list = isDash(b.c.text, first, next.end);
  if (next.indent === indent) return ofKey && list ? blockSequence(b, indent) : null;
  return list ? blockSequence(b, next.indent) : blockMapping(b, next.indent, first);
}

/**
 * The value after a key or dash on its line, in a node at column `indent`: a block scalar with the
 * lines that follow, or a scalar or flow collection on this line alone.
 */
function valueOnLine(b: Block, pos: number, line: Line, indent: number): unknown {
  if (isBlockScalarHeader(b.c.text, pos)) {
    const [value, after] = blockScalar(b.c, pos, line.end, indent);
    while ((b.lines[b.at]?.start ?? Infinity) < after) b.at += 1;
    return value;
  }
  if (isQuote(b.c.text.charCodeAt(pos)) && !closesOnLine(b.c.text, pos, line.end))
    return quotedLines(b, pos, indent);
  const value = inlineValue(b.c, pos, line.end);
  b.at += 1;
  if ((b.lines[b.at]?.indent ?? -1) > indent) return continuedPlain(b, pos, line, indent);
  return value;
}

/**
 * A plain scalar continued on more indented lines, folded as YAML folds it: a line break between
 * two lines becomes a space, n empty lines become n line breaks. A comment, `: `, or an indicator
 * at the start of a line is left to the full parser.
 */
function continuedPlain(b: Block, pos: number, line: Line, indent: number): unknown {
  const { text } = b.c;
  if (!plainStarts(text, pos, line.end)) outside(); // quoted or flow, over several lines
  let value = foldedLine(text, pos, line.end);
  let previous = line;
  for (let next = b.lines[b.at]; next && next.indent > indent; next = b.lines[b.at]) {
    const gap = text.slice(previous.end, next.start);
    if (gap.trim() !== '') outside(); // a comment line between
    const breaks = gap.split('\n').length - 1;
    const start = next.start + next.indent;
    if (text.charCodeAt(start) === Char.Dash || !plainStarts(text, start, next.end)) outside();
    value += (breaks === 1 ? ' ' : '\n'.repeat(breaks - 1)) + foldedLine(text, start, next.end);
    previous = next;
    b.at += 1;
  }
  return resolvePlain(value);
}

const isQuote = (ch: number) => ch === Char.Quote || ch === Char.Apostrophe;

/** The offset of the quote that closes the one at `pos`, or -1 when none does before `end`. */
function closingQuote(text: string, pos: number, end: number): number {
  const quote = text.charAt(pos);
  for (let from = pos + 1; ;) {
    const close = text.indexOf(quote, from);
    if (close === -1 || close >= end) return -1;
    if (quote === "'" && text.charAt(close + 1) === "'") {
      from = close + 2;
      continue;
    }
    return close;
  }
}

function closesOnLine(text: string, pos: number, end: number): boolean {
  return closingQuote(text, pos, end) !== -1;
}

/**
 * A quoted scalar over several lines, in a node at column `indent`, folded as YAML folds it: the
 * line break between two lines becomes a space, n empty lines become n line breaks, and spaces
 * around a line break go. Every line after the first is more indented than the node. Escapes in a
 * double-quoted one over several lines, and a closing quote alone on its line, are left to the
 * full parser.
 */
function quotedLines(b: Block, pos: number, indent: number): string {
  const { c } = b;
  const { text } = c;
  countScalar(c);
  const last = b.lines[b.lines.length - 1] as Line;
  const close = closingQuote(text, pos, last.end);
  if (close === -1) outside();
  const body = text.slice(pos + 1, close);
  const double = text.charCodeAt(pos) === Char.Quote;
  if (double && body.includes('\\')) outside();
  const rows = body.split('\n');
  let value = (rows[0] as string).replace(/ +$/, '');
  let breaks = 0;
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i] as string;
    const content = row.replace(/^ +/, '');
    const lastRow = i === rows.length - 1;
    const kept = lastRow ? content : content.replace(/ +$/, '');
    if (kept === '') {
      if (lastRow) outside();
      breaks += 1;
      continue;
    }
    if (row.length - content.length <= indent) outside();
    value += (breaks === 0 ? ' ' : '\n'.repeat(breaks)) + kept;
    breaks = 0;
  }
  const lineEnd = text.indexOf('\n', close);
  if (!restIsBlank(text, close + 1, lineEnd === -1 ? text.length : lineEnd)) outside();
  while ((b.lines[b.at]?.start ?? Infinity) <= close) b.at += 1;
  return double ? value : value.replaceAll("''", "'");
}

/** One line of a multi-line plain scalar without its trailing spaces. */
function foldedLine(text: string, start: number, end: number): string {
  const line = trimmed(text, start, end);
  if (/ #|: |:$/.test(line)) outside();
  return line;
}

/** A scalar or flow collection that fills the rest of the line, comments aside. */
function inlineValue(c: Cursor, pos: number, end: number): unknown {
  const { text } = c;
  const ch = text.charCodeAt(pos);
  let value: unknown;
  let next: number;
  if (ch === Char.OpenBracket || ch === Char.OpenBrace) [value, next] = flowCollection(c, pos, end);
  else if (ch === Char.Quote || ch === Char.Apostrophe) [value, next] = quoted(c, pos, end);
  else if (plainStarts(text, pos, end)) return blockPlain(c, pos, end);
  else return outside();
  if (!restIsBlank(text, next, end)) outside();
  return value;
}

/**
 * `key:` followed by a space or the end of the line: the key and the offset after the colon, or
 * undefined when the line does not start with a key.
 */
function blockKey(c: Cursor, pos: number, end: number): [string, number] | undefined {
  const { text } = c;
  const ch = text.charCodeAt(pos);
  let key: string;
  let colon: number;
  if (isQuote(ch)) {
    if (!closesOnLine(text, pos, end)) return undefined; // a key is on one line
    [key, colon] = quoted(c, pos, end);
    if (text.charCodeAt(colon) !== Char.Colon) return undefined;
  } else {
    if (!plainStarts(text, pos, end) || ch === Char.Dash) return undefined;
    colon = plainKeyEnd(text, pos, end);
    if (colon < 0) return undefined;
    if (text.charCodeAt(colon - 1) === Char.Space) outside(); // `key :`
    countScalar(c);
    key = plainKey(text.slice(pos, colon));
  }
  if (colon + 1 < end && text.charCodeAt(colon + 1) !== Char.Space) outside();
  return [key, colon + 1];
}

/** The colon that ends a plain key (followed by a space or the line's end), or -1. */
function plainKeyEnd(text: string, pos: number, end: number): number {
  for (let i = pos; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === Char.Colon && (i + 1 === end || text.charCodeAt(i + 1) === Char.Space)) return i;
    if (ch === Char.Hash && text.charCodeAt(i - 1) === Char.Space) return -1;
  }
  return -1;
}
