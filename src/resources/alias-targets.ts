// What each alias of a document refers to: the last node with its anchor before it, as YAML
// defines it. Computed in one pass on first use; yaml's own Alias.resolve walks the whole
// document for every alias, which a file with many aliases turns into quadratic work.
import { isAlias, visit, type Alias, type Document, type Node } from 'yaml';

export type AliasResolver = (alias: Alias) => Node | undefined;

export function aliasResolver(doc: Document): AliasResolver {
  let targets: Map<Alias, Node | undefined> | undefined;
  return (alias) => {
    if (!targets) {
      const found = new Map<Alias, Node | undefined>();
      const anchors = new Map<string, Node>();
      visit(doc, {
        Node(_key, node) {
          if (isAlias(node)) found.set(node, anchors.get(node.source));
          else if (node.anchor !== undefined) anchors.set(node.anchor, node);
        },
      });
      targets = found;
    }
    return targets.get(alias);
  };
}
