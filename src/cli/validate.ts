// `berth validate [path] [--format text|json|github]`: checks resource files without touching any
// engine. Exit 0 when there are no problems, 1 when there are (SPEC §6.1).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { formatRevision, outputFormats } from '../resources/format.js';
import { loadRevision } from '../resources/load.js';
import type { Resource } from '../resources/types.generated.js';
import type { SecretScopes } from '../resources/secret-checks.js';
import { readScopes } from '../secrets/scopes.js';
import { createSecretStore } from '../secrets/store.js';
import { oneOf, parseFlags, type CliIo, type Command } from './command.js';
import { readSizes, sizesFlag } from './runtime.js';
import { secretsDirOf, secretsFlags } from './secrets-dir.js';

export const defaultResourcePath = 'resources';

const usage = `Usage: berth validate [path] [options]

Checks every *.yaml / *.yml under path (a folder or one file) against the resource schemas and
the rules of berth: names, owners and groups, sizes, schedules, time zones, paths, secrets, and
limits against hostile YAML. Reports every problem at once with file:line:column.

Arguments:
  path               folder or file to check (default: ${defaultResourcePath})

Options:
  --format <format>  text (default), json, or github (workflow annotations for pull requests)
  --sizes FILE       the service's sizes file, over the built-in sizes (default: $BERTH_SIZES)
  --secrets-dir DIR  check that every secret a resource names is in its owner's scope of this
                     store (default: $BERTH_SECRETS_DIR, else <state dir>/secrets when it
                     exists; without a store, as for a pull request in CI, secrets are not checked)
  --state-dir DIR    berth's state folder (default: $BERTH_STATE_DIR or .berth)
  -h, --help         show this help

Exit status: 0 no problems, 1 problems or an error.
`;

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check resource files and report every problem with file:line:column',
  usage,
  run: async (argv, io) => {
    const { values, positionals } = parseFlags('validate', argv, {
      format: { type: 'string' },
      ...sizesFlag,
      ...secretsFlags,
    });
    const format = oneOf('format', values.format, outputFormats, 'text');
    if (positionals.length > 1) {
      throw new UserError(
        `expected at most one path, got ${positionals.length}; see \`berth validate --help\``,
      );
    }
    const given = positionals[0];
    const root = path.resolve(io.cwd, given ?? defaultResourcePath);
    const exists = await stat(root).then(
      () => true,
      () => false,
    );
    if (!exists) {
      throw new UserError(
        given === undefined
          ? `no "${defaultResourcePath}" folder here (${io.cwd}); pass the folder with your resource files: \`berth validate <path>\``
          : `"${given}" does not exist; pass a folder or file with resource files: \`berth validate <path>\``,
      );
    }
    const store = await openStore(values, io);
    const sizes = readSizes(values.sizes, io);
    const revision = await loadRevision(root, {
      ...(store ? { secrets: store.scopes } : {}),
      ...(sizes ? { sizes } : {}),
    });
    if (!store && revision.resources.some((r) => usesSecrets(r.resource))) {
      io.stderr(
        `berth validate: secrets not checked: no secret store at ${secretsDirOf(values, io)} (pass --secrets-dir to check them against one)\n`,
      );
    }
    if (revision.files.length === 0 && revision.problems.length === 0) {
      io.stderr(`berth validate: no *.yaml or *.yml files under ${given ?? defaultResourcePath}\n`);
    }
    io.stdout(formatRevision(revision, format, io.cwd));
    return revision.problems.length === 0 ? 0 : 1;
  },
};

/** The store's names when it can be read: given by flag or environment, or the default exists. */
async function openStore(
  values: { 'secrets-dir'?: string | undefined; 'state-dir'?: string | undefined },
  io: CliIo,
): Promise<{ scopes: SecretScopes } | undefined> {
  const dir = secretsDirOf(values, io);
  const found = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!found && values['secrets-dir'] !== undefined)
    throw new UserError(
      `no secret store at ${values['secrets-dir']}; pass the folder berth serve uses (BERTH_SECRETS_DIR), or leave --secrets-dir out to skip checking secrets`,
    );
  if (!found) return undefined;
  return { scopes: await readScopes(createSecretStore({ dir })) };
}

function usesSecrets(resource: Resource): boolean {
  if (resource.kind !== 'Job' && resource.kind !== 'Deployment') return false;
  return (resource.spec.secrets ?? []).length > 0 || resource.spec.imagePullSecret !== undefined;
}
