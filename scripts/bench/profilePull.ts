import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
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

// Where a pull spends its time: `node --cpu-prof --import tsx scripts/bench/profilePull.ts` runs
// the server in this process and autocannon in another, so the profile holds the server alone.
// PROFILE_KIND=full (cookie null, the whole dossier) or idle (the dossier's last cookie);
// PROFILE_CONNECTIONS (100), PROFILE_SECONDS (10); DATABASE_URL for PostgreSQL.

const ADMIN = 'bench-admin-token-0123456789abcdef';
const UNLIMITED = { max: 1_000_000, timeWindow: 60_000 };
const kind = process.env.PROFILE_KIND ?? 'full';
const dataDir = mkdtempSync(path.join(tmpdir(), 'tir-profile-'));
const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: process.env.DATABASE_URL ?? '', ADMIN_TOKEN: ADMIN, STATIC_DIR: '/nonexistent', SECURITY_CONTACT: 'mailto:security@example.invalid' });
const database = createDatabase(config);
await migrateToLatest(database.db);
const app = await buildApp({ ...database, config, logger: false, activateRateLimit: UNLIMITED, syncRateLimit: UNLIMITED, abuseLimits: { adminRequests: UNLIMITED }, pushDispatch: false });
await app.listen({ host: '127.0.0.1', port: 0 });
const port = (app.server.address() as AddressInfo).port;
const base = `http://127.0.0.1:${port}`;
const auth = { authorization: `Bearer ${ADMIN}` };

const dossier = { ...(demoDossiers(new Date())[0] as DossierImport), id: `profile-${Date.now().toString(36)}` };
await fetch(`${base}/api/admin/dossiers/${dossier.id}`, { method: 'PUT', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(dossier) });
const { code } = (await (await fetch(`${base}/api/admin/dossiers/${dossier.id}/activation-codes`, { method: 'POST', headers: auth })).json()) as { code: string };
const activated = await fetch(`${base}/api/activate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
const cookie = activated.headers.getSetCookie()[0]?.split(';')[0] ?? '';
const first = await fetch(`${base}/api/sync/pull`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ schemaVersion: SCHEMA_VERSION, clientId: 'profile-client', cookie: null }) });
if (!first.ok) throw new Error(`first pull: ${first.status} ${await first.text()}`);
const syncCookie = ((await first.json()) as { cookie: unknown }).cookie;
const body = JSON.stringify({ schemaVersion: SCHEMA_VERSION, clientId: 'profile-client', cookie: kind === 'idle' ? syncCookie : null });

let answered = 0;
app.server.on('request', () => answered++);
const cpuBefore = process.cpuUsage();
const load = spawn(
  'npx',
  ['autocannon', '-c', process.env.PROFILE_CONNECTIONS ?? '100', '-d', process.env.PROFILE_SECONDS ?? '10', '-m', 'POST',
    '-H', 'content-type=application/json', '-H', 'accept-encoding=gzip', '-H', `cookie=${cookie}`, '-b', body, `${base}/api/sync/pull`],
  { stdio: ['ignore', 'inherit', 'inherit'] },
);
await once(load, 'exit');
const cpu = process.cpuUsage(cpuBefore);
// CPU time per answer moves far less with the machine's load than answers per second do.
console.log(`server CPU per ${kind} pull: ${((cpu.user + cpu.system) / answered).toFixed(0)} µs (${answered} answers)`);
await fetch(`${base}/api/admin/dossiers/${dossier.id}`, { method: 'DELETE', headers: auth });
await app.close();
await database.close();
rmSync(dataDir, { recursive: true, force: true });
