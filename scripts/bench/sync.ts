import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DossierImport } from '../../src/domain/dossier';
import { SCHEMA_VERSION } from '../../src/domain/sync';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { createDatabase } from '../../src/server/db/createDatabase';
import { migrateToLatest } from '../../src/server/db/migrations';
import { demoDossiers } from '../../src/server/demo';
import { runLoad, type LoadFigures } from './loadProcess';
import type { OpenLoopFigures } from './openLoop';

// Sync on a real server over loopback: bytes and time of a first sync and of a one-change delta,
// then pull and push latency with many devices at once (autocannon, one session per connection,
// in a process of its own: loadProcess.ts).

const ADMIN = 'bench-admin-token-0123456789abcdef';
const UNLIMITED = { max: 1_000_000, timeWindow: 60_000 };

export interface SyncFigures {
  backend: string;
  initialPull: { bytes: number; gzipBytes: number; ms: number };
  deltaPull: { bytes: number; gzipBytes: number; ms: number; ops: number };
  /** An idle pull (nothing changed) on the wire: status line, headers and gzip body. */
  idlePullWireBytes: number;
  pullLoad: LoadFigures & ServerCpu;
  pushLoad: LoadFigures & ServerCpu;
  /** Pulls on a fixed schedule from many devices, as phones send them. */
  openLoop: OpenLoopFigures & ServerCpu & { sessions: number };
}

export interface SyncBenchOptions {
  dossiers: number;
  /** Closed loop: this many devices, each sending its next request when the last is answered. */
  devices: number;
  seconds: number;
  openLoop: { rate: number; sessions: number; seconds: number };
}
export type { LoadFigures };
/** The server process's CPU time (user and system) per request sent, in ms; PostgreSQL's own is not in it. */
export interface ServerCpu { serverCpuMsPerRequest: number }

interface RawResponse { status: number; body: string; wireBytes: number; setCookie: string[]; responseBytes: number }

function post(port: number, url: string, body: unknown, headers: Record<string, string> = {}, gzip = false): Promise<RawResponse> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      // A connection of its own, so the socket's byte count is this one answer, headers included.
      { host: '127.0.0.1', port, path: url, method: 'POST', agent: false, headers: { 'content-type': 'application/json', ...(gzip ? { 'accept-encoding': 'gzip' } : {}), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const responseBytes = res.socket?.bytesRead ?? Number.NaN;
          resolve({ status: res.statusCode ?? 0, body: gzip ? '' : raw.toString('utf8'), wireBytes: raw.length, setCookie: res.headers['set-cookie'] ?? [], responseBytes });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function put(port: number, dossier: DossierImport): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${port}/api/admin/dossiers/${dossier.id}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: JSON.stringify(dossier),
  });
  if (!res.ok) throw new Error(`import ${dossier.id}: ${res.status}`);
}

