import { describe, expect, it } from 'vitest';
import { staffResponseSchema } from '../../src/domain/adminApi';
import { backends } from './backends';
import { aFullDossier, aStaffId, aStaffMember } from '../support/builders';
import { putStaff } from './devices';
import { admin, expectErrorBody, serverWithDossier, type TestServer } from './harness';

describe.each(backends)('admin staff API on $name', (backend) => {
  let server: TestServer;
  let dossierId: string;
  serverWithDossier(backend, (s, d) => {
    server = s;
    dossierId = d;
  });

  const get = (id: string) => server.app.inject({ method: 'GET', url: `/api/admin/staff/${id}`, headers: admin });

  it('creates (201), replaces (200) and returns a staff member with their caseload', async () => {
    const id = aStaffId();
    const created = await putStaff(server.app, id, aStaffMember({ dossiers: [dossierId] }));
    expect(created.statusCode, created.body).toBe(201);
    expect(staffResponseSchema.parse(created.json())).toEqual({ id, ...aStaffMember({ dossiers: [dossierId] }) });
    const replaced = await putStaff(server.app, id, aStaffMember({ name: 'Sanne de Wit', role: 'consulent' }));
    expect(replaced.statusCode).toBe(200);
    expect((await get(id)).json()).toEqual({ id, ...aStaffMember({ name: 'Sanne de Wit', role: 'consulent' }) });
  });

  it.each([
    ['an unknown role', { role: 'manager' }],
    ['a missing name', { name: '' }],
    ['a misspelt field', { dossier: [] }],
    ['a malformed dossier id', { dossiers: ['RW 1'] }],
    ['a dossier listed twice', { dossiers: ['rw-x-1', 'rw-x-1'] }],
    ['dossiers that are not a list', { dossiers: 'rw-x-1' }],
    ['a malformed gemeente', { gemeente: 'Rijswijk!' }],
  ])('refuses %s with 400', async (_what, overrides) => {
    expectErrorBody(await putStaff(server.app, aStaffId(), { ...aStaffMember(), ...overrides }), 400, 'invalid-body');
  });

  it('refuses bodies that are not an object, and bad JSON, with 400', async () => {
    const send = (payload: string) =>
      server.app.inject({ method: 'PUT', url: `/api/admin/staff/${aStaffId()}`, headers: { ...admin, 'content-type': 'application/json' }, payload });
    for (const json of ['[]', '"x"', '42', 'null']) expectErrorBody(await send(json), 400, 'invalid-body');
    expectErrorBody(await send('{"name":'), 400, 'invalid-json');
  });

  it('refuses an unknown dossier, another municipality’s dossier (as unknown) and a malformed id with 400', async () => {
    expectErrorBody(await putStaff(server.app, aStaffId(), aStaffMember({ dossiers: [dossierId, 'rw-does-not-exist'] })), 400, 'unknown-dossier');
    const other = await server.otherInstance({ GEMEENTE: 'zevenaar', ADMIN_TOKEN: 'zevenaar-admin-token-0123456789abcdefgh' });
    const zevenaar = aFullDossier({ gemeente: 'zevenaar' });
    expect((await other.app.inject({ method: 'PUT', url: `/api/admin/dossiers/${zevenaar.id}`, headers: other.admin, payload: zevenaar })).statusCode).toBe(200);
    expectErrorBody(await putStaff(server.app, aStaffId(), aStaffMember({ dossiers: [zevenaar.id] })), 400, 'unknown-dossier');
    // A staff member of another gemeente is not this admin token's to keep.
    expectErrorBody(await putStaff(server.app, aStaffId(), aStaffMember({ gemeente: 'zevenaar' })), 403, 'wrong-gemeente');
    expectErrorBody(await putStaff(server.app, 'Not A Valid Id', aStaffMember()), 400, 'invalid-id');
    // Nothing half-done: the refused staff member does not exist.
    const id = aStaffId();
    await putStaff(server.app, id, aStaffMember({ dossiers: ['rw-does-not-exist'] }));
    expectErrorBody(await get(id), 404, 'not-found');
  });

  it('answers 404 for unknown or malformed ids, and deletes a staff member once', async () => {
    const id = aStaffId();
    expectErrorBody(await get(id), 404, 'not-found');
    expectErrorBody(await get('%20bad'), 404, 'not-found');
    expectErrorBody(await server.app.inject({ method: 'POST', url: `/api/admin/staff/${id}/activation-codes`, headers: admin }), 404, 'not-found');
    expectErrorBody(await server.app.inject({ method: 'GET', url: `/api/admin/staff/${id}/devices`, headers: admin }), 404, 'not-found');
    await putStaff(server.app, id, aStaffMember());
    expect((await server.app.inject({ method: 'DELETE', url: `/api/admin/staff/${id}`, headers: admin })).statusCode).toBe(204);
    expectErrorBody(await server.app.inject({ method: 'DELETE', url: `/api/admin/staff/${id}`, headers: admin }), 404, 'not-found');
  });

  it('needs the admin token for every staff, device and audit route', async () => {
    const id = aStaffId();
    const routes = [
      ['PUT', `/api/admin/staff/${id}`],
      ['GET', `/api/admin/staff/${id}`],
      ['DELETE', `/api/admin/staff/${id}`],
      ['POST', `/api/admin/staff/${id}/activation-codes`],
      ['GET', `/api/admin/staff/${id}/devices`],
      ['GET', `/api/admin/staff/${id}/audit`],
      ['GET', `/api/admin/dossiers/${dossierId}/devices`],
      ['GET', `/api/admin/dossiers/${dossierId}/audit`],
      ['DELETE', '/api/admin/devices/00000000-0000-4000-8000-000000000000'],
    ] as const;
    for (const [method, url] of routes) {
      expectErrorBody(await server.app.inject({ method, url, payload: method === 'PUT' ? aStaffMember() : undefined }), 401, 'unauthenticated');
    }
  });
});
