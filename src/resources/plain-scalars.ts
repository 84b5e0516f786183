// The one-line pieces of the plain YAML subset (plain-yaml.ts): quoted and plain scalars, resolved
// as yaml's core schema resolves them, and flow collections (`[a, b]`, `{ k: v }`) on one line.
// Anything outside the subset throws OutsideSubset; the caller then uses the full parser.
import type { Limits } from './limits.js';

/** The text uses YAML the plain reader does not read; the full parser must. */
export class OutsideSubset extends Error {}

export function outside(): never {
  throw new OutsideSubset('outside the plain YAML subset');
}

/** What a read of one file counts, to stay within the limits the full parser enforces. */
export interface Cursor {
  text: string;
  limits: Limits;
  scalars: number;
  depth: number;
}

/** Character codes the reader looks for. */
export const Char = {
  Space: 32,
  Quote: 34,
  Hash: 35,
  Apostrophe: 39,
  Comma: 44,
  Dash: 45,
  Colon: 58,
  OpenBracket: 91,
  Backslash: 92,
  CloseBracket: 93,
  OpenBrace: 123,
  CloseBrace: 125,
} as const;

// Characters no plain scalar of the subset starts with: indicators of anchors, aliases, tags, block
// scalars, directives, reserved characters, complex keys, and flow punctuation.
const indicators = new Set('&*!|>%@`?:,[]{}#\'"'.split('').map((c) => c.charCodeAt(0)));
const flowIndicators = new Set('[]{},'.split('').map((c) => c.charCodeAt(0)));

export function skipSpaces(text: string, pos: number, end: number): number {
  while (pos < end && text.charCodeAt(pos) === Char.Space) pos++;
  return pos;
}

/** `text` from `start` to `stop`, without the spaces before `stop` (yaml trims only spaces). */
export function trimmed(text: string, start: number, stop: number): string {
  while (stop > start && text.charCodeAt(stop - 1) === Char.Space) stop--;
  return text.slice(start, stop);
}

/** Only spaces are left before `end`, or spaces and then a comment. */
export function restIsBlank(text: string, pos: number, end: number): boolean {
  const next = skipSpaces(text, pos, end);
  return next === end || (next > pos && text.charCodeAt(next) === Char.Hash);
}

export function countScalar(c: Cursor): void {
  if (++c.scalars > c.limits.maxScalars) outside();
}

export function enter(c: Cursor): void {
  if (++c.depth > c.limits.maxDepth) outside();
}

/** A plain scalar may start at `pos`: no indicator, and a dash only when a word follows it. */
export function plainStarts(text: string, pos: number, end: number): boolean {
  const ch = text.charCodeAt(pos);
  if (indicators.has(ch) || ch === Char.Space || pos >= end) return false;
  if (ch !== Char.Dash) return true;
  const next = pos + 1 < end ? text.charCodeAt(pos + 1) : Char.Space;
  return next !== Char.Space && !flowIndicators.has(next);
}

const nullValue = /^(?:~|[Nn]ull|NULL)?$/;
const boolValue = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const octal = /^0o[0-7]+$/;
const decimal = /^[-+]?[0-9]+$/;
const hexadecimal = /^0x[0-9a-fA-F]+$/;
const special = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const exponential = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const fraction = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const noTagStart = /^[A-Za-z]/;
const tagLetters = /^[nNtTfF]/;

/** The value of a plain scalar under the YAML 1.2 core schema, tested in yaml's order. */
export function resolvePlain(source: string): unknown {
  if (noTagStart.test(source) && !tagLetters.test(source)) return source;
  if (nullValue.test(source)) return null;
  if (boolValue.test(source)) return source[0] === 't' || source[0] === 'T';
  if (octal.test(source)) return parseInt(source.slice(2), 8);
  if (decimal.test(source)) return parseInt(source, 10);
  if (hexadecimal.test(source)) return parseInt(source.slice(2), 16);
  if (special.test(source)) {
    if (source.slice(-3).toLowerCase() === 'nan') return NaN;
    return source.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (exponential.test(source) || fraction.test(source)) return parseFloat(source);
  return source;
}

/** A plain key must read as a string; `<<` is a merge key. */
export function plainKey(source: string): string {
  const key = resolvePlain(source);
  if (typeof key !== 'string' || key === '<<') outside();
  return key;
}

/**
 * A key ends at most 1000 characters after it starts (yaml's limit is 1024), is new in its
 * mapping, and is not special to JavaScript objects or to yaml.
 */
export function checkKey(key: string, length: number, map: Record<string, unknown>): void {
  if (length > 1000 || key === '__proto__' || key === '<<' || Object.hasOwn(map, key)) outside();
}

/** A quoted scalar that closes on its line: its value and the offset after the closing quote. */
export function quoted(c: Cursor, pos: number, end: number): [string, number] {
  countScalar(c);
  const { text } = c;
  if (text.charCodeAt(pos) === Char.Apostrophe) {
    let value = '';
    for (let from = pos + 1; ;) {
      const close = text.indexOf("'", from);
      if (close === -1 || close >= end) outside();
      if (close + 1 < end && text.charCodeAt(close + 1) === Char.Apostrophe) {
        value += text.slice(from, close + 1);
        from = close + 2;
        continue;
      }
      return [value + text.slice(from, close), close + 1];
    }
  }
  let value = '';
  let from = pos + 1;
  for (let i = from; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === Char.Quote) return [value + text.slice(from, i), i + 1];
    if (ch !== Char.Backslash) continue;
    const [escaped, next] = escape(text, i + 1, end);
    value += text.slice(from, i) + escaped;
    from = next;
    i = next - 1;
  }
  return outside();
}

