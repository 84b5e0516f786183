// The action's entry point, bundled into dist-action/index.cjs (`npm run build:action`) so the
// workflow installs nothing.
import { runAction } from './main.js';

runAction({
  env: process.env,
  cwd: process.cwd(),
  write: (text) => process.stdout.write(text),
  fetch: globalThis.fetch,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stdout.write(`::error title=berth::${String(error)}\n`);
    process.exitCode = 1;
  },
);
