import { describe, expect, it } from 'vitest';
import { backends } from './backends';
import { aContact, aFullDossier, aStep, anAppointment } from '../support/builders';
import { admin, expectErrorBody, putDossier, serverFor, type TestServer } from './harness';

describe.each(backends)('admin dossier API on $name', (backend) => {
  let server: TestServer;
  serverFor(backend, (s) => {
    server = s;
  });

  describe('authentication', () => {
    const cases: [string, Record<string, string>][] = [
      ['no Authorization header', {}],
      ['a wrong token', { authorization: 'Bearer not-the-token' }],
      ['the token without Bearer', { authorization: 'test-admin-token-0123456789' }],
      ['an empty bearer', { authorization: 'Bearer ' }],
    ];
    it.each(cases)('refuses %s with 401', async (_name, headers) => {
      const dossier = aFullDossier();
      for (const [method, url] of [
        ['PUT', `/api/admin/dossiers/${dossier.id}`],
        ['GET', `/api/admin/dossiers/${dossier.id}`],
        ['DELETE', `/api/admin/dossiers/${dossier.id}`],
        ['POST', `/api/admin/dossiers/${dossier.id}/activation-codes`],
      ] as const) {
        const response = await server.app.inject({ method, url, headers, ...(method === 'PUT' ? { payload: dossier } : {}) });
        expectErrorBody(response, 401, 'unauthenticated');
      }
    });
  });

  it('imports a dossier and returns it unchanged', async () => {
    const dossier = aFullDossier();
    const result = await putDossier(server.app, dossier);
    // 1 dossier + 2 steps + 1 contact + 2 appointments + 1 ontzorgen + 2 payments + 2 checklist
    expect(result).toEqual({ id: dossier.id, version: 1, created: 11, updated: 0, deleted: 0, unchanged: 0 });

    const response = await server.app.inject({ method: 'GET', url: `/api/admin/dossiers/${dossier.id}`, headers: admin });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(dossier);
  });

  it('imports a dossier without ontzorgen and with no leerroute', async () => {
    const dossier = aFullDossier({ ontzorgen: null, leerroute: null, appointments: [], doelgroep: 'gezinsmigrant' });
    await putDossier(server.app, dossier);
    const response = await server.app.inject({ method: 'GET', url: `/api/admin/dossiers/${dossier.id}`, headers: admin });
    expect(response.json()).toEqual(dossier);
  });

  it('answers 404 for an unknown dossier', async () => {
    for (const method of ['GET', 'DELETE'] as const) {
      const response = await server.app.inject({ method, url: '/api/admin/dossiers/rw-unknown', headers: admin });
      expectErrorBody(response, 404, 'not-found');
    }
    const codes = await server.app.inject({ method: 'POST', url: '/api/admin/dossiers/rw-unknown/activation-codes', headers: admin });
    expectErrorBody(codes, 404, 'not-found');
  });

  it('deletes a dossier', async () => {
    const dossier = aFullDossier();
    await putDossier(server.app, dossier);
    const url = `/api/admin/dossiers/${dossier.id}`;
    const deleted = await server.app.inject({ method: 'DELETE', url, headers: admin });
    expect(deleted.statusCode).toBe(204);
    expect((await server.app.inject({ method: 'GET', url, headers: admin })).statusCode).toBe(404);
    expect((await server.app.inject({ method: 'DELETE', url, headers: admin })).statusCode).toBe(404);
    const left = await server.db.selectFrom('row').select('key').where('dossier_id', '=', dossier.id).execute();
    expect(left).toEqual([]);
  });

  describe('bad input is a 400 with a readable message, never a 500', () => {
    const withoutFirstName = () => {
      const { firstName: _omitted, ...rest } = aFullDossier();
      return rest;
    };
    const objectCases: [string, () => { id?: unknown }][] = [
      ['a wrong type', () => aFullDossier({ firstName: 42 as unknown as string })],
      ['an unknown doelgroep', () => aFullDossier({ doelgroep: 'toerist' as 'gezinsmigrant' })],
      ['an unknown appointment kind', () => aFullDossier({ appointments: [anAppointment({ kind: 'feest' as 'map' })] })],
      ['an unknown step status', () => aFullDossier({ steps: [aStep({ status: 'maybe' as 'done' })] })],
      ['a missing field', withoutFirstName],
      ['an extra field', () => ({ ...aFullDossier(), bsn: '123456782' })],
      ['an extra field in an item', () => aFullDossier({ steps: [{ ...aStep(), secret: 1 } as ReturnType<typeof aStep>] })],
      ['duplicate item ids', () => aFullDossier({ steps: [aStep(), aStep({ kind: 'pip' })] })],
      ['a malformed date', () => aFullDossier({ termijn: { start: '1 juli 2025', end: '2028-07-01' } })],
      ['an unknown thing to bring', () => aFullDossier({ appointments: [anAppointment({ bringItems: ['paraplu' as 'pen'] })] })],
      ['hours that are no clock time', () => aFullDossier({ contacts: [aContact({ availabilityHours: [{ days: ['mon'], from: '9 uur', to: '17:00' }] })] })],
      ['an unknown weekday', () => aFullDossier({ contacts: [aContact({ availabilityHours: [{ days: ['maandag' as 'mon'], from: '09:00', to: '17:00' }] })] })],
      ['negative money', () => aFullDossier({ ontzorgen: { start: '2025-07-01', end: '2026-01-01', course: 'done', payments: [{ id: 'p1', month: '2025-08', kind: 'huur', payee: 'X', amountCents: -1, status: 'paid' }] } })],
    ];
    it.each(objectCases)('%s', async (_name, build) => {
      const body = build();
      const response = await server.app.inject({ method: 'PUT', url: `/api/admin/dossiers/${String(body.id)}`, headers: admin, payload: body });
      expectErrorBody(response, 400, 'invalid-body');
    });

    it('takes the optional structured fields, and old imports without them stay valid', async () => {
      const body = aFullDossier({
        appointments: [anAppointment({ bringItems: ['lesboek', 'id-bewijs', 'brief'] })],
        contacts: [aContact({ availabilityHours: [{ days: ['mon', 'tue', 'thu'], from: '09:00', to: '17:00' }] })],
      });
      expect((await server.app.inject({ method: 'PUT', url: `/api/admin/dossiers/${body.id}`, headers: admin, payload: body })).statusCode).toBe(200);
      const stored = (await server.app.inject({ method: 'GET', url: `/api/admin/dossiers/${body.id}`, headers: admin })).json<typeof body>();
      expect(stored.appointments[0]?.bringItems).toEqual(['lesboek', 'id-bewijs', 'brief']);
      expect(stored.contacts[0]?.availabilityHours).toEqual([{ days: ['mon', 'tue', 'thu'], from: '09:00', to: '17:00' }]);
      const old = aFullDossier();
      expect((await server.app.inject({ method: 'PUT', url: `/api/admin/dossiers/${old.id}`, headers: admin, payload: old })).statusCode).toBe(200);
    });

    it('an unknown enum value names the field', async () => {
      const body = aFullDossier({ doelgroep: 'toerist' as 'gezinsmigrant' });
      const response = await server.app.inject({ method: 'PUT', url: `/api/admin/dossiers/${body.id}`, headers: admin, payload: body });
      expect(response.json<{ error: { message: string } }>().error.message).toContain('doelgroep');
    });

    it('an id in the path that differs from the body', async () => {
      const response = await server.app.inject({ method: 'PUT', url: '/api/admin/dossiers/rw-other-id', headers: admin, payload: aFullDossier() });
      expectErrorBody(response, 400, 'invalid-body');
    });

    const rawCases: [string, string, string][] = [
      ['invalid JSON', '{"id": "rw-x",', 'invalid-json'],
      ['a __proto__ key', '{"id":"rw-proto","__proto__":{"admin":true}}', 'invalid-json'],
      ['a nested __proto__ key', '{"id":"rw-proto","termijn":{"__proto__":{"x":1}}}', 'invalid-json'],
      ['an array', '[]', 'invalid-body'],
      ['null', 'null', 'invalid-body'],
      ['an empty body', '', 'invalid-json'],
    ];
    it.each(rawCases)('%s', async (_name, payload, code) => {
      const response = await server.app.inject({
        method: 'PUT',
        url: '/api/admin/dossiers/rw-proto',
        headers: { ...admin, 'content-type': 'application/json' },
        payload,
      });
      expectErrorBody(response, 400, code);
    });

    it('a body that is not JSON', async () => {
      const response = await server.app.inject({
        method: 'PUT',
        url: '/api/admin/dossiers/rw-text',
        headers: { ...admin, 'content-type': 'text/xml' },
        payload: '<dossier/>',
      });
      expect(response.statusCode).toBe(415);
      expectErrorBody(response, 415, 'unsupported-media-type');
    });

    it('a body over the import limit is 413', async () => {
      const huge = { ...aFullDossier(), padding: 'x'.repeat(1_100_000) };
      const response = await server.app.inject({ method: 'PUT', url: `/api/admin/dossiers/${huge.id}`, headers: admin, payload: huge });
      expectErrorBody(response, 413, 'body-too-large');
    });
  });
});