async function activate(port: number, dossierId: string): Promise<string> {
  const codeRes = await fetch(`http://127.0.0.1:${port}/api/admin/dossiers/${dossierId}/activation-codes`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN}` } });
  const { code } = (await codeRes.json()) as { code: string };
  const res = await post(port, '/api/activate', { code });
  const cookie = res.setCookie[0]?.split(';')[0];
  if (!cookie) throw new Error(`activate ${dossierId}: ${res.status} ${res.body}`);
  return cookie;
}

const pullBody = (clientId: string, cookie: unknown) => ({ schemaVersion: SCHEMA_VERSION, clientId, cookie });

/** The job's figures, and the server's CPU time per request during it (this process: the server alone). */
async function measured<F extends { requests?: number; sent?: number }>(job: () => Promise<F>): Promise<F & { serverCpuMsPerRequest: number }> {
  const before = process.cpuUsage();
  const figures = await job();
  const cpu = process.cpuUsage(before);
  const requests = figures.requests ?? figures.sent ?? 0;
  return { ...figures, serverCpuMsPerRequest: Math.round((cpu.user + cpu.system) / Math.max(1, requests)) / 1000 };
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

export async function benchSync(databaseUrl: string | null, options: SyncBenchOptions): Promise<SyncFigures> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tir-bench-'));
  const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '', ADMIN_TOKEN: ADMIN, STATIC_DIR: '/nonexistent', SECURITY_CONTACT: 'mailto:security@example.invalid' });
  const database = createDatabase(config);
  await migrateToLatest(database.db);
  const app = await buildApp({ ...database, config, logger: false, activateRateLimit: UNLIMITED, syncRateLimit: UNLIMITED, abuseLimits: { adminRequests: UNLIMITED } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as AddressInfo).port;
  const suffix = Date.now().toString(36);
  try {
    const template = demoDossiers(new Date());
    const dossiers = Array.from({ length: options.dossiers }, (_, i) => {
      const base = template[i % template.length] as DossierImport;
      return { ...base, id: `${base.id}-${suffix}-${i}` };
    });
    for (const d of dossiers) await put(port, d);
    const sessions: string[] = [];
    const wanted = Math.max(options.devices, options.openLoop.sessions);
    for (let i = 0; i < wanted; i++) sessions.push(await activate(port, dossiers[i % dossiers.length]?.id ?? ''));

    const first = sessions[0] ?? '';
    const [initial, initialMs] = await timed(() => post(port, '/api/sync/pull', pullBody('bench-first', null), { cookie: first }));
    const initialGzip = await post(port, '/api/sync/pull', pullBody('bench-first', null), { cookie: first }, true);
    const syncCookie = (JSON.parse(initial.body) as { cookie: unknown }).cookie;

    const changed = dossiers[0] as DossierImport;
    const [appointment, ...rest] = changed.appointments;
    if (!appointment) throw new Error('demo dossier has no appointments');
    await put(port, { ...changed, appointments: [{ ...appointment, title: `${appointment.title} (lokaal 2)` }, ...rest] });
    const [delta, deltaMs] = await timed(() => post(port, '/api/sync/pull', pullBody('bench-first', syncCookie), { cookie: first }));
    const deltaGzip = await post(port, '/api/sync/pull', pullBody('bench-first', syncCookie), { cookie: first }, true);
    const deltaCookie = (JSON.parse(delta.body) as { cookie: unknown }).cookie;
    // What a phone sends when nothing changed (a poll), as it goes over the wire: a cookie header
    // like a phone's, gzip accepted, the whole answer counted.
    const idle = await post(port, '/api/sync/pull', pullBody('bench-first', deltaCookie), { cookie: first }, true);

    // Open loop: each device polls with its own client id and the cookie of its dossier's last
    // sync, as a phone does when nothing changed.
    const openSessions = sessions.slice(0, options.openLoop.sessions);
    const dossierCookies: unknown[] = [];
    for (let d = 0; d < dossiers.length; d++) {
      const answer = await post(port, '/api/sync/pull', pullBody(`bench-cookie-${d}`, null), { cookie: sessions[d] ?? '' });
      dossierCookies.push((JSON.parse(answer.body) as { cookie: unknown }).cookie);
    }
    const pollBodies = openSessions.map((_, i) => JSON.stringify(pullBody(`bench-poll-${i}`, dossierCookies[i % dossiers.length])));
    const open = await measured(() => runLoad({ kind: 'open', port, path: '/api/sync/pull', rate: options.openLoop.rate, seconds: options.openLoop.seconds, cookies: openSessions, bodies: pollBodies }));

    const figures = {
      backend: database.dialect,
      initialPull: { bytes: initial.wireBytes, gzipBytes: initialGzip.wireBytes, ms: initialMs },
      deltaPull: { bytes: delta.wireBytes, gzipBytes: deltaGzip.wireBytes, ms: deltaMs, ops: (JSON.parse(delta.body) as { patch: unknown[] }).patch.length },
      idlePullWireBytes: idle.responseBytes,
      pullLoad: await measured(() => runLoad({ kind: 'closed', port, sessions: sessions.slice(0, options.devices), seconds: options.seconds, route: 'pull' })),
      pushLoad: await measured(() => runLoad({ kind: 'closed', port, sessions: sessions.slice(0, options.devices), seconds: options.seconds, route: 'push' })),
      openLoop: { ...open, sessions: openSessions.length },
    };
    // Leave a shared PostgreSQL as it was found.
    for (const d of dossiers) await fetch(`http://127.0.0.1:${port}/api/admin/dossiers/${d.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${ADMIN}` } });
    return figures;
  } finally {
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
