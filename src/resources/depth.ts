// Nesting depth of a parsed YAML document with aliases expanded, without expanding them: each
// node's height is computed once, so an alias bomb costs no more than its text. Also finds
// aliases without an anchor, and aliases that refer to a node containing them (an infinite
// resource).
import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  type Alias,
  type Document,
  type Node,
} from 'yaml';
import type { AliasResolver } from './alias-targets.js';
import { tooDeep } from './limits.js';

export type DepthIssue =
  { kind: 'too-deep'; node: Node } | { kind: 'cycle' | 'unresolved'; node: Alias };

/** The first alias or depth problem of the document, or undefined when it has none. */
export function checkDepth(
  doc: Document,
  maxDepth: number,
  resolve: AliasResolver,
): DepthIssue | undefined {
  const heights = new Map<Node, number>();
  const open = new Set<Node>();
  let cycle: Alias | undefined;
  let unresolved: Alias | undefined;

  // Only anchored nodes can be reached twice (through aliases), so only they are memoized and
  // tracked while open; everything else is visited once anyway.
  function height(node: unknown): number {
    if (isScalar(node) || !isNode(node)) return 0;
    if (isAlias(node)) {
      const target = resolve(node);
      if (!target) unresolved ??= node;
      else if (open.has(target)) cycle ??= node;
      else return height(target);
      return 0;
    }
    const anchored = node.anchor !== undefined;
    const known = anchored ? heights.get(node) : undefined;
    if (known !== undefined) return known;
    if (anchored) open.add(node);
    let deepest = 0;
    if (isMap(node)) {
      for (const pair of node.items)
        deepest = Math.max(deepest, height(pair.key), height(pair.value));
    } else if (isSeq(node)) {
      for (const item of node.items) {
        deepest = Math.max(
          deepest,
          isPair(item) ? Math.max(height(item.key), height(item.value)) : height(item),
        );
      }
    }
    if (anchored) {
      open.delete(node);
      heights.set(node, deepest + 1);
    }
    return deepest + 1;
  }

  const total = height(doc.contents);
  if (unresolved) return { kind: 'unresolved', node: unresolved };
  if (cycle) return { kind: 'cycle', node: cycle };
  if (total <= maxDepth) return undefined;

  // Follow the deepest branch down to the first level over the limit; point at an alias on the
  // way, since that is where the depth was added.
  let node: unknown = doc.contents;
  let level = 0;
  let via: Alias | undefined;
  while (isNode(node)) {
    if (isAlias(node)) {
      via ??= node;
      node = resolve(node);
      continue;
    }
    if (isMap(node) || isSeq(node)) level += 1;
    if (level > maxDepth) return { kind: 'too-deep', node: via ?? node };
    node = children(node).reduce<unknown>(
      (best, c) => (height(c) > height(best) ? c : best),
      undefined,
    );
  }
  return { kind: 'too-deep', node: via ?? (doc.contents as Node) };
}

function children(node: Node): unknown[] {
  if (!isMap(node) && !isSeq(node)) return [];
  return (node.items as unknown[]).flatMap((item) =>
    isPair(item) ? [item.key, item.value] : [item],
  );
}

export function describeDepthIssue(issue: DepthIssue, maxDepth: number): string {
  if (issue.kind === 'too-deep') return tooDeep(maxDepth);
  const name = issue.node.source;
  if (issue.kind === 'cycle') {
    return `alias *${name} refers to a node that contains it; a resource cannot contain itself, write the value out`;
  }
  return `alias *${name} has no anchor &${name} before it in this document; anchors do not carry over to other documents (---), so define it first or write the value out`;
}
