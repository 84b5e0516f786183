// `berth tokens create <user>`: a gateway token (SPEC §6.4) for a GitHub login. The token is
// printed once, on stdout alone; the state folder keeps only its hash.
import path from 'node:path';
import { UserError } from '../errors.js';
import { openTokenStore } from '../gateway/tokens.js';
import { parseFlags, type Command } from './command.js';
import { stateDirOf } from './state-dir.js';

export const tokensCommand: Command = {
  name: 'tokens',
  summary: 'create a token that reaches deployments through the gateway',
  usage: `Usage: berth tokens create <user> [--state-dir DIR]

Creates a token for the GitHub login <user> (or user:<login>) and prints it once. With it,
<user> reaches through berth's gateway every deployment they own, that a group they are a member
of owns, or whose spec.access names them or their group. Send it as \`Authorization: token <t>\`,
or open a deployment once with ?berth_token=<t> in a browser (it then keeps a cookie for that
deployment only). Only the token's hash is stored, under <state>/gateway/tokens/; delete that
file to revoke it. \`berth serve\` must use the same state folder.

Options:
  --state-dir DIR   berth's state folder (default .berth) [BERTH_STATE_DIR]`,
  async run(argv, io) {
    const { values, positionals } = parseFlags('tokens', argv, {
      'state-dir': { type: 'string' },
    });
    const [action, user, ...rest] = positionals;
    if (action !== 'create' || user === undefined || rest.length > 0)
      throw new UserError('say whom the token is for: berth tokens create <user>');
    const login = user.startsWith('user:') ? user.slice('user:'.length) : user;
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(login))
      throw new UserError(
        `"${user}" is not a GitHub login; give the login (alice) or user:<login> of a person`,
      );
    const stateDir = stateDirOf(values, io);
    const token = await openTokenStore(stateDir).create(`user:${login}`);
    io.stdout(`${token}\n`);
    io.stderr(
      `berth: a token for user:${login}; it is shown only this once (${path.join(stateDir, 'gateway', 'tokens')} keeps its hash)\n`,
    );
    return 0;
  },
};
