// `berth secrets` and `berth validate` with a secret store, in-process, without an engine.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { tempFolder, type TempFolder } from './support/resources.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function folder(): Promise<TempFolder> {
  const f = await tempFolder();
  cleanups.push(() => f.cleanup());
  return f;
}

const value = 'sEcReT-vAlUe-7f3a';

describe('berth secrets', () => {
  it('sets a value from standard input, lists names and times only, and removes it', async () => {
    const f = await folder();
    const dir = path.join(f.dir, 'store');
    const set = await runCli(
      ['secrets', 'set', 'group:data-science', 'SNOWFLAKE_PASSWORD', '--secrets-dir', dir],
      {},
      false,
      `${value}\n`,
    );
    expect(set).toEqual({
      code: 0,
      stdout:
        'set SNOWFLAKE_PASSWORD in group:data-science; resources that use it roll at the next reconcile\n',
      stderr: '',
    });
    // One trailing newline (a terminal paste) is dropped; the file is the owner's alone.
    const file = path.join(dir, 'group.data-science', 'SNOWFLAKE_PASSWORD');
    expect(await readFile(file, 'utf8')).toBe(value);
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    const list = await runCli(['secrets', 'list', 'group:data-science'], {
      BERTH_SECRETS_DIR: dir,
    });
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(
      /^NAME {16}SET AT\nSNOWFLAKE_PASSWORD {2}\d{4}-\d\d-\d\dT[\d:.]+Z\n$/,
    );
    expect(list.stdout + list.stderr).not.toContain(value);

    const rm = await runCli(['secrets', 'rm', 'group:data-science', 'SNOWFLAKE_PASSWORD'], {
      BERTH_SECRETS_DIR: dir,
    });
    expect(rm).toEqual({
      code: 0,
      stdout:
        'removed SNOWFLAKE_PASSWORD from group:data-science; resources that use it keep what runs but fail to apply until it is set again\n',
      stderr: '',
    });
    const again = await runCli(['secrets', 'rm', 'group:data-science', 'SNOWFLAKE_PASSWORD'], {
      BERTH_SECRETS_DIR: dir,
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      'berth secrets: no secret SNOWFLAKE_PASSWORD in group:data-science; `berth secrets list group:data-science` shows what there is\n',
    );
    expect(
      (await runCli(['secrets', 'list', 'group:data-science'], { BERTH_SECRETS_DIR: dir })).stdout,
    ).toBe('no secrets in group:data-science\n');
  });

  it('keeps the store under the state folder by default', async () => {
    const f = await folder();
    const state = path.join(f.dir, 'state');
    await runCli(['secrets', 'set', 'user:alice', 'TOKEN', '--state-dir', state], {}, false, 'x');
    expect(await readFile(path.join(state, 'secrets', 'user.alice', 'TOKEN'), 'utf8')).toBe('x');
  });

  it.each([
    [
      ['set', 'user:alice', 'TOKEN'],
      '\n',
      'the value is empty; pipe it in: printf %s "$VALUE" | berth secrets set user:alice TOKEN',
    ],
    [
      ['set', 'alice', 'TOKEN'],
      'x',
      '"alice" is not an owner: write user:<github-login> or group:<group-name>',
    ],
    [
      ['set', 'user:alice', '2FA'],
      'x',
      `"2FA" is not a secret name: letters, digits and '_', not starting with a digit (as an environment variable)`,
    ],
    [
      ['set', 'user:alice'],
      'x',
      'berth secrets set takes an owner and a NAME (the value comes on standard input)',
    ],
    [['show', 'user:alice', 'TOKEN'], 'x', 'unknown action "show": use set, list or rm'],
  ])('refuses %j with a message that says what to do', async (args, stdin, message) => {
    const f = await folder();
    const result = await runCli(['secrets', ...args, '--secrets-dir', f.dir], {}, false, stdin);
    expect(result).toEqual({ code: 1, stdout: '', stderr: `berth secrets: ${message}\n` });
  });
});

const job = (owner: string, secrets: string) => `apiVersion: berth/v1
kind: Job
metadata: { name: etl-${owner.replace(/\W/g, '-')}, owner: ${owner} }
spec:
  image: etl:1
  secrets: ${secrets}
`;

describe('berth validate with a secret store', () => {
  it("reports a secret its owner's scope lacks at file:line:col, naming who has one", async () => {
    const f = await folder();
    const store = path.join(f.dir, 'store');
    await runCli(
      ['secrets', 'set', 'group:b', 'DB_PASSWORD', '--secrets-dir', store],
      {},
      false,
      'x',
    );
    await runCli(['secrets', 'set', 'group:a', 'API_KEY', '--secrets-dir', store], {}, false, 'y');
    await f.write('a.yaml', job('group:a', '[API_KEY, {name: DB_PASSWORD, file: /run/db}]'));
    await f.write(
      'groups.yaml',
      'apiVersion: berth/v1\nkind: Group\nmetadata: { name: a }\nspec: { members: [alice] }\n---\napiVersion: berth/v1\nkind: Group\nmetadata: { name: b }\nspec: { members: [bob] }\n',
    );
    const result = await runCli(['validate', f.dir, '--secrets-dir', store]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "a.yaml:6:29  spec.secrets[1].name  secret DB_PASSWORD is not in scope group:a (group:b has one, but a resource gets only its owner's secrets); add it with `berth secrets set group:a DB_PASSWORD`",
    );
    expect(result.stdout).not.toContain('API_KEY');
    await runCli(
      ['secrets', 'set', 'group:a', 'DB_PASSWORD', '--secrets-dir', store],
      {},
      false,
      'z',
    );
    expect((await runCli(['validate', f.dir, '--secrets-dir', store])).code).toBe(0);
  });

  it('skips the check without a store, and says so once', async () => {
    const f = await folder();
    await f.write('a.yaml', job('user:alice', '[A]'));
    await f.write('b.yaml', job('user:bob', '[B]'));
    const result = await runCli(['validate', f.dir, '--state-dir', path.join(f.dir, 'none')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `berth validate: secrets not checked: no secret store at ${path.join(f.dir, 'none', 'secrets')} (pass --secrets-dir to check them against one)\n`,
    );
  });
});
