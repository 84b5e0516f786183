// The list `berth --help` shows is kept without loading the commands; each entry must load the
// command it names, with the same summary, and `berth <command> --help` must print its usage.
import { describe, expect, it } from 'vitest';
import { commandEntries } from './commands.js';
import { main } from './main.js';

describe('commandEntries', () => {
  it.each(commandEntries.map((entry) => [entry.name, entry] as const))(
    '%s loads a command of that name and summary, whose usage --help prints',
    async (name, entry) => {
      const command = await entry.load();
      expect({ name: command.name, summary: command.summary }).toEqual({
        name,
        summary: entry.summary,
      });
      let stdout = '';
      const code = await main([name, '--help'], {
        stdout: (text) => (stdout += text),
        stderr: () => undefined,
        env: {},
        cwd: process.cwd(),
        isTty: false,
      });
      expect({ code, stdout }).toEqual({ code: 0, stdout: `${command.usage.trimEnd()}\n` });
    },
  );
});
