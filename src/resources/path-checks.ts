// Paths inside the container must stay where they belong (SPEC §1.6): git checkouts and secret
// files are plain absolute paths without "..", a relative workingDir stays inside the first git
// checkout, and no two git entries share a checkout folder.
import { posix } from 'node:path';
import type { Finding } from './problem.js';
import type { Deployment, Job } from './types.generated.js';

type Spec = Deployment['spec'] | Job['spec'];

export function checkPaths(spec: Spec): Finding[] {
  const findings: Finding[] = [];
  for (const [index, git] of (spec.git ?? []).entries()) {
    if (git.path !== undefined && hasParentSegment(git.path)) {
      findings.push({ path: ['spec', 'git', index, 'path'], message: parentSegment(git.path) });
    }
  }
  const files = new Map<string, number>();
  for (const [index, secret] of (spec.secrets ?? []).entries()) {
    if (typeof secret === 'string' || secret.file === undefined) continue;
    const path = ['spec', 'secrets', index, 'file'];
    const file = trimSlash(posix.normalize(secret.file));
    const first = files.get(file);
    if (hasParentSegment(secret.file)) findings.push({ path, message: parentSegment(secret.file) });
    else if (file === '/data' || file.startsWith('/data/'))
      findings.push({
        path,
        message: `${secret.file} is in the owner's persistent volume (/data), where a secret would outlive the container; put it elsewhere, such as /run/secrets/${secret.name}`,
      });
    else if (first !== undefined)
      findings.push({
        path,
        message: `spec.secrets[${first}] writes ${file} too; give one of them another file:`,
      });
    if (first === undefined) files.set(file, index);
  }
  findings.push(...checkWorkingDir(spec), ...checkCheckoutPaths(spec));
  return findings;
}

/** Where a git entry is checked out: its path, or /workspace/<repository name>. */
export function checkoutPath(git: { url: string; path?: string }): string {
  if (git.path !== undefined) return trimSlash(posix.normalize(git.path));
  const name =
    git.url
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split('/')
      .at(-1) ?? '';
  return `/workspace/${name.replace(/\.git$/, '') || 'project'}`;
}

function checkWorkingDir(spec: Spec): Finding[] {
  const dir = spec.workingDir;
  if (dir === undefined) return [];
  const path = ['spec', 'workingDir'];
  if (dir.startsWith('/'))
    return hasParentSegment(dir) ? [{ path, message: parentSegment(dir) }] : [];
  const first = spec.git?.[0];
  if (!first) {
    return [
      {
        path,
        message: `workingDir "${dir}" is relative, but there is no git entry for it to be relative to; use an absolute path or add a git entry`,
      },
    ];
  }
  const base = checkoutPath(first);
  const resolved = posix.join(base, dir);
  if (resolved === base || resolved.startsWith(`${base}/`)) return [];
  return [
    {
      path,
      message: `workingDir "${dir}" leads outside the first git checkout (${base}); use a path inside it or an absolute path`,
    },
  ];
}

function checkCheckoutPaths(spec: Spec): Finding[] {
  const findings: Finding[] = [];
  const seen: string[] = [];
  for (const [index, git] of (spec.git ?? []).entries()) {
    const target = checkoutPath(git);
    const at = ['spec', 'git', index, git.path === undefined ? 'url' : 'path'];
    const other = seen.findIndex(
      (p) => p === target || target.startsWith(`${p}/`) || p.startsWith(`${target}/`),
    );
    const previous = seen[other];
    if (previous !== undefined) {
      const relation =
        previous === target
          ? 'the same folder as'
          : previous.length < target.length
            ? 'inside'
            : 'around';
      findings.push({
        path: at,
        message: `checks out to ${target}, ${relation} spec.git[${other}] (${previous}); set a different path on one of them`,
      });
    }
    seen.push(target);
  }
  return findings;
}

function hasParentSegment(path: string): boolean {
  return path.split('/').includes('..');
}

function parentSegment(path: string): string {
  return `path "${path}" contains a ".." segment, which could lead outside its folder; write the plain absolute path, such as /workspace/project`;
}

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}
