import { gunzipSync } from 'node:zlib';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import type { DossierImport } from '../../src/domain/dossier';
import { SCHEMA_VERSION, pullResponseSchema, pushResponseSchema, type PullResponse, type PushResponse } from '../../src/domain/sync';
import { buildApp, type AppOptions } from '../../src/server/app';
import { loadConfig, type Config, type Env } from '../../src/server/config';
import { createDatabase } from '../../src/server/db/createDatabase';
import { migrateToLatest } from '../../src/server/db/migrations';
import type { AbuseLimits } from '../../src/server/http/rateLimits';
import type { Db } from '../../src/server/store';
import type { Backend, TestStorage } from './backends';
import { aFullDossier } from '../support/builders';
import { deviceInject } from './deviceKeys';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdefghij';
export const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
export const SECURITY_CONTACT = 'mailto:security@example.test';

/** Tests make many failed attempts on purpose; the limits themselves are tested in limits.test.ts. */
const relaxed = { max: 100_000, windowMs: 60_000 };
const relaxedAbuseLimits: AbuseLimits = {
  adminRequests: { max: 100_000, timeWindow: 60_000 },
  adminAuthFailures: relaxed,
  authFailures: relaxed,
  activationPerCode: relaxed,
  activationAll: relaxed,
  activationLegacyAll: relaxed,
};

export interface TestServer {
  app: FastifyInstance;
  db: Db;
  config: Config;
  /** A second instance on this same database, for another municipality with its own admin token. */
  otherInstance(env: Env): Promise<{ app: FastifyInstance; config: Config; admin: { authorization: string } }>;
  close(): Promise<void>;
}

/** A migrated database of the backend and an app over it (Fastify's inject: no network). */
export async function startServer(
  backend: Backend,
  { env = {}, app: appOptions = {} }: { env?: Env; app?: Partial<AppOptions> } = {},
): Promise<TestServer> {
  const storage: TestStorage = await backend.create();
  const config = loadConfig({ STATIC_DIR: '/nonexistent', ADMIN_TOKEN, SECURITY_CONTACT, ...storage.env, ...env });
  const database = createDatabase(config);
  await migrateToLatest(database.db);
  // Tests activate many devices from one address; the limit itself has its own test.
  const limits = {
    activateRateLimit: { max: 10_000, timeWindow: 60_000 },
    syncRateLimit: { max: 10_000, timeWindow: 60_000 },
    feedbackRateLimit: { max: 10_000, timeWindow: 60_000 },
  };
  const abuseLimits = { ...relaxedAbuseLimits, ...appOptions.abuseLimits };
  const app = await buildApp({ ...database, config, logger: false, ...limits, ...appOptions, abuseLimits });
  const others: FastifyInstance[] = [];
  return {
    app,
    db: database.db,
    config,
    async otherInstance(otherEnv: Env) {
      const otherConfig = loadConfig({ STATIC_DIR: '/nonexistent', ADMIN_TOKEN, SECURITY_CONTACT, ...storage.env, ...env, ...otherEnv });
      const other = await buildApp({ ...database, config: otherConfig, logger: false, ...limits, ...appOptions, abuseLimits });
      others.push(other);
      return { app: other, config: otherConfig, admin: { authorization: `Bearer ${otherConfig.adminToken}` } };
    },
    async close() {
      for (const other of others) await other.close();
      await app.close();
      await database.close();
      await storage.drop();
    },
  };
}

type StartOptions = Parameters<typeof startServer>[1];

/**
 * The usual set-up of a describe block: a server on `backend`, started before its tests and
 * closed after them. `use` receives it once it is ready (and may do more set-up of its own).
 */
export function serverFor(backend: Backend, use: (server: TestServer) => void | Promise<void>, options?: StartOptions): void {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startServer(backend, options);
    await use(server);
  });
  afterAll(() => server?.close());
}

/** The same with one dossier imported: `use` receives the server and the dossier's id. */
export function serverWithDossier(backend: Backend, use: (server: TestServer, dossierId: string) => void, options?: StartOptions): void {
  serverFor(backend, async (server) => use(server, (await putDossier(server.app, aFullDossier())).id), options);
}

export async function putDossier(app: FastifyInstance, dossier: DossierImport) {
  const response = await app.inject({ method: 'PUT', url: `/api/admin/dossiers/${dossier.id}`, headers: admin, payload: dossier });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ id: string; version: number; created: number; updated: number; deleted: number; unchanged: number }>();
}

export async function newCode(app: FastifyInstance, dossierId: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: `/api/admin/dossiers/${dossierId}/activation-codes`, headers: admin });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ code: string }>().code;
}

/** The `cookie` request header of a device activated for this dossier. */
export async function activateDevice(app: FastifyInstance, dossierId: string): Promise<string> {
  const code = await newCode(app, dossierId);
  const response = await app.inject({ method: 'POST', url: '/api/activate', payload: { code } });
  expect(response.statusCode, response.body).toBe(200);
  const cookie = response.cookies.find((c) => c.name === 'tir_session');
  if (!cookie) throw new Error('no session cookie set');
  return `tir_session=${cookie.value}`;
}

/** A staff device's pull and push carry its proof (deviceKeys.ts); other devices' need none. */
export function pullRaw(app: FastifyInstance, cookie: string | undefined, body: object): Promise<LightMyRequestResponse> {
  return deviceInject(app, cookie, { method: 'POST', url: '/api/sync/pull', body });
}

export function pushRaw(app: FastifyInstance, cookie: string | undefined, body: object): Promise<LightMyRequestResponse> {
  return deviceInject(app, cookie, { method: 'POST', url: '/api/sync/push', body });
}

/**
 * A successful pull, checked against the contract's response schema. It takes gzip, as a phone
 * does, so a full pull comes from the server's cache of full answers (store/fullPullCache.ts).
 */
export async function pull(app: FastifyInstance, cookie: string, syncCookie: unknown = null, clientId = 'client-0001'): Promise<PullResponse> {
  const body = { schemaVersion: SCHEMA_VERSION, clientId, cookie: syncCookie };
  const response = await deviceInject(app, cookie, { method: 'POST', url: '/api/sync/pull', body, headers: { 'accept-encoding': 'gzip' } });
  expect(response.statusCode, response.body).toBe(200);
  return pullResponseSchema.parse(jsonOf(response));
}

/** The answer's JSON, gunzipped if it came gzipped. */
export function jsonOf(response: LightMyRequestResponse): unknown {
  const gzipped = response.headers['content-encoding'] === 'gzip';
  return JSON.parse(gzipped ? gunzipSync(response.rawPayload).toString('utf8') : response.body) as unknown;
}

export type TestMutation = { id: number; name: string; args: unknown };

export async function push(app: FastifyInstance, cookie: string, mutations: TestMutation[], clientId = 'client-0001'): Promise<PushResponse> {
  const response = await pushRaw(app, cookie, { schemaVersion: SCHEMA_VERSION, clientId, mutations });
  expect(response.statusCode, response.body).toBe(200);
  return pushResponseSchema.parse(response.json());
}

export function expectErrorBody(response: LightMyRequestResponse, status: number, code: string): void {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = response.json<{ error: { code: string; message: string } }>();
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
}
