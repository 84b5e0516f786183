// `berth serve`: the service. With --watch (the embedded default) it follows a local folder,
// engine events and a periodic resync, and serves health, status and the gateway over HTTP.
import path from 'node:path';
import { UserError } from '../errors.js';
import { createLogger } from '../log.js';
import { startService } from '../service/serve.js';
import { watchFolder } from '../source/local-folder.js';
import { parseFlags, type Command } from './command.js';
import { engineFlags, engineSettings } from './runtime.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the service: watch a folder and keep the engine in step',
  usage: `Usage: berth serve --watch DIR [options]

Runs berth as a service: every saved change under DIR is a revision; valid revisions are applied,
invalid ones are reported and change nothing. Containers removed, stopped or crashed are put back.

Options (environment in brackets):
  --watch DIR       local folder of resource files [BERTH_WATCH]
  --listen ADDR     HTTP address (default 127.0.0.1:8080) [BERTH_LISTEN]
  --instance NAME   value of the berth.instance label (default: default) [BERTH_INSTANCE]
  --no-prune        keep containers of resources removed from the files

HTTP: GET /healthz, GET /readyz, GET /api/v1/resources (bearer BERTH_API_TOKEN when set),
/d/<name>/ reaches a public deployment.`,
  async run(argv, io) {
    const { values } = parseFlags('serve', argv, {
      watch: { type: 'string' },
      listen: { type: 'string' },
      repo: { type: 'string' },
      ...engineFlags,
    });
    if (values.repo ?? io.env.BERTH_REPO) {
      throw new UserError(
        'a Git source (--repo) is not available in this version; use --watch DIR',
      );
    }
    const watchDir = values.watch ?? io.env.BERTH_WATCH;
    if (!watchDir) throw new UserError('say what to watch: berth serve --watch DIR');
    const dir = path.resolve(io.cwd, watchDir);
    const logger = createLogger({ level: io.env.BERTH_LOG_LEVEL ?? 'info' });
    const service = await startService({
      ...engineSettings(values, io),
      logger,
      listen: values.listen ?? io.env.BERTH_LISTEN ?? '127.0.0.1:8080',
      apiToken: io.env.BERTH_API_TOKEN,
      source: (intake, log) => watchFolder({ dir, logger: log, onRevision: intake }),
    });
    io.stderr(
      `berth: watching ${dir}; status at ${service.url}/api/v1/resources, public deployments at ${service.url}/d/<name>/\n`,
    );
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    io.stderr('berth: stopping (containers keep running)\n');
    await service.stop();
    return 0;
  },
};
