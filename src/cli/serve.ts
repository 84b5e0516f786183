// `berth serve`: the service. It follows a local folder (--watch, the embedded default) or a Git
// repository (--repo) with GitHub webhooks and commit statuses, keeps the engine in step, and
// serves health, metrics, the API and the gateway over HTTP.
import { createLogger } from '../log.js';
import { startService } from '../service/serve.js';
import { watchFolder } from '../source/local-folder.js';
import { parseFlags, type Command } from './command.js';
import { imageSettings } from './image-settings.js';
import { engineFlags, engineSettings } from './runtime.js';
import { serveSettings } from './serve-config.js';

/** How long a stop waits for work in flight (a rollout, a run starting) before handing it back. */
const stopGraceMs = 20_000;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the service: follow a folder or a Git repository and keep the engine in step',
  usage: `Usage: berth serve (--watch DIR | --repo URL) [options]

Runs berth as a service. With --watch, every saved change under DIR is a revision. With --repo,
the branch of a Git repository is fetched on every push webhook and every poll interval; each
commit gets GitHub commit statuses, and pull requests get a plan. Valid revisions are applied,
invalid ones are reported and change nothing. Containers removed, stopped or crashed are put back.
SIGTERM or SIGINT stops it: work in flight gets 20 s to finish; what is left then is named, and the
next start takes it up from the engine (containers keep running).

Options (environment in brackets; the README lists every setting):
  --watch DIR            local folder of resource files [BERTH_WATCH]
  --repo URL             Git source: the resource repository, https:// [BERTH_REPO]
  --branch NAME          branch to apply (default main) [BERTH_BRANCH]
  --path DIR             resource folder inside the repository (default resources) [BERTH_PATH]
  --poll-interval SECS   seconds between fetches when no webhook came (default 60) [BERTH_POLL_INTERVAL]
  --state-dir DIR        caches, snapshots, gateway tokens (default .berth) [BERTH_STATE_DIR]
  --sizes FILE           a sizes file over the built-in sizes [BERTH_SIZES]
  --secrets-dir DIR      the owners' secrets (default <state dir>/secrets) [BERTH_SECRETS_DIR]
  --listen ADDR          HTTP address (default 127.0.0.1:8080) [BERTH_LISTEN]
  --instance NAME        value of the berth.instance label (default: default) [BERTH_INSTANCE]
  --engine NAME          docker (default) or swarm: a Swarm manager at DOCKER_HOST [BERTH_ENGINE]
  --allow-empty          allow a revision that removes every resource [BERTH_ALLOW_EMPTY]
  --no-prune             keep containers of resources removed from the files

HTTP: POST /webhooks/github, GET /healthz, /readyz, /metrics, /api/v1/... (bearer
BERTH_API_TOKEN when set). The gateway: /d/<name>/ reaches a deployment, and so does
<name>.<BERTH_GATEWAY_HOST> when that is set (each deployment its own origin); unless it is
public, with a token from \`berth tokens create <user>\` (same --state-dir).`,
  async run(argv, io) {
    const { values } = parseFlags('serve', argv, {
      watch: { type: 'string' },
      repo: { type: 'string' },
      branch: { type: 'string' },
      path: { type: 'string' },
      'poll-interval': { type: 'string' },
      'state-dir': { type: 'string' },
      'secrets-dir': { type: 'string' },
      'allow-empty': { type: 'boolean' },
      listen: { type: 'string' },
      ...engineFlags,
    });
    const settings = serveSettings(values, io);
    const logger = createLogger({ level: settings.logLevel });
    const { watch, git } = settings;
    const engine = engineSettings(values, io);
    const { sizes } = engine;
    const service = await startService({
      ...engine,
      logger,
      listen: settings.listen,
      apiToken: settings.apiToken,
      publicUrl: settings.publicUrl,
      stateDir: settings.stateDir,
      gatewayHost: settings.gatewayHost,
      allowEmpty: settings.allowEmpty,
      secretsDir: settings.secretsDir,
      images: imageSettings(values, io),
      ...(watch
        ? {
            source: (intake, log) =>
              watchFolder({ dir: watch, logger: log, onRevision: intake, sizes }),
          }
        : {}),
      ...(git
        ? {
            git: {
              ...git,
              stateDir: settings.stateDir,
              github: settings.github,
              statusContext: settings.statusContext,
              admins: settings.admins,
              allowEmpty: settings.allowEmpty,
            },
          }
        : {}),
    });
    const following = watch
      ? `watching ${watch}`
      : `following ${git?.url ?? ''} ${git?.branch ?? ''}`;
    io.stderr(
      `berth: ${following}; status at ${service.url}/api/v1/resources, deployments at ${service.url}/d/<name>/${settings.gatewayHost ? ` and <name>.${settings.gatewayHost}` : ''}\n`,
    );
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    io.stderr('berth: stopping (containers keep running)\n');
    const { left } = await service.shutdown({ graceMs: stopGraceMs });
    io.stderr(
      left.length === 0
        ? 'berth: stopped; no work was in flight\n'
        : `berth: stopped after ${stopGraceMs / 1000} s with work in flight for ${left.join(', ')}; its state is on the engine and the next start takes it up\n`,
    );
    if (left.length > 0) {
      // Engine calls still under way must not hold the process: they are handed back.
      setTimeout(() => process.exit(0), 1_000).unref();
    }
    return 0;
  },
};
