// `berth validate [path] [--format text|json|github]`: checks resource files without touching any
// engine. Exit 0 when there are no problems, 1 when there are (SPEC §6.1).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { formatRevision, outputFormats } from '../resources/format.js';
import { loadRevision } from '../resources/load.js';
import { oneOf, parseFlags, type Command } from './command.js';

export const defaultResourcePath = 'resources';

const usage = `Usage: berth validate [path] [options]

Checks every *.yaml / *.yml under path (a folder or one file) against the resource schemas and
the rules of berth: names, owners and groups, sizes, schedules, time zones, paths, secrets, and
limits against hostile YAML. Reports every problem at once with file:line:column.

Arguments:
  path               folder or file to check (default: ${defaultResourcePath})

Options:
  --format <format>  text (default), json, or github (workflow annotations for pull requests)
  -h, --help         show this help

Exit status: 0 no problems, 1 problems or an error.
`;

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check resource files and report every problem with file:line:column',
  usage,
  run: async (argv, io) => {
    const { values, positionals } = parseFlags('validate', argv, { format: { type: 'string' } });
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
    const revision = await loadRevision(root);
    if (revision.files.length === 0 && revision.problems.length === 0) {
      io.stderr(`berth validate: no *.yaml or *.yml files under ${given ?? defaultResourcePath}\n`);
    }
    io.stdout(formatRevision(revision, format, io.cwd));
    return revision.problems.length === 0 ? 0 : 1;
  },
};
