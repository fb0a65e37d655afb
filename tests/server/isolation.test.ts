import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { auditResponseSchema, devicesResponseSchema } from '../../src/domain/adminApi';
import type { DossierImport } from '../../src/domain/dossier';
import { backends } from './backends';
import { deviceInject } from './deviceKeys';
import { aFullDossier, aShare, aStaffId, aStaffMember } from '../support/builders';
import { activateWith, inburgeraarDevice, puts, share, staffDevice, type TestDevice } from './devices';
import { admin, expectErrorBody, putDossier, serverFor, type TestServer } from './harness';

// Isolation between municipalities and persons (docs/threat-model.md): two instances, Rijswijk's
// and Zevenaar's, each with its own admin token, on ONE database; and a dossier id that must never
// hand one person's devices another person's data.

const ZEVENAAR_TOKEN = 'zevenaar-admin-token-0123456789abcdefgh';

describe.each(backends)('municipalities on one database ($name)', (backend) => {
  let server: TestServer;
  let zevenaar: { app: FastifyInstance; admin: { authorization: string } };
  let dossier: DossierImport;
  let amal: TestDevice;
  let staffId: string;
  let staff: TestDevice;

  serverFor(backend, async (s) => {
    server = s;
    zevenaar = await server.otherInstance({ GEMEENTE: 'zevenaar', ADMIN_TOKEN: ZEVENAAR_TOKEN });
    dossier = aFullDossier();
    await putDossier(server.app, dossier);
    amal = await inburgeraarDevice(server.app, dossier.id);
    await amal.send('question.ask', { id: '0b7f1c1e-8a51-4a8e-9d0c-2f0f0b9b6a11', contactRole: 'consulent-inburgering', text: 'Wanneer?' });
    staffId = aStaffId();
    staff = await staffDevice(server.app, staffId, aStaffMember({ dossiers: [dossier.id] }));
  });

  const as = (app: FastifyInstance, headers: object, method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url: `/api/admin${url}`, headers: headers as Record<string, string>, ...(payload ? { payload } : {}) });
  const z = (method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, payload?: object) => as(zevenaar.app, zevenaar.admin, method, url, payload);

  it('answers another municipality’s dossier as absent: 404 for read, delete, questions, devices and codes', async () => {
    for (const [method, url] of [
      ['GET', `/dossiers/${dossier.id}`],
      ['GET', `/dossiers/${dossier.id}/questions`],
      ['GET', `/dossiers/${dossier.id}/devices`],
      ['POST', `/dossiers/${dossier.id}/activation-codes`],
      ['DELETE', `/dossiers/${dossier.id}`],
    ] as const) {
      expectErrorBody(await z(method, url), 404, 'not-found');
    }
    // Nothing happened to it: Rijswijk's admin still has it, and its device still pulls.
    expect((await as(server.app, admin, 'GET', `/dossiers/${dossier.id}`)).statusCode).toBe(200);
    expect((await amal.pullRaw()).statusCode).toBe(200);
    const codes = auditResponseSchema.parse((await as(server.app, admin, 'GET', `/dossiers/${dossier.id}/audit`)).json()).entries;
    expect(codes.filter((e) => e.action === 'activation-code.create')).toHaveLength(1);
  });

  it('shows a municipality only its own audit trail', async () => {
    const theirs = auditResponseSchema.parse((await z('GET', `/dossiers/${dossier.id}/audit`)).json());
    expect(theirs.entries).toEqual([]);
    const ofStaff = auditResponseSchema.parse((await z('GET', `/staff/${staffId}/audit`)).json());
    expect(ofStaff.entries).toEqual([]);
    const ours = auditResponseSchema.parse((await as(server.app, admin, 'GET', `/dossiers/${dossier.id}/audit`)).json());
    expect(ours.entries.map((e) => e.action)).toEqual(expect.arrayContaining(['dossier.import', 'device.activate', 'question.ask', 'caseload.add']));
  });

  it('refuses an import naming another gemeente (403), and never takes over another municipality’s id', async () => {
    expectErrorBody(await z('PUT', `/dossiers/${dossier.id}`, { ...dossier, firstName: 'Someone else' }), 403, 'wrong-gemeente');
    expectErrorBody(await z('PUT', `/dossiers/${dossier.id}`, { ...dossier, gemeente: 'zevenaar', firstName: 'Someone else' }), 403, 'wrong-gemeente');
    const stored = (await as(server.app, admin, 'GET', `/dossiers/${dossier.id}`)).json<DossierImport>();
    expect(stored).toMatchObject({ gemeente: 'rijswijk', firstName: dossier.firstName });
    expect(puts((await amal.pull(true)).patch, 'dossiers')[0]?.value).toMatchObject({ firstName: dossier.firstName, gemeente: 'rijswijk' });
  });

  it('keeps staff apart: 404 for another municipality’s staff member and their devices, 403/409 for taking them over', async () => {
    for (const [method, url] of [
      ['GET', `/staff/${staffId}`],
      ['GET', `/staff/${staffId}/devices`],
      ['POST', `/staff/${staffId}/activation-codes`],
      ['DELETE', `/staff/${staffId}`],
    ] as const) {
      expectErrorBody(await z(method, url), 404, 'not-found');
    }
    expectErrorBody(await z('PUT', `/staff/${staffId}`, aStaffMember({ dossiers: [dossier.id] })), 403, 'wrong-gemeente');
    expectErrorBody(await z('PUT', `/staff/${staffId}`, aStaffMember({ gemeente: 'zevenaar' })), 409, 'staff-id-taken');
    // A caseload of Zevenaar's own staff cannot reach Rijswijk's dossier: it is unknown to them.
    expectErrorBody(await z('PUT', `/staff/${aStaffId()}`, aStaffMember({ gemeente: 'zevenaar', dossiers: [dossier.id] })), 400, 'unknown-dossier');
    const stored = await as(server.app, admin, 'GET', `/staff/${staffId}`);
    expect(stored.json()).toMatchObject({ gemeente: 'rijswijk', name: aStaffMember().name, dossiers: [dossier.id] });
    expect((await staff.pullRaw()).statusCode).toBe(200);
  });

  it('does not let another municipality revoke (or even find) a device', async () => {
    const devices = devicesResponseSchema.parse((await as(server.app, admin, 'GET', `/dossiers/${dossier.id}/devices`)).json()).devices;
    const staffDevices = devicesResponseSchema.parse((await as(server.app, admin, 'GET', `/staff/${staffId}/devices`)).json()).devices;
    for (const device of [...devices, ...staffDevices]) expectErrorBody(await z('DELETE', `/devices/${device.id}`), 404, 'not-found');
    expect((await amal.pullRaw()).statusCode).toBe(200);
    expect((await staff.pullRaw()).statusCode).toBe(200);
  });

  it('gives each instance its own municipality’s dossiers, with codes that work', async () => {
    const theirs = aFullDossier({ gemeente: 'zevenaar', firstName: 'Yonas' });
    expect((await z('PUT', `/dossiers/${theirs.id}`, theirs)).statusCode).toBe(200);
    expectErrorBody(await as(server.app, admin, 'GET', `/dossiers/${theirs.id}`), 404, 'not-found');
    expectErrorBody(await as(server.app, admin, 'POST', `/dossiers/${theirs.id}/activation-codes`), 404, 'not-found');
    const code = await z('POST', `/dossiers/${theirs.id}/activation-codes`);
    expect(code.statusCode).toBe(201);
    const yonas = await activateWith(zevenaar.app, code.json<{ code: string }>().code);
    expect(puts((await yonas.pull()).patch, 'dossiers')[0]?.value).toMatchObject({ firstName: 'Yonas' });
  });

  it('lets a consulent create dossiers only of the municipality of the server they talk to', async () => {
    const consulentId = aStaffId();
    const consulent = await staffDevice(server.app, consulentId, aStaffMember({ role: 'consulent' }));
    const asked = await deviceInject(zevenaar.app, consulent.cookie, { method: 'POST', url: '/api/staff/dossiers', body: aFullDossier() });
    expectErrorBody(asked, 403, 'wrong-gemeente');
  });
});

