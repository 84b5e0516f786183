// Reads the resource folder of one commit as a revision: written out of the git tree (links,
// pipes and devices never are), then loaded and validated like any folder. A path that is missing,
// empty or not a folder inside the repository is a refusal unless empty revisions are allowed.
import type { GitRepository } from '../git/types.js';
import { loadRevision, type Problem, type RevisionLoad } from '../resources/load.js';
import type { Resource } from '../resources/types.generated.js';
import { tellProblems } from './status-text.js';

export interface CommitRead {
  /** the valid resources; undefined when the revision cannot be applied */
  resources: Resource[] | undefined;
  problems: Problem[];
  /** why nothing of this commit can be applied, in one line */
  refusal: string | undefined;
}

export interface ReadCommitOptions {
  repository: GitRepository;
  commit: string;
  resourcePath: string;
  /** how the resource folder is read: the compiled schemas and the size table */
  load: RevisionLoad;
  /** a missing or empty resource folder is an empty revision (BERTH_ALLOW_EMPTY) */
  allowEmpty?: boolean;
}

export async function readCommit(options: ReadCommitOptions): Promise<CommitRead> {
  const { repository, commit, resourcePath } = options;
  const written = await repository.materialize(commit, resourcePath);
  if (written.pathProblem) {
    const emptyAllowed =
      options.allowEmpty === true &&
      (written.pathProblem === 'missing' || written.pathProblem === 'empty');
    if (emptyAllowed) return { resources: [], problems: [], refusal: undefined };
    const hint =
      written.pathProblem === 'missing' || written.pathProblem === 'empty'
        ? ' (BERTH_ALLOW_EMPTY=true allows removing every resource)'
        : '';
    const message = written.message ?? `resource path ${resourcePath} cannot be read`;
    return { resources: undefined, problems: [], refusal: `nothing applied: ${message}${hint}` };
  }
  if (written.problems.length > 0) {
    return {
      resources: undefined,
      problems: written.problems,
      refusal: `invalid: ${tellProblems(written.problems, resourcePath)}`,
    };
  }
  const revision = await loadRevision(written.dir, options.load);
  if (revision.problems.length > 0) {
    return {
      resources: undefined,
      problems: revision.problems,
      refusal: `invalid: ${tellProblems(revision.problems, resourcePath)}`,
    };
  }
  return {
    resources: revision.resources.map((r) => r.resource),
    problems: [],
    refusal: undefined,
  };
}
