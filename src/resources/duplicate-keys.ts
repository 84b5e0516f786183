// Duplicate keys in a mapping, each reported at the second key with where the first one is.
// This replaces yaml's `uniqueKeys` check, which compares every key with every earlier key of its
// mapping: a hostile file with 100,000 keys would take minutes. Here it is one pass per mapping.
import { isMap, isNode, isPair, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { scalarKeyText } from './locate.js';
import type { PathSegment } from './problem.js';

export interface DuplicateKey {
  path: PathSegment[];
  /** where the second key starts */
  offset: number;
  message: string;
}

export function findDuplicateKeys(doc: Document, lineCounter: LineCounter): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const path: PathSegment[] = [];
  function walk(node: unknown): void {
    if (isSeq(node)) {
      node.items.forEach((item, index) => {
        path.push(index);
        walk(isPair(item) ? item.value : item);
        path.pop();
      });
      return;
    }
    if (!isMap(node)) return;
    const seen = new Map<string, Node>();
    for (const pair of node.items) {
      const key = isNode(pair.key) ? pair.key : null;
      const name = scalarKeyText(key);
      if (name === undefined || !key) continue;
      const first = seen.get(name);
      path.push(name);
      if (first === undefined) seen.set(name, key);
      else
        found.push({
          path: [...path],
          offset: key.range?.[0] ?? 0,
          message: message(name, first, lineCounter),
        });
      walk(pair.value);
      path.pop();
    }
  }
  walk(doc.contents);
  return found;
}

function message(name: string, first: Node, lineCounter: LineCounter): string {
  const { line, col } = lineCounter.linePos(first.range?.[0] ?? 0);
  return `duplicate key "${name}", already set at line ${line}, column ${col}; remove one of them`;
}
