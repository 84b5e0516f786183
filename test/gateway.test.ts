// The gateway's access control on the real engine (SPEC §6.4): deployments on their own origins
// (`<name>.apps.test`, by Host) and under /d/<name>/, owner, group and access tokens, the
// containers' BERTH_TOKEN, cookies that stay with their deployment, berth's credentials kept from
// deployments, and WebSockets. The replicas are busybox httpd with a CGI script that prints the
// request's headers, and a WebSocket echo server on Node.
import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CookieJar } from 'tough-cookie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { openTokenStore, type TokenStore } from '../src/gateway/tokens.js';
import { silentLogger } from '../src/log.js';
import { readFolder } from '../src/source/local-folder.js';
import { startService, type RunningService } from '../src/service/serve.js';
import { eventually, removeInstance, testEngine, type TestEngine } from './support/docker.js';
import { tempFolder, type TempFolder } from './support/resources.js';
import { buildWsEchoImage } from './support/ws-echo-image.js';
import { runCli } from './support/cli.js';

/** busybox httpd whose /cgi-bin/env prints the request's headers and sets a cookie of its own. */
const echoCommand = [
  'mkdir -p /w/cgi-bin',
  `printf '#!/bin/sh\\nprintf "Content-Type: text/plain\\\\r\\\\nSet-Cookie: app=%%s; Path=/; Domain=apps.test\\\\r\\\\n\\\\r\\\\n" "$BERTH_RESOURCE"\\nenv | sort\\n' > /w/cgi-bin/env`,
  'chmod +x /w/cgi-bin/env',
  'echo ok > /w/index.html',
  'exec httpd -f -p 8000 -h /w',
].join(' && ');

const echo = (name: string, owner: string, extra = '') => `apiVersion: berth/v1
kind: Deployment
metadata: { name: ${name}, owner: '${owner}' }
spec:
  image: berth-examples/busybox:1
  command: ${JSON.stringify(echoCommand)}
  healthCheck: { path: /index.html, periodSeconds: 1 }
${extra}`;

const resources = (wsImage: string) => `apiVersion: berth/v1
kind: Group
metadata: { name: data-science }
spec: { members: [alice, bob] }
---
${echo('team-api', 'group:data-science')}
---
${echo('carol-api', 'user:carol', '  access: [user:dave]\n')}
---
apiVersion: berth/v1
kind: Deployment
metadata: { name: live, owner: 'group:data-science' }
spec: { image: '${wsImage}', port: 8000 }
`;

let t: TestEngine;
let folder: TempFolder;
let stateDir: string;
let service: RunningService;
let tokens: TokenStore;
let port: number;
const token: Record<'alice' | 'mallory' | 'dave', string> = { alice: '', mallory: '', dave: '' };

beforeAll(async () => {
  const wsImage = await buildWsEchoImage();
  t = testEngine('gw');
  folder = await tempFolder();
  stateDir = await mkdtemp(path.join(tmpdir(), 'berth-gateway-state-'));
  await folder.write('resources.yaml', resources(wsImage));
  tokens = openTokenStore(stateDir);
  for (const user of ['alice', 'mallory', 'dave'] as const)
    token[user] = await tokens.create(`user:${user}`);
  service = await startService({
    instance: t.instance,
    docker: t.docker,
    logger: silentLogger(),
    listen: '127.0.0.1:0',
    stateDir,
    gatewayHost: 'apps.test',
    drainTimeoutMs: 1000,
    stopTimeoutSeconds: 1,
    source: async (intake) => {
      const revision = await readFolder(folder.dir);
      intake({ id: revision.id, resources: revision.resources, problems: revision.problems });
      return () => Promise.resolve();
    },
  });
  port = Number(new URL(service.url).port);
  await eventually(
    () => {
      const states = service.core.reconciler.status.all().map((s) => s.state);
      return states.length === 3 && states.every((s) => s === 'Ready') ? true : undefined;
    },
    60_000,
    'the three deployments to be ready',
  );
}, 120_000);

afterAll(async () => {
  await service.stop();
  await removeInstance(t.instance);
  await folder.cleanup();
  await rm(stateDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request to berth for `url`, whose host names the origin (berth itself listens on 127.0.0.1). */
function send(url: string, headers: http.OutgoingHttpHeaders = {}): Promise<Answer> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    http
      .get(
        {
          host: '127.0.0.1',
          port,
          path: `${target.pathname}${target.search}`,
          headers: { host: target.host, ...headers },
          agent: false,
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
          });
        },
      )
      .on('error', reject);
  });
}

