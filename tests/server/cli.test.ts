import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/server/cli';
import { backends, type Backend } from './backends';
import { aFullDossier, aStaffId } from '../support/builders';
import { ADMIN_TOKEN, activateDevice, admin, pull, pullRaw, startServer, type TestServer } from './harness';
import { SCHEMA_VERSION } from '../../src/domain/sync';

// `thuis`, the operator's command (src/server/cli.ts), run in-process on the storage a test server
// uses: what it does must show through the server's own API.

interface Run {
  code: number;
  out: string;
  err: string;
}

async function thuis(env: Record<string, string | undefined>, ...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, env, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe.each(backends)('thuis on $name', (backend) => {
  let server: TestServer;
  let env: Record<string, string | undefined>;
  let dir: string;

  beforeAll(async () => {
    server = await startServer(backend);
    env = { DATA_DIR: server.config.dataDir, DATABASE_URL: server.config.databaseUrl ?? undefined, ADMIN_TOKEN, PUBLIC_URL: 'https://thuis.example.test' };
    dir = await mkdtemp(path.join(tmpdir(), 'tir-cli-'));
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('imports a dossier file, makes a code an app activates with, lists and revokes that device', async () => {
    const dossier = aFullDossier();
    const file = path.join(dir, `${dossier.id}.json`);
    await writeFile(file, JSON.stringify(dossier));

    const imported = await thuis(env, 'import', file, '--json');
    expect(imported.code, imported.err).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({ id: dossier.id, version: 1 });
    const stored = await server.app.inject({ method: 'GET', url: `/api/admin/dossiers/${dossier.id}`, headers: admin });
    expect(stored.json()).toEqual(dossier);

    const made = await thuis(env, 'code', dossier.id, '--json');
    expect(made.code, made.err).toBe(0);
    const { code, url } = JSON.parse(made.out) as { code: string; url: string };
    expect(url).toBe(`https://thuis.example.test/activate#${code}`);
    const activated = await server.app.inject({ method: 'POST', url: '/api/activate', payload: { code } });
    expect(activated.statusCode, activated.body).toBe(200);
    const cookie = `tir_session=${activated.cookies.find((c) => c.name === 'tir_session')?.value}`;
    expect((await pull(server.app, cookie)).patch.length).toBeGreaterThan(0);

    const listed = await thuis(env, 'devices', '--dossier', dossier.id, '--json');
    expect(listed.code, listed.err).toBe(0);
    const devices = (JSON.parse(listed.out) as { devices: { id: string; revokedAt: string | null }[] }).devices;
    expect(devices).toHaveLength(1);
    expect(devices[0]?.revokedAt).toBeNull();

    const revoked = await thuis(env, 'revoke', devices[0]?.id ?? '');
    expect(revoked.code, revoked.err).toBe(0);
    const after = await pullRaw(server.app, cookie, { schemaVersion: SCHEMA_VERSION, clientId: 'client-0001', cookie: null });
    expect(after.statusCode).toBe(401);

    // Each action is in the audit trail, as the admin API's are.
    const audit = await server.app.inject({ method: 'GET', url: `/api/admin/dossiers/${dossier.id}/audit`, headers: admin });
    const actions = (audit.json() as { entries: { actor: string; action: string }[] }).entries.map((e) => `${e.actor} ${e.action}`);
    expect(actions).toEqual(expect.arrayContaining(['admin activation-code.create', 'admin device.revoke']));
  });

  it('refuses invalid input with a reason and exit code 1, and changes nothing', async () => {
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ ...aFullDossier(), leerroute: 'nonsense' }));
    const invalid = await thuis(env, 'import', bad);
    expect(invalid.code).toBe(1);
    expect(invalid.err).toContain('leerroute');

    const other = path.join(dir, 'other.json');
    const foreign = aFullDossier({ gemeente: 'delft' });
    await writeFile(other, JSON.stringify(foreign));
    const wrong = await thuis(env, 'import', other);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('this server is for "rijswijk"');
    expect((await server.app.inject({ method: 'GET', url: `/api/admin/dossiers/${foreign.id}`, headers: admin })).statusCode).toBe(404);

    expect((await thuis(env, 'code', 'rw-no-such-dossier')).code).toBe(1);
    expect((await thuis(env, 'revoke', '7d0c6f3e-2b4a-4c59-9f1e-3a2b1c0d9e8f')).code).toBe(1);
    expect((await thuis(env, 'staff', aStaffId(), '--name', 'X', '--role', 'wethouder')).code).toBe(1);
    expect((await thuis(env, 'import', bad, '--no-such-option')).code).toBe(1);
  });

  it('creates and changes a staff member, whose code activates a work device', async () => {
    const dossier = aFullDossier();
    await server.app.inject({ method: 'PUT', url: `/api/admin/dossiers/${dossier.id}`, headers: admin, payload: dossier });
    const id = aStaffId();
    const created = await thuis(env, 'staff', id, '--name', 'Sanne Jansen', '--role', 'begeleider', '--json');
    expect(created.code, created.err).toBe(0);
    expect(JSON.parse(created.out)).toMatchObject({ created: true });
    const changed = await thuis(env, 'staff', id, '--name', 'Sanne de Vries', '--role', 'consulent', '--dossiers', dossier.id);
    expect(changed.code, changed.err).toBe(0);
    const got = await server.app.inject({ method: 'GET', url: `/api/admin/staff/${id}`, headers: admin });
    expect(got.json()).toEqual({ id, name: 'Sanne de Vries', role: 'consulent', gemeente: 'rijswijk', dossiers: [dossier.id] });
    expect((await thuis(env, 'staff', id, '--name', 'X', '--role', 'consulent', '--dossiers', 'rw-no-such-dossier')).code).toBe(1);

    const code = await thuis(env, 'code', '--staff', id, '--json');
    expect(code.code, code.err).toBe(0);
    const check = await server.app.inject({ method: 'POST', url: '/api/activate/check', payload: { code: (JSON.parse(code.out) as { code: string }).code } });
    expect(check.statusCode, check.body).toBe(200);
    const devices = await thuis(env, 'devices', '--staff', id, '--json');
    expect(JSON.parse(devices.out)).toEqual({ devices: [] });
  });

  it('runs retention', async () => {
    const ran = await thuis(env, 'retention', '--json');
    expect(ran.code, ran.err).toBe(0);
    expect(Object.keys((JSON.parse(ran.out) as { removed: object }).removed)).toEqual(expect.arrayContaining(['session', 'activation_code', 'mutation']));
  });

  if (backend.name === 'postgres') {
    it('says what to run for a PostgreSQL backup and restore instead of pretending', async () => {
      const backup = await thuis(env, 'backup', path.join(dir, 'pg.dump'));
      expect(backup.code).toBe(1);
      expect(backup.err).toContain('pg_dump --format=custom');
      const restore = await thuis(env, 'restore', path.join(dir, 'pg.dump'));
      expect(restore.code).toBe(1);
      expect(restore.err).toContain('pg_restore');
    });
  }
});

