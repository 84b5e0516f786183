// `berth serve --watch <dir>` as a real process (to be killed and restarted): its address comes
// from its log; the cleanup kills it when the test has not.
import { spawn, type ChildProcess } from 'node:child_process';

export function serveProcess(
  dir: string,
  instance: string,
  cleanups: (() => Promise<void>)[],
): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(
    process.execPath,
    ['bin/berth.js', 'serve', '--watch', dir, '--listen', '127.0.0.1:0', '--instance', instance],
    { env: { ...process.env, BERTH_LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  const url = new Promise<string>((resolve) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /status at (http:\/\/[\d.:]+)\//.exec(stderr);
      if (match?.[1]) resolve(match[1]);
    });
  });
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGKILL');
      }),
  );
  return { child, url };
}