/** A browser's visit: the jar's cookies go out, the answer's cookies come back into it. */
async function visit(jar: CookieJar, url: string): Promise<Answer> {
  const cookie = await jar.getCookieString(url);
  const answer = await send(url, cookie ? { cookie } : {});
  for (const setCookie of answer.headers['set-cookie'] ?? []) await jar.setCookie(setCookie, url);
  return answer;
}

const own = (name: string, pathname = '/cgi-bin/env') =>
  `http://${name}.apps.test:${port}${pathname}`;
const shared = (name: string, pathname = '/cgi-bin/env') =>
  `http://127.0.0.1:${port}/d/${name}${pathname}`;
const auth = (t: string) => ({ authorization: `token ${t}` });

describe('the gateway', () => {
  it("lets in the owning group's members, access entries and a container's BERTH_TOKEN; anyone else gets the answer an unknown deployment gets", async () => {
    const unknown = await send(own('nothing-here'), auth(token.mallory));
    expect(unknown.status).toBe(404);
    const sameAsUnknown = (name: string) => ({
      status: 404,
      body: unknown.body.replace('nothing-here', name),
    });
    const refusals: [string, Answer][] = [
      ['team-api', await send(own('team-api'), auth(token.mallory))],
      ['team-api', await send(own('team-api'))],
      ['carol-api', await send(own('carol-api'), auth(token.alice))],
      ['team-api', await send(shared('team-api'), auth(token.mallory))],
      ['team-api', await send(own('team-api'), auth(`berth_${'0'.repeat(43)}`))],
    ];
    for (const [name, refused] of refusals)
      expect({ status: refused.status, body: refused.body }).toEqual(sameAsUnknown(name));
    expect((await send(own('team-api'), auth(token.alice))).status).toBe(200);
    expect((await send(shared('team-api'), auth(token.alice))).status).toBe(200);
    expect((await send(own('carol-api'), auth(token.dave))).status).toBe(200);

    // The token berth gave team-api's containers identifies group:data-science.
    const [replica] = (await t.containers.listManaged(t.instance)).filter(
      (c) => c.labels['berth.name'] === 'team-api',
    );
    const details = await t.docker.getContainer(replica?.id ?? '').inspect();
    const containerToken = details.Config.Env.find((e) => e.startsWith('BERTH_TOKEN='))?.slice(12);
    expect(containerToken).toMatch(/^berth_/);
    expect((await send(own('live', '/'), auth(containerToken ?? ''))).status).toBe(200);
    expect((await send(own('carol-api'), auth(containerToken ?? ''))).status).toBe(404);
    // Nowhere else: not in a label, not in the API.
    expect(JSON.stringify(details.Config.Labels)).not.toContain(containerToken);
    const api = await (await fetch(`${service.url}/api/v1/resources`)).text();
    expect(api).not.toContain(containerToken);
  });

  it("keeps berth's credentials and client-made forwarding headers from the deployment", async () => {
    const jar = new CookieJar();
    await visit(jar, own('team-api', `/cgi-bin/env?berth_token=${token.alice}`));
    const cookie = await jar.getCookieString(own('team-api'));
    expect(cookie).toMatch(/berth_gateway=/);
    const answer = await send(own('team-api'), {
      ...auth(token.alice),
      cookie: `${cookie}; mine=1`,
      connection: 'x-hop',
      'x-hop': 'secret',
      'proxy-connection': 'keep-alive',
      'x-forwarded-host': 'evil.example',
    });
    expect(answer.status).toBe(200);
    const env = answer.body;
    expect(env).not.toContain('HTTP_AUTHORIZATION');
    expect(env).not.toContain(token.alice);
    expect(env).toContain('HTTP_COOKIE=mine=1\n');
    expect(env).not.toContain('HTTP_X_HOP');
    expect(env).not.toContain('HTTP_PROXY_CONNECTION');
    expect(env).toContain(`HTTP_X_FORWARDED_HOST=team-api.apps.test:${port}\n`);
  });

  it('a cookie set by one deployment never reaches another, on their own origins and under /d/<name>/', async () => {
    const jar = new CookieJar();
    // A browser presents the token once: it is taken out of the address, and a cookie replaces it.
    const first = await visit(jar, own('team-api', `/cgi-bin/env?berth_token=${token.alice}`));
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/cgi-bin/env');
    expect(first.headers['set-cookie']?.[0]).toMatch(
      /^berth_gateway=[0-9a-f]{64}\.[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/,
    );
    const page = await visit(jar, own('team-api'));
    expect(page.status).toBe(200);
    // team-api asked for `Domain=apps.test`; it gets a cookie for its own host only.
    expect(page.headers['set-cookie']).toEqual(['app=team-api; Path=/']);
    expect(await jar.getCookieString(own('team-api'))).toContain('app=team-api');
    expect(await jar.getCookieString(own('carol-api'))).toBe('');
    expect(await jar.getCookieString(own('live', '/'))).toBe('');
    // Its session opens team-api only: another deployment alice may reach wants its own.
    expect((await visit(jar, own('live', '/'))).status).toBe(404);

    const local = new CookieJar();
    expect(
      (await visit(local, shared('team-api', `/cgi-bin/env?berth_token=${token.alice}`))).status,
    ).toBe(303);
    const there = await visit(local, shared('team-api'));
    expect(there.status).toBe(200);
    expect(there.headers['set-cookie']).toEqual(['app=team-api; Path=/d/team-api/']);
    expect(await local.getCookieString(shared('team-api'))).toMatch(
      /berth_gateway=.*app=team-api|app=team-api.*berth_gateway=/,
    );
    expect(await local.getCookieString(shared('carol-api'))).toBe('');
    expect(await local.getCookieString(`http://127.0.0.1:${port}/api/v1/resources`)).toBe('');
    // dave's visit to carol-api carries none of team-api's cookies.
    await visit(local, shared('carol-api', `/cgi-bin/env?berth_token=${token.dave}`));
    const carol = await visit(local, shared('carol-api'));
    expect(carol.status).toBe(200);
    expect(carol.body).not.toContain('app=team-api');
  });

  it('proxies a WebSocket echo to those it lets in, without their credentials', async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/d/live/socket`, {
      headers: auth(token.alice),
    });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const next = () =>
      new Promise<string>((resolve) =>
        socket.once('message', (data: Buffer) => {
          resolve(data.toString());
        }),
      );
    let reply = next();
    socket.send('hello through berth');
    expect(await reply).toBe('hello through berth');
    reply = next();
    socket.send('headers');
    const seen = JSON.parse(await reply) as Record<string, string>;
    expect(seen.authorization).toBeUndefined();
    expect(seen['x-forwarded-prefix']).toBe('/d/live');
    socket.close();

    const onOwnOrigin = new WebSocket(`ws://127.0.0.1:${port}/`, {
      headers: { host: `live.apps.test:${port}`, ...auth(token.alice) },
    });
    await new Promise((resolve, reject) => {
      onOwnOrigin.once('open', resolve);
      onOwnOrigin.once('error', reject);
    });
    onOwnOrigin.close();

    const refused = new WebSocket(`ws://127.0.0.1:${port}/d/live/socket`, {
      headers: auth(token.mallory),
    });
    const status = await new Promise<number>((resolve, reject) => {
      refused.once('unexpected-response', (_req, res) => {
        resolve(res.statusCode ?? 0);
      });
      refused.once('open', () => {
        reject(new Error('mallory got through'));
      });
      refused.once('error', reject);
    });
    expect(status).toBe(404);
  });

  it("gives every container `berth apply` starts, replicas and job runs, its owner's token, outside the spec: a plan without tokens changes nothing", async () => {
    const other = testEngine('gwapply');
    const resources = await tempFolder();
    try {
      await resources.write('api.yaml', echo('solo-api', 'user:erin'));
      await resources.write(
        'job.yaml',
        'apiVersion: berth/v1\nkind: Job\nmetadata: { name: once, owner: group:data-science }\nspec: { image: berth-examples/busybox:1, command: "true" }\n---\napiVersion: berth/v1\nkind: Group\nmetadata: { name: data-science }\nspec: { members: [alice] }\n',
      );
      const flags = ['--instance', other.instance, '--state-dir', stateDir];
      const applied = await runCli(['apply', resources.dir, ...flags]);
      expect(applied.code).toBe(0);
      const owners: Record<string, string | undefined> = {};
      for (const unit of await other.containers.listManaged(other.instance)) {
        const env = (await other.docker.getContainer(unit.id).inspect()).Config.Env;
        const given = env.find((e) => e.startsWith('BERTH_TOKEN='))?.slice('BERTH_TOKEN='.length);
        owners[unit.labels['berth.name'] ?? ''] = await tokens.identify(given ?? '');
        expect(applied.stdout).not.toContain(given);
      }
      expect(owners).toEqual({ 'solo-api': 'user:erin', once: 'group:data-science' });
      // The token is no part of the spec hash: planned without any token store, nothing changes.
      expect((await runCli(['plan', resources.dir, '--instance', other.instance])).code).toBe(0);
    } finally {
      await removeInstance(other.instance);
      await resources.cleanup();
    }
  });
});