describe.each(backends)('one dossier id, one person ($name)', (backend) => {
  let server: TestServer;
  let consulent: TestDevice;
  let consulentId: string;
  serverFor(backend, async (s) => {
    server = s;
    consulentId = aStaffId();
    consulent = await staffDevice(server.app, consulentId, aStaffMember({ role: 'consulent' }));
  });

  const put = (d: DossierImport, query = ''): Promise<LightMyRequestResponse> =>
    server.app.inject({ method: 'PUT', url: `/api/admin/dossiers/${d.id}${query}`, headers: admin, payload: d });

  /** A consulent creates the dossier in the app and activates the inburgeraar's phone for it. */
  async function createdInApp(): Promise<{ dossier: DossierImport; phone: TestDevice }> {
    const dossier = aFullDossier({ firstName: 'Amal' });
    const created = await deviceInject(server.app, consulent.cookie, { method: 'POST', url: '/api/staff/dossiers', body: dossier });
    expect(created.statusCode, created.body).toBe(201);
    const code = await deviceInject(server.app, consulent.cookie, { method: 'POST', url: `/api/staff/dossiers/${dossier.id}/activation-codes` });
    const phone = await activateWith(server.app, code.json<{ code: string }>().code);
    await phone.pull();
    return { dossier, phone };
  }

  it('refuses (409) an import onto a dossier created in the app unless it adopts it, changing nothing', async () => {
    const { dossier, phone } = await createdInApp();
    const other = aFullDossier({ id: dossier.id, firstName: 'Farida' });
    expectErrorBody(await put(other), 409, 'dossier-created-in-app');
    expectErrorBody(await put(other, '?adopt=yes'), 400, 'invalid-query');
    expectErrorBody(await put(other, '?adopt=0'), 409, 'dossier-created-in-app');
    expect((await phone.pull()).patch).toEqual([]);
    const stored = await server.app.inject({ method: 'GET', url: `/api/admin/dossiers/${dossier.id}`, headers: admin });
    expect(stored.json()).toMatchObject({ firstName: 'Amal' });
  });

  it('adopting signs out every device bound to the dossier before it can pull, and kills its codes', async () => {
    const { dossier, phone } = await createdInApp();
    const helperCode = await share(phone, aShare());
    const helper = await activateWith(server.app, await share(phone, aShare()));
    const unused = await deviceInject(server.app, consulent.cookie, { method: 'POST', url: `/api/staff/dossiers/${dossier.id}/activation-codes` });
    await consulent.pull();

    const adopted = await put(aFullDossier({ id: dossier.id, firstName: 'Farida' }), '?adopt=1');
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect((await phone.pullRaw()).statusCode).toBe(401);
    expect((await helper.pullRaw()).statusCode).toBe(401);
    for (const code of [helperCode, unused.json<{ code: string }>().code]) {
      expectErrorBody(await server.app.inject({ method: 'POST', url: '/api/activate', payload: { code } }), 400, 'invalid-code');
    }
    // The consulent keeps the dossier in their caseload, and starts it over: Farida, never Amal.
    const { patch } = await consulent.pull();
    expect(patch[0]).toEqual({ op: 'clear' });
    const names = puts(patch, 'dossiers').filter((op) => op.value.id === dossier.id).map((op) => op.value.firstName);
    expect(names).toEqual(['Farida']);
    const audit = auditResponseSchema.parse((await server.app.inject({ method: 'GET', url: `/api/admin/dossiers/${dossier.id}/audit`, headers: admin })).json());
    expect(audit.entries.map((e) => e.action)).toContain('dossier.adopt');
    // Adopted once, it is the case system's: later imports need no flag.
    expect((await put(aFullDossier({ id: dossier.id, firstName: 'Farida', language: 'fa' }))).statusCode).toBe(200);
  });

  it('gives a staff device whose cookie predates a delete and re-import clear and the new rows, never stale rows', async () => {
    const dossier = aFullDossier({ firstName: 'Amal' });
    await putDossier(server.app, dossier);
    for (const language of ['en', 'tr', 'ar'] as const) await putDossier(server.app, { ...dossier, language });
    const begeleiderId = aStaffId();
    const begeleider = await staffDevice(server.app, begeleiderId, aStaffMember({ dossiers: [dossier.id] }));
    await begeleider.pull();
    const before = begeleider.syncCookie;

    // Deleted and imported again as someone else, up to the very same version number.
    expect((await server.app.inject({ method: 'DELETE', url: `/api/admin/dossiers/${dossier.id}`, headers: admin })).statusCode).toBe(204);
    const farida = aFullDossier({ id: dossier.id, firstName: 'Farida' });
    await putDossier(server.app, farida);
    for (const language of ['en', 'tr', 'fa'] as const) await putDossier(server.app, { ...farida, language });
    expect((await server.app.inject({ method: 'PUT', url: `/api/admin/staff/${begeleiderId}`, headers: admin, payload: aStaffMember({ dossiers: [dossier.id] }) })).statusCode).toBe(200);

    begeleider.syncCookie = before;
    const { patch } = await begeleider.pull();
    expect(patch[0]).toEqual({ op: 'clear' });
    expect(puts(patch, 'dossiers').map((op) => op.value.firstName)).toEqual(['Farida']);
    expect(JSON.stringify(patch)).not.toContain('Amal');
  });

  it('gives a device with another epoch of its dossier clear and everything', async () => {
    const dossier = aFullDossier();
    await putDossier(server.app, dossier);
    const phone = await inburgeraarDevice(server.app, dossier.id);
    const { cookie } = await phone.pull();
    const forged = { ...(cookie as { d: Record<string, number> }), e: { [dossier.id]: 'an-older-epoch' } };
    phone.syncCookie = forged;
    const { patch } = await phone.pull();
    expect(patch[0]).toEqual({ op: 'clear' });
    expect(puts(patch, 'dossiers')).toHaveLength(1);
  });

  it('accepts a cookie from before epochs (no "e"): that dossier starts over, never a 400', async () => {
    const dossier = aFullDossier();
    await putDossier(server.app, dossier);
    const phone = await inburgeraarDevice(server.app, dossier.id);
    await phone.pull();
    phone.syncCookie = { d: { [dossier.id]: 1 } };
    const { patch, cookie } = await phone.pull();
    expect(patch[0]).toEqual({ op: 'clear' });
    expect(cookie).toMatchObject({ e: { [dossier.id]: expect.any(String) } });
    // And with the new cookie it is up to date.
    expect((await phone.pull()).patch).toEqual([]);
  });

  it('signs a person’s devices out on delete, so a re-import under the same id never reaches them', async () => {
    const dossier = aFullDossier({ firstName: 'Amal' });
    await putDossier(server.app, dossier);
    const phone = await inburgeraarDevice(server.app, dossier.id);
    await phone.pull();
    await server.app.inject({ method: 'DELETE', url: `/api/admin/dossiers/${dossier.id}`, headers: admin });
    await putDossier(server.app, aFullDossier({ id: dossier.id, firstName: 'Farida' }));
    expect((await phone.pullRaw()).statusCode).toBe(401);
  });
});