const escapes: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};
const hexDigits = /^[0-9a-fA-F]+$/;

function escape(text: string, pos: number, end: number): [string, number] {
  const name = pos < end ? text.charAt(pos) : '';
  const simple = escapes[name];
  if (simple !== undefined) return [simple, pos + 1];
  const length = name === 'x' ? 2 : name === 'u' ? 4 : name === 'U' ? 8 : 0;
  const digits = text.slice(pos + 1, pos + 1 + length);
  if (length === 0 || pos + 1 + length > end || !hexDigits.test(digits)) outside();
  const code = parseInt(digits, 16);
  if (code > 0x10ffff) outside();
  return [String.fromCodePoint(code), pos + 1 + length];
}

/**
 * A plain scalar in a block, up to the end of the line or a comment. `: ` inside it, or `:` at its
 * end, would make it a mapping on one line, which the subset leaves to the full parser.
 */
export function blockPlain(c: Cursor, pos: number, end: number): unknown {
  countScalar(c);
  const { text } = c;
  let stop = end;
  for (let i = pos; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === Char.Colon && (i + 1 === end || text.charCodeAt(i + 1) === Char.Space)) outside();
    if (ch === Char.Hash && text.charCodeAt(i - 1) === Char.Space) {
      stop = i;
      break;
    }
  }
  return resolvePlain(trimmed(text, pos, stop));
}

/** A flow collection that closes on its line: its value and the offset after it. */
export function flowCollection(c: Cursor, pos: number, end: number): [unknown, number] {
  enter(c);
  const { text } = c;
  const isList = text.charCodeAt(pos) === Char.OpenBracket;
  const close = isList ? Char.CloseBracket : Char.CloseBrace;
  const list: unknown[] = [];
  const map: Record<string, unknown> = {};
  let p = skipSpaces(text, pos + 1, end);
  if (text.charCodeAt(p) !== close) {
    for (;;) {
      if (isList) {
        const [value, next] = flowNode(c, p, end);
        list.push(value);
        p = next;
      } else {
        const [key, afterKey] = flowKey(c, p, end);
        checkKey(key, afterKey - p, map);
        const [value, next] = flowNode(c, skipSpaces(text, afterKey, end), end);
        map[key] = value;
        p = next;
      }
      p = skipSpaces(text, p, end);
      if (p < end && text.charCodeAt(p) === close) break;
      if (p >= end || text.charCodeAt(p) !== Char.Comma) outside();
      p = skipSpaces(text, p + 1, end);
      if (p >= end || text.charCodeAt(p) === close) outside();
    }
  }
  c.depth -= 1;
  return [isList ? list : map, p + 1];
}

function flowNode(c: Cursor, pos: number, end: number): [unknown, number] {
  const { text } = c;
  if (pos >= end) outside();
  const ch = text.charCodeAt(pos);
  if (ch === Char.OpenBracket || ch === Char.OpenBrace) return flowCollection(c, pos, end);
  if (ch === Char.Quote || ch === Char.Apostrophe) {
    const [value, next] = quoted(c, pos, end);
    // `"key": value` inside a list is a one-pair mapping.
    if (text.charCodeAt(skipSpaces(text, next, end)) === Char.Colon) outside();
    return [value, next];
  }
  if (!plainStarts(text, pos, end)) outside();
  countScalar(c);
  const stop = flowPlainEnd(text, pos, end);
  if (text.charCodeAt(stop) === Char.Colon) outside();
  return [resolvePlain(trimmed(text, pos, stop)), stop];
}

/** A key of a flow mapping, followed by `: `; returns the key and the offset after the colon. */
function flowKey(c: Cursor, pos: number, end: number): [string, number] {
  const { text } = c;
  const ch = text.charCodeAt(pos);
  let key: string;
  let colon: number;
  if (ch === Char.Quote || ch === Char.Apostrophe) {
    [key, colon] = quoted(c, pos, end);
  } else {
    if (!plainStarts(text, pos, end) || ch === Char.Dash) outside();
    countScalar(c);
    colon = flowPlainEnd(text, pos, end);
    const source = text.slice(pos, colon);
    if (source.endsWith(' ')) outside();
    key = plainKey(source);
  }
  if (text.charCodeAt(colon) !== Char.Colon || text.charCodeAt(colon + 1) !== Char.Space) outside();
  return [key, colon + 1];
}

/**
 * Where a plain scalar in a flow collection ends: at a comma or closing bracket, or at a colon that
 * is followed by a space, a flow indicator or the end of the line. Opening brackets and comments
 * inside it are outside the subset.
 */
function flowPlainEnd(text: string, pos: number, end: number): number {
  for (let i = pos; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === Char.Comma || ch === Char.CloseBracket || ch === Char.CloseBrace) return i;
    if (ch === Char.OpenBracket || ch === Char.OpenBrace) outside();
    if (ch === Char.Hash && text.charCodeAt(i - 1) === Char.Space) outside();
    if (ch === Char.Colon) {
      const next = i + 1 < end ? text.charCodeAt(i + 1) : Char.Space;
      if (next === Char.Space || flowIndicators.has(next)) return i;
    }
  }
  return outside();
}
