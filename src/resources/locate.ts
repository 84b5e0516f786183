// Maps a field path inside a parsed YAML document to a line and column, so that every problem
// points at the node it is about. Follows aliases and merge keys (`<<: *defaults`) to where a
// value was written; a path that does not exist points at the deepest part of it that does.
import {
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
  type YAMLMap,
} from 'yaml';
import { aliasResolver, type AliasResolver } from './alias-targets.js';
import type { PathSegment } from './problem.js';

export interface Position {
  line: number;
  col: number;
}

export interface Locator {
  /** where the value at `path` is (or its key, or the mapping that holds it) */
  positionOf: (path: readonly PathSegment[], at?: 'value' | 'key' | 'parent') => Position;
  /** the text written for the scalar at `path`, when there is one */
  sourceOf: (path: readonly PathSegment[]) => string | undefined;
}

interface Step {
  key?: Node;
  value: Node | null;
}

interface Walk extends Step {
  complete: boolean;
}

export function createLocator(
  doc: Document,
  lineCounter: LineCounter,
  source: string,
  resolve: AliasResolver = aliasResolver(doc),
): Locator {
  const start = doc.range?.[0] ?? 0;
  const offsetOf = (node: Node | null | undefined): number | undefined => node?.range?.[0];
  const position = (offset: number | undefined): Position => lineCounter.linePos(offset ?? start);
  const indexes = new Map<YAMLMap, MapIndex>();

  /** Keys of a mapping (first occurrence wins) and its merge sources, built on first use. */
  function indexOf(map: YAMLMap): MapIndex {
    let index = indexes.get(map);
    if (!index) {
      index = { keys: new Map(), merges: [] };
      for (const pair of map.items) {
        const key = asNode(pair.key);
        const value = asNode(pair.value);
        const text = scalarKeyText(key);
        if (text === '<<' && value)
          index.merges.push(...(isSeq(value) ? value.items.map(asNode) : [value]));
        else if (text !== undefined && !index.keys.has(text))
          index.keys.set(text, { ...(key ? { key } : {}), value });
      }
      indexes.set(map, index);
    }
    return index;
  }

  /** The step from `node` to its child `segment`, looking through aliases and merge keys. */
  function child(node: Node | null, segment: PathSegment, seen: Set<Node>): Step | undefined {
    const target = isAlias(node) ? resolve(node) : node;
    if (!target || seen.has(target)) return undefined;
    seen.add(target);
    if (isSeq(target)) {
      const item = typeof segment === 'number' ? target.items[segment] : undefined;
      return item === undefined ? undefined : { value: asNode(item) };
    }
    if (!isMap(target)) return undefined;
    const index = indexOf(target);
    const found = index.keys.get(String(segment));
    if (found) return found;
    for (const merge of index.merges) {
      const merged = child(merge, segment, seen);
      if (merged) return merged;
    }
    return undefined;
  }

  function walk(path: readonly PathSegment[]): Walk {
    let current: Step = { value: doc.contents };
    for (const segment of path) {
      const next = child(current.value, segment, new Set());
      if (!next) return { ...current, complete: false };
      current = next;
    }
    return { ...current, complete: true };
  }

  function positionOf(
    path: readonly PathSegment[],
    at: 'value' | 'key' | 'parent' = 'value',
  ): Position {
    if (at === 'parent') return positionOf(path.slice(0, -1));
    const found = walk(path);
    if (found.complete && at === 'key' && found.key) return position(offsetOf(found.key));
    const { value, key } = found;
    const empty = !value?.range || value.range[0] === value.range[1];
    return position(empty ? (offsetOf(key) ?? offsetOf(value)) : offsetOf(value));
  }

  function sourceOf(path: readonly PathSegment[]): string | undefined {
    const found = walk(path);
    if (!found.complete || !isScalar(found.value) || !found.value.range) return undefined;
    return source.slice(found.value.range[0], found.value.range[1]);
  }

  return { positionOf, sourceOf };
}

interface MapIndex {
  keys: Map<string, Step>;
  merges: (Node | null)[];
}

function asNode(value: unknown): Node | null {
  return isNode(value) ? value : null;
}

/** The text of a scalar key; a merge key (`<<`) reads as "<<". */
export function scalarKeyText(key: Node | null): string | undefined {
  if (!isScalar(key)) return undefined;
  return typeof key.value === 'symbol' ? '<<' : String(key.value);
}
