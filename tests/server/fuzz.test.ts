import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isApiPath } from '../../src/server/http/errorHandling';
import { findSession } from '../../src/server/store';
import { backends } from './backends';
import { aFullDossier, aStaffId, aStaffMember } from '../support/builders';
import { staffDevice } from './devices';
import { requestsFor, type Context, type FuzzRequest, type Method, type Route } from './fuzzRequests';
import { activateDevice, newCode, putDossier, startServer, type TestServer } from './harness';
import { expectSecurityHeaders } from './securityExpectations';
import { parseRoutes } from './routeTable';

// Every route the server has — found by asking Fastify, so a route added later is fuzzed too —
// gets FUZZ_RUNS generated requests on every backend (fuzzRequests.ts says what they look like).
// Whatever comes in: no 5xx, no crash, the security headers, no-store on the API, and every error
// in the contract's shape. A failure prints the smallest request fast-check could shrink it to.
// Raise the count locally: FUZZ_RUNS=2000 npx vitest run tests/server/fuzz.test.ts

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

// A 409 `schema-version` also names the sync schema versions the server speaks (docs/api.md).
const errorShape = z.strictObject({
  error: z.strictObject({ code: z.string().min(1), message: z.string().min(1), schemaVersions: z.array(z.number().int()).min(1).optional() }),
});

async function aBuiltApp(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tir-fuzz-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><html><head><title>Thuis</title></head><body></body></html>');
  await writeFile(path.join(dir, 'manifest.webmanifest'), '{"name":"Thuis","start_url":"/"}');
  await writeFile(path.join(dir, 'sw.js'), '');
  await writeFile(path.join(dir, 'assets', 'x.js'), '');
  return dir;
}

const staticDir = await aBuiltApp();
const sqlite = backends.find((b) => b.name === 'sqlite');
if (!sqlite) throw new Error('no SQLite backend');
const discovery = await startServer(sqlite, { env: { STATIC_DIR: staticDir } });
const routes: Route[] = [
  ...parseRoutes(discovery.app.printRoutes({ commonPrefix: false })).map((r) => ({ ...r, method: r.method as Method })),
  // No route at all: unknown paths under /api and elsewhere, any method.
  { method: 'POST', url: '/api/:x' },
  { method: 'GET', url: '/:x/:y' },
];
await discovery.close();

async function seed(server: TestServer): Promise<Context> {
  const dossierId = (await putDossier(server.app, aFullDossier())).id;
  const device = await activateDevice(server.app, dossierId);
  const session = await findSession(server.db, device.slice('tir_session='.length));
  const feed = await server.app.inject({ method: 'POST', url: '/api/calendar-feed', headers: { cookie: device } });
  const feedFile = feed.statusCode === 201 ? (feed.json<{ url: string }>().url.split('/').at(-1) ?? '') : 'none.ics';
  const consulent = await staffDevice(server.app, aStaffId(), aStaffMember({ role: 'consulent', dossiers: [dossierId] }));
  return { dossierId, device, code: await newCode(server.app, dossierId), sessionId: session?.id ?? '', feedFile, consulent: consulent.cookie };
}

function check(request: FuzzRequest, response: LightMyRequestResponse): void {
  const where = `${request.method} ${request.url} → ${response.statusCode} ${response.body.slice(0, 300)}`;
  expect(response.statusCode, where).toBeLessThan(500);
  expectSecurityHeaders(response);
  // What the server saw: light-my-request resolves `..` in the URL as a browser would.
  // Only the public activities may be kept (`public, no-cache`), and only when they answer.
  const seen = response.raw.req.url ?? request.url;
  const kept = response.statusCode < 400 && ['/api/activities', '/api/activities.ics'].includes(seen.split('?', 1)[0] ?? '');
  if (isApiPath(seen)) expect(response.headers['cache-control'], where).toBe(kept ? 'public, no-cache' : 'no-store');
  if (response.statusCode >= 400 && request.method !== 'HEAD') {
    expect(response.headers['content-type'], where).toMatch(/^application\/json/);
    expect(errorShape.safeParse(JSON.parse(response.body)).success, where).toBe(true);
  }
}

describe.each(backends)('fuzzing every route on $name', (backend) => {
  let server: TestServer;
  let requests = 0;
  let started = 0;
  beforeAll(async () => {
    started = Date.now();
    server = await startServer(backend, { env: { STATIC_DIR: staticDir } });
  });
  afterAll(async () => {
    await server.close();
    console.info(`fuzz on ${backend.name}: ${routes.length} routes, ${requests} requests, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('found the routes of the contract, so discovery works', () => {
    const found = routes.map((r) => `${r.method} ${r.url}`);
    for (const route of ['GET /api/health', 'PUT /api/admin/dossiers/:id', 'POST /api/activate', 'POST /api/sync/pull', 'POST /api/sync/push', 'GET /api/calendar/:file', 'POST /api/device/signout', 'GET /.well-known/security.txt']) {
      expect(found).toContain(route);
    }
  });

  it.each(routes)('$method $url', async (route) => {
    const context = await seed(server);
    await fc.assert(
      fc.asyncProperty(requestsFor(route, context), async (request) => {
        requests += 1;
        const { payload, ...rest } = request;
        check(request, await server.app.inject(payload === undefined ? rest : { ...rest, payload }));
      }),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
    // Still standing after all that.
    const health = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
  }, 300_000);
});

afterAll(() => rm(staticDir, { recursive: true, force: true }));
