// placeholder replaced by the validation work
import type { Command } from './command.js';
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check resource files',
  usage: 'berth validate [path]',
  run: () => Promise.resolve(1),
};
