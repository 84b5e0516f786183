// The GitHub Action (action.yml): validate, plan or deploy resource files from a workflow step.
// Reads the runner's contract (runner.ts), runs one command, and answers the step's exit code.
// Imports only berth's loader, validator and plan rendering, and the service's HTTP API.
import { UserError, errorMessage } from '../errors.js';
import { deployStep } from './deploy.js';
import { readInputs } from './inputs.js';
import { planStep } from './plan.js';
import { createRunner, type RunnerEnv } from './runner.js';
import { ServiceError, createServiceClient, type ServiceClient } from './service-client.js';
import { validateStep } from './validate.js';

export interface ActionOptions {
  env: RunnerEnv;
  cwd: string;
  write: (text: string) => void;
  fetch: typeof globalThis.fetch;
  connectTimeoutMs?: number;
}

export async function runAction(options: ActionOptions): Promise<number> {
  const runner = createRunner(options.env, options.write);
  try {
    const inputs = readInputs(runner, options.cwd);
    const client: ServiceClient | undefined =
      inputs.serverUrl === undefined
        ? undefined
        : createServiceClient({
            url: inputs.serverUrl,
            token: inputs.token,
            fetch: options.fetch,
            ...(options.connectTimeoutMs === undefined
              ? {}
              : { connectTimeoutMs: options.connectTimeoutMs }),
          });
    if (inputs.serverUrl?.startsWith('http:') && inputs.token && !isLoopback(inputs.serverUrl))
      runner.warning(
        `server-url ${inputs.serverUrl} is plain HTTP: the token travels unencrypted; use https`,
      );
    switch (inputs.command) {
      case 'validate':
        return await validateStep(runner, inputs);
      case 'plan':
        return await planStep(runner, inputs, client);
      case 'deploy':
        if (!client)
          throw new UserError('deploy needs the input server-url: the address of berth serve');
        return await deployStep(runner, inputs, client);
    }
  } catch (error) {
    const known = error instanceof UserError || error instanceof ServiceError;
    runner.error(known ? error.message : `unexpected failure: ${errorMessage(error)}`);
    await runner.setOutput('result', 'failure').catch(() => undefined);
    return 1;
  }
}

function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host.startsWith('127.') || host === '[::1]';
}
