// `berth` entry point: dispatches to one command module per subcommand, loading only that one.
import { EngineFailure } from '../engine/failures.js';
import { NotFoundError, TransientError, UserError, errorMessage } from '../errors.js';
import type { CliIo } from './command.js';
import { commandEntries as commands } from './commands.js';
import { berthVersion } from '../version.js';

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTty: process.stdout.isTTY,
    readStdin: async () => {
      if (process.stdin.isTTY) process.stderr.write('type or paste the value, then press Ctrl-D\n');
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `berth: GitOps for data-science Jobs and Deployments on Docker\n\nUsage: berth <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun \`berth <command> --help\` for a command's options.\n`;
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(overview());
    return name === undefined ? 1 : 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`berth ${berthVersion()}\n`);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`berth: unknown command "${name}"; run \`berth --help\` for the list\n`);
    return 1;
  }
  try {
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${command.usage.trimEnd()}\n`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (
      error instanceof UserError ||
      error instanceof TransientError ||
      error instanceof NotFoundError ||
      error instanceof EngineFailure
    ) {
      io.stderr(`berth ${name}: ${error.message}\n`);
      return 1;
    }
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'EADDRINUSE') {
      io.stderr(
        `berth ${name}: ${errorMessage(error)}; another program uses that address: pass --listen\n`,
      );
      return 1;
    }
    io.stderr(`berth ${name}: unexpected error: ${errorMessage(error)}\n`);
    if (io.env.BERTH_LOG_LEVEL === 'debug' && error instanceof Error && error.stack) {
      io.stderr(`${error.stack}\n`);
    }
    return 1;
  }
}
