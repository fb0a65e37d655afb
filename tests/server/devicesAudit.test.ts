import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditResponseSchema, devicesResponseSchema } from '../../src/domain/adminApi';
import { backends } from './backends';
import { aFullDossier, aShare, aStaffId, aStaffMember } from '../support/builders';
import { activateWith, inburgeraarDevice, share, staffDevice } from './devices';
import { admin, expectErrorBody, putDossier, serverFor, type TestServer } from './harness';

describe.each(backends)('devices and audit trail on $name', (backend) => {
  let server: TestServer;
  serverFor(backend, (s) => {
    server = s;
  });

  const getJson = async (url: string) => {
    const response = await server.app.inject({ method: 'GET', url, headers: admin });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<unknown>();
  };
  const revoke = (sessionId: string) => server.app.inject({ method: 'DELETE', url: `/api/admin/devices/${sessionId}`, headers: admin });

  it('lists a dossier’s and a staff member’s devices without tokens, and revokes one lost phone', async () => {
    const dossierId = (await putDossier(server.app, aFullDossier())).id;
    const phone = await inburgeraarDevice(server.app, dossierId);
    const spare = await inburgeraarDevice(server.app, dossierId);
    const helper = await activateWith(server.app, await share(phone, aShare()));
    const staffId = aStaffId();
    const work = await staffDevice(server.app, staffId, aStaffMember({ dossiers: [dossierId] }));

    const { devices } = devicesResponseSchema.parse(await getJson(`/api/admin/dossiers/${dossierId}/devices`));
    expect(devices.map((d) => d.kind)).toEqual(['inburgeraar', 'inburgeraar', 'helper']);
    expect(devices[2]).toMatchObject({ shareId: helper.activation?.kind === 'helper' ? helper.activation.shareId : '', revokedAt: null });
    const staffDevices = devicesResponseSchema.parse(await getJson(`/api/admin/staff/${staffId}/devices`)).devices;
    expect(staffDevices).toMatchObject([{ kind: 'staff', revokedAt: null }]);
    const text = JSON.stringify([devices, staffDevices]);
    for (const device of [phone, spare, helper, work]) expect(text).not.toContain(device.cookie.slice('tir_session='.length));

    const lost = devices[0]?.id ?? '';
    expect((await revoke(lost)).statusCode).toBe(204);
    expect((await revoke(lost)).statusCode).toBe(204); // twice is harmless
    expectErrorBody(await phone.pullRaw(), 401, 'unauthenticated');
    expectErrorBody(await phone.pushRaw(), 401, 'unauthenticated');
    expect((await spare.pull()).patch.length).toBeGreaterThan(1);
    const after = devicesResponseSchema.parse(await getJson(`/api/admin/dossiers/${dossierId}/devices`)).devices;
    expect(after.find((d) => d.id === lost)?.revokedAt).toEqual(expect.any(String));

    expect((await revoke(staffDevices[0]?.id ?? '')).statusCode).toBe(204);
    expectErrorBody(await work.pullRaw(), 401, 'unauthenticated');
  });

  it('answers 404 for an unknown device or dossier', async () => {
    expectErrorBody(await revoke(randomUUID()), 404, 'not-found');
    expectErrorBody(await revoke('not-a-session'), 404, 'not-found');
    expectErrorBody(await server.app.inject({ method: 'GET', url: '/api/admin/dossiers/rw-nope-0000/devices', headers: admin }), 404, 'not-found');
  });

  it('records who did what, when, on which dossier: admin, inburgeraar, helper and staff', async () => {
    const dossierId = (await putDossier(server.app, aFullDossier())).id;
    const phone = await inburgeraarDevice(server.app, dossierId);
    await phone.send('appointment.setAttendance', { appointmentId: 'a1', attendance: 'not-coming', reason: 'Ziek, hoofdpijn' });
    const helper = await activateWith(server.app, await share(phone, aShare()));
    await helper.send('checklist.setStatus', { itemId: 'k1', status: 'done' });
    const staffId = aStaffId();
    const staff = await staffDevice(server.app, staffId, aStaffMember({ dossiers: [dossierId] }));
    await staff.send('visit.addNote', { id: randomUUID(), dossierId, text: 'Geheime notitie over de buren' });
    await staff.send('appointment.upsert', { dossierId, appointment: { id: 'a9' } });
    const removed = aStaffMember({ dossiers: [] });
    await server.app.inject({ method: 'PUT', url: `/api/admin/staff/${staffId}`, headers: admin, payload: removed });

    const { entries, truncated } = auditResponseSchema.parse(await getJson(`/api/admin/dossiers/${dossierId}/audit`));
    expect(truncated).toBe(false);
    const summary = entries.map((e) => [e.actor, e.action, e.status, e.errorCode ?? null]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['admin', 'dossier.import', 'done', null],
        ['admin', 'activation-code.create', 'done', null],
        ['inburgeraar', 'device.activate', 'done', null],
        ['inburgeraar', 'appointment.setAttendance', 'applied', null],
        ['inburgeraar', 'share.create', 'applied', null],
        ['helper', 'device.activate', 'done', null],
        ['helper', 'checklist.setStatus', 'rejected', 'read-only'],
        ['admin', 'caseload.add', 'done', null],
        ['begeleider', 'visit.addNote', 'applied', null],
        ['begeleider', 'appointment.upsert', 'rejected', 'forbidden'],
        ['admin', 'caseload.remove', 'done', null],
      ]),
    );
    const note = entries.find((e) => e.action === 'visit.addNote');
    expect(note).toMatchObject({ staffId, sessionId: expect.any(String), dossierId, mutationId: 1, at: expect.any(String) });
    // Ids, names and outcomes only: nothing a person wrote.
    const text = JSON.stringify(entries);
    expect(text).not.toContain('Ziek');
    expect(text).not.toContain('Geheime');

    const staffTrail = auditResponseSchema.parse(await getJson(`/api/admin/staff/${staffId}/audit`)).entries;
    // A staff device belongs to no dossier: its activation is in the staff member's trail.
    expect(staffTrail.map((e) => e.action)).toEqual(
      expect.arrayContaining(['staff.upsert', 'caseload.add', 'activation-code.create', 'device.activate', 'visit.addNote', 'caseload.remove']),
    );
  });

  it('keeps the trail of a deleted dossier, ending with its deletion', async () => {
    const dossierId = (await putDossier(server.app, aFullDossier())).id;
    await inburgeraarDevice(server.app, dossierId);
    await server.app.inject({ method: 'DELETE', url: `/api/admin/dossiers/${dossierId}`, headers: admin });
    const { entries } = auditResponseSchema.parse(await getJson(`/api/admin/dossiers/${dossierId}/audit`));
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['dossier.import', 'device.activate', 'dossier.delete']));
    expect(entries.at(-1)?.action).toBe('dossier.delete');
    expectErrorBody(await server.app.inject({ method: 'GET', url: '/api/admin/dossiers/NOT%20VALID/audit', headers: admin }), 404, 'not-found');
  });
});
