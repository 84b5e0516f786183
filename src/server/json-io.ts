// Reading a small JSON request body and answering JSON, shared by the /api/v1 route modules.
import type http from 'node:http';
import { NotFoundError, UserError, errorMessage } from '../errors.js';

/** Reads a JSON object of at most `maxBody` bytes; an empty body is `{}`. */
export function readJson(
  req: http.IncomingMessage,
  maxBody: number,
  example: string,
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) {
        reject(new UserError('the request body is too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8').trim();
      if (text === '') {
        resolve({});
        return;
      }
      try {
        const parsed: unknown = JSON.parse(text);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
          resolve(parsed as Record<string, unknown>);
        else reject(new UserError(`send a JSON object such as ${example}`));
      } catch {
        reject(new UserError(`the body is not JSON; send ${example}`));
      }
    });
    req.on('error', reject);
  });
}

/** Answers an error by its class: 404 not found, 400 the caller's mistake, else 500. */
export function fail(res: http.ServerResponse, error: unknown): void {
  const status = error instanceof NotFoundError ? 404 : error instanceof UserError ? 400 : 500;
  reply(res, status, { error: errorMessage(error) });
}

export function reply(res: http.ServerResponse, status: number, body: unknown): true {
  if (res.headersSent) {
    res.end();
    return true;
  }
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(`${JSON.stringify(body, null, 2)}\n`);
  return true;
}
