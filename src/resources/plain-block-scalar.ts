// Block scalars of the plain YAML subset (plain-yaml.ts): `|` and `>`, clipped or stripped (`-`),
// their lines indented past the node that holds them, as scripts and long descriptions are written.
// Kept newlines (`+`), indentation indicators, leading empty lines and empty lines with more spaces
// than the text are left to the full parser.
import {
  Char,
  countScalar,
  outside,
  restIsBlank,
  skipSpaces,
  type Cursor,
} from './plain-scalars.js';

const literal = 124; // |
const folded = 62; // >

export function isBlockScalarHeader(text: string, pos: number): boolean {
  const ch = text.charCodeAt(pos);
  return ch === literal || ch === folded;
}

/**
 * The block scalar whose header is at `pos` (a line ending at `end`) in a node at column
 * `parentIndent`: its value, and the offset where the lines after it start.
 */
export function blockScalar(
  c: Cursor,
  pos: number,
  end: number,
  parentIndent: number,
): [string, number] {
  const { text } = c;
  countScalar(c);
  const strip = text.charCodeAt(pos + 1) === Char.Dash;
  if (!restIsBlank(text, pos + (strip ? 2 : 1), end)) outside();
  const lines: string[] = [];
  let indent = -1;
  let next = end + 1;
  while (next < text.length) {
    let lineEnd = text.indexOf('\n', next);
    if (lineEnd === -1) lineEnd = text.length;
    const first = skipSpaces(text, next, lineEnd);
    if (first === lineEnd) {
      if (indent < 0 || first - next > indent) outside();
      lines.push('');
    } else if (indent < 0) {
      if (first - next <= parentIndent) outside(); // nothing in it
      indent = first - next;
      lines.push(text.slice(first, lineEnd));
    } else if (first - next < indent) {
      if (first - next > parentIndent) outside();
      break;
    } else {
      lines.push(text.slice(next + indent, lineEnd));
    }
    next = lineEnd + 1;
  }
  if (indent < 0) outside();
  while (lines.at(-1) === '') lines.pop();
  const value = text.charCodeAt(pos) === literal ? lines.join('\n') : fold(lines);
  return [strip ? value : `${value}\n`, Math.min(next, text.length)];
}

/** Lines of a folded scalar joined as yaml joins them: more-indented and empty lines keep breaks. */
function fold(lines: readonly string[]): string {
  let value = '';
  let separator = '';
  let moreIndented = false;
  for (const line of lines) {
    if (line.startsWith(' ')) {
      if (separator === ' ') separator = '\n';
      else if (!moreIndented && separator === '\n') separator = '\n\n';
      value += separator + line;
      separator = '\n';
      moreIndented = true;
    } else if (line === '') {
      if (separator === '\n') value += '\n';
      else separator = '\n';
    } else {
      value += separator + line;
      separator = ' ';
      moreIndented = false;
    }
  }
  return value;
}
