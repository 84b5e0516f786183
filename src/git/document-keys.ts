// The resources of one YAML file as `Kind/name` and the source text of each document, to tell
// which resources an edit touched. Aliases are never expanded: only `kind` and `metadata.name`
// are read, as written.
import { isMap, parseAllDocuments } from 'yaml';
import type { Limits } from '../resources/limits.js';

/** `[Kind/name, text]` per document that names a resource; undefined when the file is not valid YAML. */
export function documentTexts(
  text: string,
  limits: Pick<Limits, 'maxDocuments'>,
): [string, string][] | undefined {
  const documents = parseAllDocuments(text);
  if (documents.length > limits.maxDocuments) return undefined;
  const texts: [string, string][] = [];
  for (const document of documents) {
    if (document.errors.length > 0) return undefined;
    if (!isMap(document.contents)) continue;
    const kind: unknown = document.get('kind');
    const name: unknown = document.getIn(['metadata', 'name']);
    if (typeof kind !== 'string' || typeof name !== 'string') continue;
    const [start, , end] = document.range;
    texts.push([`${kind}/${name}`, text.slice(start, end)]);
  }
  return texts;
}