describe('thuis backup and restore (SQLite)', () => {
  it('restores a backup of a running server into a fresh DATA_DIR that serves the same dossier', async () => {
    const sqlite = backends.find((b) => b.name === 'sqlite') as Backend;
    const server = await startServer(sqlite);
    const dir = await mkdtemp(path.join(tmpdir(), 'tir-cli-backup-'));
    const fresh = path.join(dir, 'restored-data');
    try {
      const dossier = aFullDossier();
      await server.app.inject({ method: 'PUT', url: `/api/admin/dossiers/${dossier.id}`, headers: admin, payload: dossier });
      const env = { DATA_DIR: server.config.dataDir, ADMIN_TOKEN };
      const file = path.join(dir, 'thuis-backup.sqlite');

      // Online: the server's database stays open while the backup is taken.
      const backup = await thuis(env, 'backup', file);
      expect(backup.code, backup.err).toBe(0);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect((await thuis(env, 'backup', file)).code).toBe(1); // never over an existing file

      const notABackup = path.join(dir, 'not.sqlite');
      await writeFile(notABackup, 'not a database');
      expect((await thuis({ DATA_DIR: fresh, ADMIN_TOKEN }, 'restore', notABackup)).code).toBe(1);

      const restored = await thuis({ DATA_DIR: fresh, ADMIN_TOKEN }, 'restore', file);
      expect(restored.code, restored.err).toBe(0);
      expect((await stat(path.join(fresh, 'thuis.sqlite'))).mode & 0o777).toBe(0o600);
      expect((await stat(fresh)).mode & 0o777).toBe(0o700);
      // A DATA_DIR with a database is not overwritten by accident.
      const again = await thuis({ DATA_DIR: fresh, ADMIN_TOKEN }, 'restore', file);
      expect(again.code).toBe(1);
      expect(again.err).toContain('--force');
      expect((await thuis({ DATA_DIR: fresh, ADMIN_TOKEN }, 'restore', file, '--force')).code).toBe(0);

      const freshBackend: Backend = { name: 'sqlite', create: async () => ({ env: { DATA_DIR: fresh }, drop: async () => undefined }) };
      const second = await startServer(freshBackend);
      try {
        const got = await second.app.inject({ method: 'GET', url: `/api/admin/dossiers/${dossier.id}`, headers: admin });
        expect(got.json()).toEqual(dossier);
        const cookie = await activateDevice(second.app, dossier.id);
        const patch = (await pull(second.app, cookie)).patch;
        expect(JSON.stringify(patch)).toContain(dossier.steps[0]?.id ?? 'missing');
      } finally {
        await second.close();
      }
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
