import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PROOF_HEADER } from '../../src/domain/deviceProof';
import { SCHEMA_VERSION } from '../../src/domain/sync';
import { findSession } from '../../src/server/store';
import { backends } from './backends';
import { aStaffId, aStaffMember } from '../support/builders';
import { DeviceKey, deviceInject, giveDeviceKey, registerDeviceKey } from './deviceKeys';
import { inburgeraarDevice, staffDevice, staffDeviceWithoutKey, type TestDevice } from './devices';
import { admin, expectErrorBody, serverWithDossier, type TestServer } from './harness';

// "A staff device's cookie alone opens nothing" (README, "Security"; src/domain/deviceProof.ts):
// staff pulls, pushes and /api/staff/* need a signature by the key the device registered at
// set-up, over method, path, time and body. Staff sessions end after 14 days without use.

const DAY_MS = 86_400_000;

describe.each(backends)('staff device proof on $name', (backend) => {
  let server: TestServer;
  let dossierId: string;
  serverWithDossier(backend, (s, d) => {
    server = s;
    dossierId = d;
  });

  const pullBody = (device: TestDevice) => ({ schemaVersion: SCHEMA_VERSION, clientId: device.clientId, cookie: null });
  const pushBody = (device: TestDevice, text = 'Samen de huisarts gebeld') => ({
    schemaVersion: SCHEMA_VERSION,
    clientId: device.clientId,
    mutations: [{ id: 1, name: 'visit.addNote', args: { id: randomUUID(), dossierId, text } }],
  });
  const begeleider = () => staffDeviceWithoutKey(server.app, aStaffId(), aStaffMember({ dossiers: [dossierId] }));

  /** A request with a proof header of the test's choosing (or none). */
  const send = (device: TestDevice, url: string, body: unknown, proof?: string) =>
    server.app.inject({
      method: 'POST',
      url,
      headers: { cookie: device.cookie, 'content-type': 'application/json', ...(proof ? { [PROOF_HEADER]: proof } : {}) },
      payload: JSON.stringify(body),
    });

  async function sessionRow(device: TestDevice) {
    const session = await findSession(server.db, device.cookie.slice('tir_session='.length));
    if (!session) throw new Error('no session');
    return server.db.selectFrom('session').selectAll().where('id', '=', session.id).executeTakeFirstOrThrow();
  }

  it('refuses a staff pull and push with the cookie alone (428 proof-required), and reveals nothing', async () => {
    const device = await staffDevice(server.app, aStaffId(), aStaffMember({ dossiers: [dossierId] }));
    for (const [url, body] of [['/api/sync/pull', pullBody(device)], ['/api/sync/push', pushBody(device)]] as const) {
      const response = await send(device, url, body);
      expectErrorBody(response, 428, 'proof-required');
      expect(response.body).not.toContain(dossierId);
    }
    // The same device with its proof: 200, and the note was not stored by the refused push.
    const pulled = await deviceInject(server.app, device.cookie, { method: 'POST', url: '/api/sync/pull', body: pullBody(device) });
    expect(pulled.statusCode, pulled.body).toBe(200);
    expect(pulled.body).toContain(dossierId);
    expect(pulled.body).not.toContain('Samen de huisarts gebeld');
  });

  it('accepts the right proof for pull, push and the consulent’s routes', async () => {
    const device = await staffDevice(server.app, aStaffId(), aStaffMember({ dossiers: [dossierId] }));
    const pushed = await deviceInject(server.app, device.cookie, { method: 'POST', url: '/api/sync/push', body: pushBody(device) });
    expect(pushed.statusCode, pushed.body).toBe(200);
    expect(pushed.json()).toEqual({ results: [expect.objectContaining({ id: 1, status: 'applied' })] });

    const consulent = await staffDevice(server.app, aStaffId(), aStaffMember({ role: 'consulent', dossiers: [dossierId] }));
    const url = `/api/staff/dossiers/${dossierId}/activation-codes`;
    expectErrorBody(await server.app.inject({ method: 'POST', url, headers: { cookie: consulent.cookie } }), 428, 'proof-required');
    const proven = await deviceInject(server.app, consulent.cookie, { method: 'POST', url });
    expect(proven.statusCode, proven.body).toBe(201);
  });

  it('refuses a proof by another key, for another body or path, and one too old or too new (401 proof-invalid)', async () => {
    const device = await begeleider();
    const key = await giveDeviceKey(server.app, device.cookie);
    const body = pullBody(device);
    const text = JSON.stringify(body);
    const other = new DeviceKey();
    expectErrorBody(await send(device, '/api/sync/pull', body, other.proof('POST', '/api/sync/pull', text)), 401, 'proof-invalid');
    // A proof taken from one request and replayed with another body, or on another route.
    const pushText = JSON.stringify(pushBody(device));
    expectErrorBody(await send(device, '/api/sync/push', pushBody(device, 'Een andere notitie'), key.proof('POST', '/api/sync/push', pushText)), 401, 'proof-invalid');
    expectErrorBody(await send(device, '/api/sync/push', body, key.proof('POST', '/api/sync/pull', text)), 401, 'proof-invalid');
    // Six minutes off the server's clock, either way.
    expectErrorBody(await send(device, '/api/sync/pull', body, key.proof('POST', '/api/sync/pull', text, Date.now() - 6 * 60_000)), 401, 'proof-invalid');
    expectErrorBody(await send(device, '/api/sync/pull', body, key.proof('POST', '/api/sync/pull', text, Date.now() + 6 * 60_000)), 401, 'proof-invalid');
    expectErrorBody(await send(device, '/api/sync/pull', body, 't=1;s=not-a-signature'), 428, 'proof-required');
    // Within the window, the right key: fine.
    const ok = await send(device, '/api/sync/pull', body, key.proof('POST', '/api/sync/pull', text, Date.now() - 60_000));
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('registers one key per session: the same again is fine, another is refused (409), never for other devices', async () => {
    const device = await begeleider();
    // Before set-up the device has no key: every proof is refused.
    const early = new DeviceKey();
    const text = JSON.stringify(pullBody(device));
    expectErrorBody(await send(device, '/api/sync/pull', pullBody(device), early.proof('POST', '/api/sync/pull', text)), 428, 'proof-required');
    expect((await registerDeviceKey(server.app, device.cookie, early)).statusCode).toBe(204);
    expect((await registerDeviceKey(server.app, device.cookie, early)).statusCode).toBe(204);
    expectErrorBody(await registerDeviceKey(server.app, device.cookie, new DeviceKey()), 409, 'device-key-exists');
    expect((await sessionRow(device)).device_key).toBe(early.publicKey);

    const phone = await inburgeraarDevice(server.app, dossierId);
    expectErrorBody(await registerDeviceKey(server.app, phone.cookie, new DeviceKey()), 403, 'forbidden');
    expectErrorBody(await registerDeviceKey(server.app, undefined, new DeviceKey()), 401, 'no-session');
    const bad = await server.app.inject({ method: 'PUT', url: '/api/staff/device-key', headers: { cookie: device.cookie }, payload: { publicKey: 'x' } });
    expectErrorBody(bad, 400, 'invalid-body');
  });

  it('closes the registration window 24 hours after activation', async () => {
    const device = await begeleider();
    const row = await sessionRow(device);
    await server.db.updateTable('session').set({ created_at: new Date(Date.now() - 25 * 3_600_000).toISOString() }).where('id', '=', row.id).execute();
    expectErrorBody(await registerDeviceKey(server.app, device.cookie, new DeviceKey()), 409, 'device-key-too-late');
    expect((await sessionRow(device)).device_key).toBeNull();
  });

  it('tells a locked device (no proof) that it was revoked, so it wipes itself without the PIN', async () => {
    const device = await staffDevice(server.app, aStaffId(), aStaffMember({ dossiers: [dossierId] }));
    expectErrorBody(await send(device, '/api/sync/pull', pullBody(device)), 428, 'proof-required');
    const row = await sessionRow(device);
    expect((await server.app.inject({ method: 'DELETE', url: `/api/admin/devices/${row.id}`, headers: admin })).statusCode).toBe(204);
    expectErrorBody(await send(device, '/api/sync/pull', pullBody(device)), 401, 'unauthenticated');
  });

  it('does not count a request without a valid proof as use', async () => {
    const device = await staffDevice(server.app, aStaffId(), aStaffMember({ dossiers: [dossierId] }));
    const row = await sessionRow(device);
    const old = new Date(Date.now() - 10 * DAY_MS).toISOString();
    await server.db.updateTable('session').set({ last_seen_at: old }).where('id', '=', row.id).execute();
    expectErrorBody(await send(device, '/api/sync/pull', pullBody(device)), 428, 'proof-required');
    expect((await sessionRow(device)).last_seen_at).toBe(old);
    expect((await deviceInject(server.app, device.cookie, { method: 'POST', url: '/api/sync/pull', body: pullBody(device) })).statusCode).toBe(200);
    expect(Date.parse((await sessionRow(device)).last_seen_at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('ends a staff session after 14 days without use; an inburgeraar’s lasts 180', async () => {
    const staff = await staffDevice(server.app, aStaffId(), aStaffMember({ dossiers: [dossierId] }));
    const phone = await inburgeraarDevice(server.app, dossierId);
    const usedDaysAgo = async (device: TestDevice, days: number) =>
      server.db
        .updateTable('session')
        .set({ last_seen_at: new Date(Date.now() - days * DAY_MS).toISOString() })
        .where('id', '=', (await sessionRow(device)).id)
        .execute();
    const staffPull = () => deviceInject(server.app, staff.cookie, { method: 'POST', url: '/api/sync/pull', body: pullBody(staff) });

    await usedDaysAgo(staff, 13);
    expect((await staffPull()).statusCode).toBe(200);
    await usedDaysAgo(staff, 14);
    expectErrorBody(await staffPull(), 401, 'unauthenticated');

    await usedDaysAgo(phone, 14);
    expect((await phone.pullRaw()).statusCode).toBe(200);
  });
});
