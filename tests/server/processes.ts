import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { SCHEMA_VERSION, pullResponseSchema, pushResponseSchema, type PullResponse, type PushResponse } from '../../src/domain/sync';
import type { DossierImport } from '../../src/domain/dossier';
import { bundleServer } from '../../scripts/build-server.mjs';
import { ADMIN_TOKEN, SECURITY_CONTACT, admin } from './harness';

// Real server processes for the fault and scale-out tests: src/server/main.ts run by node itself
// (one process, so SIGKILL hits the server, not a wrapper such as the tsx CLI), a throwaway PostgreSQL cluster
// that a test may stop at will, and a device that talks HTTP to whichever origin it is given.

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface ServerProcess {
  child: ChildProcess;
  /** http://127.0.0.1:<port> */
  origin: string;
  port: number;
  /** Everything the process printed so far (for failure messages). */
  output(): string;
  /** Resolves with the exit code, or the signal's name, once the process has gone. */
  exited: Promise<number | string>;
  kill9(): Promise<number | string>;
  stop(): Promise<number | string>;
}

let entry: string[] | undefined;
let bundleDir: string | undefined;

/**
 * How to run src/server/main.ts: compiled once per test worker into one ES module by esbuild (tsx
 * compiles each file at every start), with its packages (the native SQLite addon excepted). A
 * start then takes a quarter of the CPU time, which matters for tests that start the server
 * again and again on a busy machine. Without esbuild: `node --import tsx src/server/main.ts`.
 */
function serverEntry(): string[] {
  if (entry) return entry;
  const esbuild = path.resolve('node_modules/.bin/esbuild');
  if (existsSync(esbuild)) {
    const cache = path.resolve('node_modules/.cache');
    mkdirSync(cache, { recursive: true });
    const dir = mkdtempSync(path.join(cache, 'tir-server-'));
    const outfile = path.join(dir, 'main.mjs');
    // The same bundling as `npm run build:server` (dist-server/main.mjs).
    bundleServer('src/server/main.ts', outfile);
    bundleDir = dir;
    entry = [outfile];
  } else {
    entry = ['--import', 'tsx', 'src/server/main.ts'];
  }
  return entry;
}

/** Removes the compiled server; for the `afterAll` of a file that started server processes. */
export function removeServerBundle(): void {
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  bundleDir = undefined;
  entry = undefined;
}

/** The real server entry point with DEMO off, on the storage in `env` (DATA_DIR, DATABASE_URL). */
export function startServerProcess(env: Record<string, string | undefined>, port = 0): Promise<ServerProcess> {
  const child = spawn(process.execPath, serverEntry(), {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO: '',
      LOG_LEVEL: 'warn',
      STATIC_DIR: '/nonexistent',
      ADMIN_TOKEN,
      SECURITY_CONTACT,
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no "Listening on" line within 40 s:\n${output}`));
    }, 40_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^Listening on http:\/\/localhost:(\d+)/m.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        const listening = Number(match[1]);
        resolve({
          child,
          port: listening,
          origin: `http://127.0.0.1:${listening}`,
          output: () => output,
          exited,
          kill9() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
            return exited;
          },
          stop() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            return exited;
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before listening:\n${output}`));
    });
  });
}

// --- a throwaway PostgreSQL cluster (scripts/pg-test-server.sh with its own PGDIR and PGPORT) ---

export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(a) - Number(b));
  const newest = versions.at(-1);
  return newest ? path.join(root, newest, 'bin') : null;
}

export interface PostgresCluster {
  url: string;
  /** `pg_ctl stop -m immediate`: every backend gone at once, no checkpoint, as in a crash. */
  stopImmediately(): void;
  start(): void;
  destroy(): Promise<void>;
}

function run(command: string, args: string[], env: Record<string, string>): string {
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL server binaries are missing (Debian: apt-get install postgresql)');
  const PGDIR = await mkdtemp(path.join(tmpdir(), 'tir-fault-pg-'));
  const PGPORT = String(await freePort());
  const env = { PGDIR, PGPORT };
  const script = path.resolve('scripts/pg-test-server.sh');
  const asPostgres = (args: string[]) =>
    process.getuid?.() === 0 ? run('runuser', ['-u', 'postgres', '--', ...args], env) : run(args[0] as string, args.slice(1), env);
  const start = () => {
    const exported = run('bash', [script, 'start'], env);
    if (!exported.includes(`:${PGPORT}/`)) throw new Error(`unexpected output of pg-test-server.sh: ${exported}`);
  };
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${PGPORT}/postgres`,
    stopImmediately: () => asPostgres([path.join(bin, 'pg_ctl'), '-D', PGDIR, '-m', 'immediate', '-w', 'stop']),
    start,
    async destroy() {
      run('bash', [script, 'stop'], env);
      await rm(PGDIR, { recursive: true, force: true });
    },
  };
}

// --- a device over HTTP ---

export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

export async function request(origin: string, method: string, url: string, options: { body?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {}): Promise<HttpAnswer> {
  const response = await fetch(`${origin}${url}`, {
    method,
    headers: { ...(options.body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text for the failure message
  }
  return { status: response.status, headers: response.headers, body };
}

export async function importDossier(origin: string, dossier: DossierImport): Promise<number> {
  const answer = await request(origin, 'PUT', `/api/admin/dossiers/${dossier.id}`, { body: dossier, headers: admin });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return (answer.body as { version: number }).version;
}

/** A new activation code for the dossier, redeemed: the device's `cookie` header. */
export async function activate(origin: string, dossierId: string): Promise<string> {
  const code = await request(origin, 'POST', `/api/admin/dossiers/${dossierId}/activation-codes`, { headers: admin });
  expect(code.status, JSON.stringify(code.body)).toBe(201);
  const response = await fetch(`${origin}/api/activate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: (code.body as { code: string }).code }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  const session = response.headers.getSetCookie().find((c) => c.startsWith('tir_session='));
  if (!session) throw new Error('no session cookie set');
  return session.split(';', 1)[0] as string;
}

export function pushOver(origin: string, cookie: string, clientId: string, mutations: { id: number; name: string; args: unknown }[], timeoutMs?: number): Promise<HttpAnswer> {
  return request(origin, 'POST', '/api/sync/push', { body: { schemaVersion: SCHEMA_VERSION, clientId, mutations }, headers: { cookie }, timeoutMs });
}

export function pullOver(origin: string, cookie: string, clientId: string, syncCookie: unknown, timeoutMs?: number): Promise<HttpAnswer> {
  return request(origin, 'POST', '/api/sync/pull', { body: { schemaVersion: SCHEMA_VERSION, clientId, cookie: syncCookie }, headers: { cookie }, timeoutMs });
}

export function parsePush(answer: HttpAnswer): PushResponse {
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return pushResponseSchema.parse(answer.body);
}

export function parsePull(answer: HttpAnswer): PullResponse {
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return pullResponseSchema.parse(answer.body);
}
