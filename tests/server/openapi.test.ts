import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './backends';
import { startServer, type TestServer } from './harness';
import { parseRoutes } from './routeTable';

// The OpenAPI document (src/server/http/openapi.ts) is generated from the zod schemas the routes
// validate with. It must be a valid OpenAPI 3.1 document, describe every API route of Fastify's
// route table, and equal the checked-in docs/openapi.json (regenerate it: `npm run openapi`).

const root = path.resolve(import.meta.dirname, '../..');

/** POST and PUT routes that take no body (the document then has no requestBody for them). */
const NO_BODY = new Set([
  'POST /api/admin/dossiers/{id}/activation-codes',
  'POST /api/admin/staff/{id}/activation-codes',
  'POST /api/staff/dossiers/{id}/activation-codes',
  'POST /api/calendar-feed',
]);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const isApiRoute = (url: string) => url.startsWith('/api/') || url === '/.well-known/security.txt';
const toOpenApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

describe.each(backends)('the OpenAPI document on $name', (backend) => {
  let server: TestServer;
  let staticDir: string;
  let served: Json;

  beforeAll(async () => {
    // A stand-in build, so the static routes are registered too (and must be left out).
    staticDir = await mkdtemp(path.join(tmpdir(), 'tir-openapi-'));
    await mkdir(path.join(staticDir, 'assets'));
    await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><html><head><title>Thuis</title></head><body></body></html>');
    await writeFile(path.join(staticDir, 'manifest.webmanifest'), '{"name":"Thuis","start_url":"/"}');
    server = await startServer(backend, { env: { STATIC_DIR: staticDir } });
    const response = await server.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    served = response.json();
  });

  afterAll(async () => {
    await server.close();
    await rm(staticDir, { recursive: true, force: true });
  });

  it('is served without credentials, not cached, with the security headers', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBeTruthy();
    expect(response.json()).toEqual(served);
  });

  it('equals the checked-in docs/openapi.json (run `npm run openapi` after changing a schema)', async () => {
    const checkedIn: unknown = JSON.parse(await readFile(path.join(root, 'docs/openapi.json'), 'utf8'));
    expect(served).toEqual(checkedIn);
  });

  it('is a valid OpenAPI 3.1 document, and the validator refuses a broken one', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(served));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(served.openapi).toMatch(/^3\.1\./);

    const broken = structuredClone(served);
    broken.paths['/api/health'].get.responses = 'none';
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it('describes every API route of the route table: request, answer and error shape', () => {
    const routes = parseRoutes(server.app.printRoutes({ commonPrefix: false }));
    const gets = new Set(routes.filter((r) => r.method === 'GET').map((r) => r.url));
    // Fastify answers HEAD for every GET by itself; the static files and app shell are not API.
    const api = routes.filter((r) => isApiRoute(r.url) && !(r.method === 'HEAD' && gets.has(r.url)));
    expect(api.length).toBeGreaterThan(25);
    expect(routes.some((r) => r.url === '/index.html')).toBe(true); // the static routes were there, and are left out

    /** A schema inline, or a $ref to one in components.schemas. */
    const resolves = (schema: unknown): boolean => {
      if (!schema || typeof schema !== 'object') return false;
      const ref = (schema as Json).$ref as string | undefined;
      return ref === undefined || Boolean(served.components.schemas[ref.replace('#/components/schemas/', '')]);
    };
    const problems: string[] = [];
    const described = new Set<string>();
    for (const { method, url } of api) {
      const name = `${method} ${toOpenApiPath(url)}`;
      described.add(name);
      const operation: Json | undefined = served.paths?.[toOpenApiPath(url)]?.[method.toLowerCase()];
      if (!operation) {
        problems.push(`${name}: not described`);
        continue;
      }
      if ((method === 'POST' || method === 'PUT') && !NO_BODY.has(name)) {
        // JSON, or raw bytes of named media types (a question's photo).
        const content = Object.entries((operation.requestBody?.content ?? {}) as Record<string, Json>);
        const bodyDescribed = content.length > 0 && content.every(([type, c]) => (type === 'application/json' ? resolves(c.schema) : c.schema?.contentMediaType === type));
        if (!bodyDescribed) problems.push(`${name}: no request body schema`);
      }
      const answers = Object.entries(operation.responses as Json);
      const successes = answers.filter(([status]) => /^2\d\d$/.test(status));
      if (successes.length === 0) problems.push(`${name}: no success answer`);
      for (const [status, answer] of successes) {
        if (status === '204') continue;
        const content = Object.values((answer as Json).content ?? {}) as Json[];
        if (content.length === 0 || !content.every((c) => resolves(c.schema))) problems.push(`${name}: ${status} without a schema`);
      }
      const errors = answers.filter(([status]) => /^[45]\d\d$/.test(status) || status === 'default');
      if (!errors.some(([status]) => status === 'default')) problems.push(`${name}: no default error answer`);
      for (const [status, answer] of errors) {
        const ref = (answer as Json).$ref as string | undefined;
        const resolved: Json | undefined = ref ? served.components.responses[ref.replace('#/components/responses/', '')] : (answer as Json);
        if (resolved?.content?.['application/json']?.schema?.$ref !== '#/components/schemas/Error') problems.push(`${name}: ${status} not the error shape`);
      }
    }
    expect(problems).toEqual([]);

    // And nothing is described that the server does not have.
    const documented = Object.entries(served.paths as Json).flatMap(([p, ops]) => Object.keys(ops as Json).map((m) => `${m.toUpperCase()} ${p}`));
    expect(documented.filter((d) => !described.has(d))).toEqual([]);
  });

  it('has the shared error shape as a component, and it matches a real error answer', async () => {
    expect(served.components.schemas.Error).toMatchObject({
      type: 'object',
      required: ['error'],
      properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
    });
    const refused = await server.app.inject({ method: 'GET', url: '/api/admin/dossiers/nope-1' });
    expect(refused.statusCode).toBe(401);
    expect(Object.keys(refused.json())).toEqual(['error']);
    expect(Object.keys(refused.json().error).sort()).toEqual(['code', 'message']);
    expect(served.paths['/api/admin/dossiers/{id}'].get.responses['401']).toEqual({ $ref: '#/components/responses/Error401' });
  });

  it('takes its schemas from the code: the dossier import body is the zod schema’s', async () => {
    const { dossierImportSchema } = await import('../../src/domain/dossier');
    const { z } = await import('zod');
    const generated = z.toJSONSchema(dossierImportSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Json;
    delete generated.$schema;
    const body = served.paths['/api/admin/dossiers/{id}'].put.requestBody.content['application/json'].schema;
    expect(body).toEqual({ $ref: '#/components/schemas/DossierImport' });
    expect(served.components.schemas.DossierImport).toEqual(generated);
    expect(served.paths['/api/staff/dossiers'].post.requestBody.content['application/json'].schema).toEqual(body);
    expect(served.paths['/api/admin/dossiers/{id}'].put.security).toEqual([{ adminToken: [] }]);
    expect(served.components.securitySchemes.session).toEqual(expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'tir_session' }));
  });
});
