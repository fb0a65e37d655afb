import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain/sync';
import { findSession, revokeSession, touchSession } from '../../src/server/store';
import { TOUCH_INTERVAL_MS } from '../../src/server/store/sessions';
import { backends } from './backends';
import { aFullDossier } from '../support/builders';
import { activateDevice, admin, expectErrorBody, pull, pullRaw, push, pushRaw, putDossier, serverFor, type TestServer } from './harness';

const pullBody = { schemaVersion: SCHEMA_VERSION, clientId: 'client-0001', cookie: null };
const pushBody = { schemaVersion: SCHEMA_VERSION, clientId: 'client-0001', mutations: [] };
const tokenOf = (cookieHeader: string) => cookieHeader.slice('tir_session='.length);

describe.each(backends)('device sessions on $name', (backend) => {
  let server: TestServer;
  serverFor(backend, (s) => {
    server = s;
  });

  async function expectLockedOut(device: string) {
    expectErrorBody(await pullRaw(server.app, device, pullBody), 401, 'unauthenticated');
    expectErrorBody(await pushRaw(server.app, device, pushBody), 401, 'unauthenticated');
  }

  it('refuses pull and push without a session cookie', async () => {
    expectErrorBody(await pullRaw(server.app, undefined, pullBody), 401, 'no-session');
    expectErrorBody(await pushRaw(server.app, undefined, pushBody), 401, 'no-session');
  });

  it('locks out a revoked device, and only that one', async () => {
    const dossierId = (await putDossier(server.app, aFullDossier())).id;
    const lost = await activateDevice(server.app, dossierId);
    const kept = await activateDevice(server.app, dossierId);
    const session = await findSession(server.db, tokenOf(lost));
    expect(await revokeSession(server.db, session?.id ?? '')).toBe(true);
    await expectLockedOut(lost);
    expect((await pull(server.app, kept)).patch.length).toBeGreaterThan(1);
  });

  it('locks out the devices of a deleted dossier and removes all it had', async () => {
    const dossierId = (await putDossier(server.app, aFullDossier())).id;
    const device = await activateDevice(server.app, dossierId);
    await push(server.app, device, [{ id: 1, name: 'appointment.setAttendance', args: { appointmentId: 'a1', attendance: 'coming' } }], 'client-deleted-1');
    await server.app.inject({ method: 'POST', url: `/api/admin/dossiers/${dossierId}/activation-codes`, headers: admin });

    const deleted = await server.app.inject({ method: 'DELETE', url: `/api/admin/dossiers/${dossierId}`, headers: admin });
    expect(deleted.statusCode).toBe(204);
    await expectLockedOut(device);

    const left = await Promise.all([
      server.db.selectFrom('row').select('key').where('dossier_id', '=', dossierId).execute(),
      server.db.selectFrom('session').select('id').where('dossier_id', '=', dossierId).execute(),
      server.db.selectFrom('activation_code').select('code_hash').where('dossier_id', '=', dossierId).execute(),
      server.db.selectFrom('client').select('client_id').where('client_id', '=', 'client-deleted-1').execute(),
      server.db.selectFrom('mutation').select('mutation_id').where('client_id', '=', 'client-deleted-1').execute(),
    ]);
    expect(left).toEqual([[], [], [], [], []]);
  });

  it('a device of a dossier imported again after deletion stays locked out', async () => {
    const dossier = aFullDossier();
    await putDossier(server.app, dossier);
    const device = await activateDevice(server.app, dossier.id);
    await server.app.inject({ method: 'DELETE', url: `/api/admin/dossiers/${dossier.id}`, headers: admin });
    await putDossier(server.app, dossier);
    await expectLockedOut(device);
  });

  it('notes when a device was last seen, at most once an hour', async () => {
    const dossierId = (await putDossier(server.app, aFullDossier())).id;
    const device = await activateDevice(server.app, dossierId);
    const session = await findSession(server.db, tokenOf(device));
    if (!session) throw new Error('the device has no session');
    const lastSeen = async () =>
      (await server.db.selectFrom('session').select('last_seen_at').where('id', '=', session.id).executeTakeFirstOrThrow()).last_seen_at;

    await touchSession(server.db, session, new Date(Date.parse(session.lastSeenAt) + TOUCH_INTERVAL_MS - 1000));
    expect(await lastSeen()).toBe(session.lastSeenAt);
    const later = new Date(Date.parse(session.lastSeenAt) + TOUCH_INTERVAL_MS + 1000);
    await touchSession(server.db, session, later);
    expect(await lastSeen()).toBe(later.toISOString());
  });
});
