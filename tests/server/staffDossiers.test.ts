import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { auditResponseSchema } from '../../src/domain/adminApi';
import type { DossierImport } from '../../src/domain/dossier';
import { backends } from './backends';
import { deviceInject } from './deviceKeys';
import { aFullDossier, aShare, aStaffId, aStaffMember } from '../support/builders';
import { activateWith, inburgeraarDevice, puts, share, staffDevice, type TestDevice } from './devices';
import { admin, expectErrorBody, putDossier, serverFor, type TestServer } from './harness';

// A consulent creates a dossier from their work device and hands out its activation code:
// POST /api/staff/dossiers and POST /api/staff/dossiers/:id/activation-codes (README, "Staff,
// devices and the audit trail"). Every permission rule, on every backend.

describe.each(backends)('consulent creates dossiers on $name', (backend) => {
  let server: TestServer;
  let consulent: TestDevice;
  let consulentId: string;
  serverFor(backend, async (s) => {
    server = s;
    consulentId = aStaffId();
    consulent = await staffDevice(server.app, consulentId, aStaffMember({ name: 'Mark de Vries', role: 'consulent' }));
  });

  const create = (cookie: string | undefined, body: unknown): Promise<LightMyRequestResponse> =>
    deviceInject(server.app, cookie, { method: 'POST', url: '/api/staff/dossiers', body });
  const codeFor = (cookie: string | undefined, id: string): Promise<LightMyRequestResponse> =>
    deviceInject(server.app, cookie, { method: 'POST', url: `/api/staff/dossiers/${id}/activation-codes` });
  const stored = async (id: string) => server.app.inject({ method: 'GET', url: `/api/admin/dossiers/${id}`, headers: admin });
  const auditOf = async (id: string) => {
    const response = await server.app.inject({ method: 'GET', url: `/api/admin/dossiers/${id}/audit`, headers: admin });
    return auditResponseSchema.parse(response.json()).entries;
  };
  /** What the intake form sends: no steps, appointments or checklist yet. */
  const aNewDossier = (overrides: Partial<DossierImport> = {}): DossierImport =>
    aFullDossier({ steps: [], appointments: [], checklist: [], ontzorgen: null, ...overrides });

  it('creates the dossier (201) exactly as the import would store it, in the consulent’s caseload', async () => {
    const dossier = aFullDossier();
    const response = await create(consulent.cookie, dossier);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual(expect.objectContaining({ ok: true, id: dossier.id, version: 1 }));
    expect((await stored(dossier.id)).json()).toEqual(dossier);
    const staff = await server.app.inject({ method: 'GET', url: `/api/admin/staff/${consulentId}`, headers: admin });
    expect(staff.json<{ dossiers: string[] }>().dossiers).toContain(dossier.id);
  });

  it('brings the new dossier in the consulent device’s next pull', async () => {
    await consulent.pull();
    const dossier = aNewDossier();
    expect((await create(consulent.cookie, dossier)).statusCode).toBe(201);
    const { patch } = await consulent.pull();
    expect(puts(patch, 'dossiers').map((op) => op.value.id)).toEqual([dossier.id]);
    expect(puts(patch, 'contacts').map((op) => op.value.dossierId)).toEqual([dossier.id]);
  });

  it('answers 409 dossier-exists for an existing id, and changes nothing', async () => {
    const dossier = aNewDossier();
    expect((await create(consulent.cookie, dossier)).statusCode).toBe(201);
    const before = (await stored(dossier.id)).json();
    // The same request again (an answer lost on the way), and a different dossier under that id.
    expectErrorBody(await create(consulent.cookie, dossier), 409, 'dossier-exists');
    expectErrorBody(await create(consulent.cookie, { ...dossier, firstName: 'Yonas' }), 409, 'dossier-exists');
    expect((await stored(dossier.id)).json()).toEqual(before);
    expect((await auditOf(dossier.id)).filter((e) => e.action === 'dossier.create')).toHaveLength(1);
    // A dossier of the case system cannot be replaced from a work device either.
    const imported = aFullDossier();
    await putDossier(server.app, imported);
    expectErrorBody(await create(consulent.cookie, { ...imported, firstName: 'Yonas' }), 409, 'dossier-exists');
    expect((await stored(imported.id)).json()).toEqual(imported);
  });

  it('writes who created it, and when, to the audit trail — ids only, no personal data', async () => {
    const dossier = aNewDossier({ firstName: 'Tesfay' });
    const before = new Date().toISOString();
    expect((await create(consulent.cookie, dossier)).statusCode).toBe(201);
    const entries = await auditOf(dossier.id);
    const created = entries.find((e) => e.action === 'dossier.create');
    expect(created).toEqual(expect.objectContaining({ actor: 'consulent', staffId: consulentId, dossierId: dossier.id, status: 'done' }));
    expect(created?.sessionId).toEqual(expect.any(String));
    expect(created && created.at >= before).toBe(true);
    expect(entries.map((e) => e.action).sort()).toEqual(['caseload.add', 'dossier.create']);
    expect(JSON.stringify(entries)).not.toContain('Tesfay');
  });

  it.each([
    ['a missing first name', { firstName: '' }],
    ['an unknown doelgroep', { doelgroep: 'toerist' }],
    ['an unknown leerroute', { leerroute: 'c2' }],
    ['a malformed termijn date', { termijn: { start: '2026-13-01', end: '2029-01-01' } }],
    ['a malformed dossier id', { id: 'RW 2026 1' }],
    ['a misspelt field', { firstname: 'Amal' }],
  ])('refuses %s with 400 in the contract’s error shape, and stores nothing', async (_what, overrides) => {
    const body = { ...aNewDossier(), ...overrides };
    expectErrorBody(await create(consulent.cookie, body), 400, 'invalid-body');
    if (typeof body.id === 'string' && /^[a-z0-9-]+$/.test(body.id)) expectErrorBody(await stored(body.id), 404, 'not-found');
  });

  it('refuses a body that is not a dossier object, and bad JSON, with 400', async () => {
    const send = (raw: string) => deviceInject(server.app, consulent.cookie, { method: 'POST', url: '/api/staff/dossiers', raw });
    for (const json of ['[]', '"x"', '42', 'null', '{}']) expectErrorBody(await send(json), 400, 'invalid-body');
    expectErrorBody(await send('{"id":'), 400, 'invalid-json');
  });

  it('refuses a dossier of another gemeente with 403, and creates nothing', async () => {
    const dossier = aNewDossier({ gemeente: 'zevenaar' });
    expectErrorBody(await create(consulent.cookie, dossier), 403, 'wrong-gemeente');
    expectErrorBody(await stored(dossier.id), 404, 'not-found');
  });

  it('answers 401 without a (live) session', async () => {
    const dossier = aNewDossier();
    expectErrorBody(await create(undefined, dossier), 401, 'no-session');
    expectErrorBody(await create('tir_session=made-up', dossier), 401, 'unauthenticated');
    expectErrorBody(await codeFor(undefined, dossier.id), 401, 'no-session');
    expectErrorBody(await stored(dossier.id), 404, 'not-found');
  });

  it('refuses begeleider, helper and inburgeraar devices with 403', async () => {
    const own = aFullDossier();
    await putDossier(server.app, own);
    const begeleider = await staffDevice(server.app, aStaffId(), aStaffMember({ role: 'begeleider', dossiers: [own.id] }));
    const inburgeraar = await inburgeraarDevice(server.app, own.id);
    const helper = await activateWith(server.app, await share(inburgeraar, aShare()));
    for (const device of [begeleider, inburgeraar, helper]) {
      const dossier = aNewDossier();
      expectErrorBody(await create(device.cookie, dossier), 403, 'forbidden');
      expectErrorBody(await stored(dossier.id), 404, 'not-found');
      expectErrorBody(await codeFor(device.cookie, own.id), 403, 'forbidden');
    }
  });

  it('gives an activation code for a caseload dossier that activates the inburgeraar’s phone', async () => {
    const dossier = aNewDossier();
    expect((await create(consulent.cookie, dossier)).statusCode).toBe(201);
    const response = await codeFor(consulent.cookie, dossier.id);
    expect(response.statusCode, response.body).toBe(201);
    const { code, url, expiresAt } = response.json<{ code: string; url: string; expiresAt: string }>();
    expect(Object.keys(response.json<object>()).sort()).toEqual(['code', 'expiresAt', 'url']);
    // The link carries the dossier's language, so the phone opens in it.
    expect(url).toMatch(new RegExp(`/activate\\?lang=${dossier.language}#${code}$`));
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now());
    const phone = await activateWith(server.app, code);
    expect(phone.activation).toEqual({ kind: 'inburgeraar', dossierId: dossier.id, restoreSecret: expect.any(String) });
    expect((await auditOf(dossier.id)).filter((e) => e.action === 'activation-code.create')).toEqual([
      expect.objectContaining({ actor: 'consulent', staffId: consulentId, dossierId: dossier.id }),
    ]);
  });

  it('refuses activation codes for dossiers outside the caseload with 403, whether they exist or not', async () => {
    const elsewhere = aFullDossier();
    await putDossier(server.app, elsewhere);
    expectErrorBody(await codeFor(consulent.cookie, elsewhere.id), 403, 'forbidden');
    expectErrorBody(await codeFor(consulent.cookie, 'rw-does-not-exist'), 403, 'forbidden');
    expectErrorBody(await codeFor(consulent.cookie, 'NOT%20VALID'), 403, 'forbidden');
    expectErrorBody(await codeFor(consulent.cookie, 'rw-%00'), 403, 'forbidden');
    // Another consulent's new dossier is theirs, not ours.
    const other = await staffDevice(server.app, aStaffId(), aStaffMember({ role: 'consulent' }));
    const theirs = aNewDossier();
    expect((await create(other.cookie, theirs)).statusCode).toBe(201);
    expectErrorBody(await codeFor(consulent.cookie, theirs.id), 403, 'forbidden');
    expect((await codeFor(other.cookie, theirs.id)).statusCode).toBe(201);
  });

  it('stops working once the dossier leaves the caseload or the consulent is deleted', async () => {
    const id = aStaffId();
    const device = await staffDevice(server.app, id, aStaffMember({ role: 'consulent' }));
    const dossier = aNewDossier();
    expect((await create(device.cookie, dossier)).statusCode).toBe(201);
    await server.app.inject({ method: 'PUT', url: `/api/admin/staff/${id}`, headers: admin, payload: aStaffMember({ role: 'consulent', dossiers: [] }) });
    expectErrorBody(await codeFor(device.cookie, dossier.id), 403, 'forbidden');
    await server.app.inject({ method: 'DELETE', url: `/api/admin/staff/${id}`, headers: admin });
    expectErrorBody(await create(device.cookie, aNewDossier()), 401, 'unauthenticated');
  });
});
