// The commands `berth` knows, listed without loading them. A command's module, and everything it
// imports (the engine client, the logger, the file watcher, the HTTP server), is loaded only when
// the command runs or shows its help: `berth validate` starts without any of them.
import type { Command } from './command.js';

export interface CommandEntry {
  name: string;
  /** the line `berth --help` shows; the same as the loaded command's summary */
  summary: string;
  load: () => Promise<Command>;
}

export const commandEntries: readonly CommandEntry[] = [
  {
    name: 'validate',
    summary: 'check resource files and report every problem with file:line:column',
    load: async () => (await import('./validate.js')).validateCommand,
  },
  {
    name: 'plan',
    summary: 'show what apply would change on the engine',
    load: async () => (await import('./plan.js')).planCommand,
  },
  {
    name: 'apply',
    summary: 'make the engine match the resource files once, and wait',
    load: async () => (await import('./apply.js')).applyCommand,
  },
  {
    name: 'run',
    summary: 'start a run of a job now, and follow it',
    load: async () => (await import('./run.js')).runCommand,
  },
  {
    name: 'status',
    summary: "show resources' states, and a job's runs",
    load: async () => (await import('./status.js')).statusCommand,
  },
  {
    name: 'logs',
    summary: "show a job run's or a deployment's output",
    load: async () => (await import('./logs.js')).logsCommand,
  },
  {
    name: 'tokens',
    summary: 'create a token that reaches deployments through the gateway',
    load: async () => (await import('./tokens.js')).tokensCommand,
  },
  {
    name: 'secrets',
    summary: "set, list or remove secrets of an owner's scope (values never shown)",
    load: async () => (await import('./secrets.js')).secretsCommand,
  },
  {
    name: 'serve',
    summary: 'run the service: follow a folder or a Git repository and keep the engine in step',
    load: async () => (await import('./serve.js')).serveCommand,
  },
];
