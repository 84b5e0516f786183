// `berth secrets set|list|rm`: the secret store on this host (SPEC §3). A value is read from
// standard input, never from a flag (flags end up in shell history and process lists), and is
// never printed: `list` shows names and when each was set.
import { NotFoundError, UserError } from '../errors.js';
import { checkSecretName, scopeFolder } from '../secrets/scope.js';
import { createSecretStore } from '../secrets/store.js';
import { parseFlags, type CliIo, type Command } from './command.js';
import { secretsDirOf, secretsFlags } from './runtime.js';

const usage = `Usage: berth secrets set <owner> <NAME>   (the value on standard input)
       berth secrets list <owner>
       berth secrets rm <owner> <NAME>

Manages the secrets of an owner's scope (user:<login> or group:<name>) on this host. A resource
gets only its owner's secrets: as environment variables, or as read-only files with \`file:\`.
Setting a new value rolls exactly the resources that use it. Values are never printed.

  printf %s "$PASSWORD" | berth secrets set group:data-science SNOWFLAKE_PASSWORD
  berth secrets set user:alice GIT_TOKEN < token.txt

One trailing newline (from a terminal paste or a file) is dropped; an empty value is refused.

Options:
  --secrets-dir DIR   the store (default: $BERTH_SECRETS_DIR, else <state dir>/secrets)
  --state-dir DIR     berth's state folder (default: $BERTH_STATE_DIR or .berth)`;

export const secretsCommand: Command = {
  name: 'secrets',
  summary: "set, list or remove secrets of an owner's scope (values never shown)",
  usage,
  async run(argv, io) {
    const { values, positionals } = parseFlags('secrets', argv, secretsFlags);
    const [action, owner, name, ...extra] = positionals;
    const store = createSecretStore({ dir: secretsDirOf(values, io) });
    if (owner === undefined)
      throw new UserError('say what to do and whose: berth secrets set|list|rm <owner> [NAME]');
    scopeFolder(owner);
    if (action === 'list') {
      if (name !== undefined) throw new UserError('berth secrets list takes only an owner');
      const entries = await store.list(owner);
      if (entries.length === 0) io.stdout(`no secrets in ${owner}\n`);
      const width = Math.max(4, ...entries.map((e) => e.name.length));
      if (entries.length > 0) io.stdout(`${'NAME'.padEnd(width)}  SET AT\n`);
      for (const entry of entries) io.stdout(`${entry.name.padEnd(width)}  ${entry.setAt}\n`);
      return 0;
    }
    if (action !== 'set' && action !== 'rm')
      throw new UserError(`unknown action "${action ?? ''}": use set, list or rm`);
    if (name === undefined || extra.length > 0)
      throw new UserError(
        `berth secrets ${action} takes an owner and a NAME${action === 'set' ? ' (the value comes on standard input)' : ''}`,
      );
    checkSecretName(name);
    if (action === 'rm') {
      if (!(await store.remove(owner, name)))
        throw new NotFoundError(
          `no secret ${name} in ${owner}; \`berth secrets list ${owner}\` shows what there is`,
        );
      io.stdout(
        `removed ${name} from ${owner}; resources that use it keep what runs but fail to apply until it is set again\n`,
      );
      return 0;
    }
    await store.write(owner, name, await readValue(io, owner, name));
    io.stdout(`set ${name} in ${owner}; resources that use it roll at the next reconcile\n`);
    return 0;
  },
};

async function readValue(io: CliIo, owner: string, name: string): Promise<string> {
  if (!io.readStdin) throw new UserError('cannot read standard input here');
  const value = (await io.readStdin()).replace(/\r?\n$/, '');
  if (value === '')
    throw new UserError(
      `the value is empty; pipe it in: printf %s "$VALUE" | berth secrets set ${owner} ${name}`,
    );
  return value;
}
