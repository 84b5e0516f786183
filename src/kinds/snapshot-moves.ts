// How the project commits of a unit differ from those wanted, for a plan's reason: a reviewer
// sees that a Deployment rolls because `churn-model` moved from 1a2b3c4 to 5d6e7f8. Pure.
import { labelKeys } from '../engine/labels.js';

/** `snapshot churn-model 1a2b3c4 → 5d6e7f8`, or undefined when no snapshot moved. */
export function snapshotMoves(
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): string | undefined {
  const was = commitsByUrl(before[labelKeys.snapshot]);
  const moves: string[] = [];
  for (const [url, commit] of commitsByUrl(after[labelKeys.snapshot])) {
    const old = was.get(url);
    if (old !== undefined && old !== commit)
      moves.push(`${repoName(url)} ${old.slice(0, 7)} → ${commit.slice(0, 7)}`);
  }
  return moves.length > 0 ? `snapshot ${moves.join(', ')}` : undefined;
}

/** `<url>@<commit>` entries, space-separated (BERTH_SNAPSHOT). */
function commitsByUrl(text: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of (text ?? '').split(' ')) {
    const at = entry.lastIndexOf('@');
    if (at > 0) out.set(entry.slice(0, at), entry.slice(at + 1));
  }
  return out;
}

function repoName(url: string): string {
  const last = url.split('/').filter(Boolean).pop() ?? url;
  return last.replace(/\.git$/, '');
}
