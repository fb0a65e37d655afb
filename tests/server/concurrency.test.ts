import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain/sync';
import { backends } from './backends';
import { aFullDossier, anAppointment } from '../support/builders';
import { activateDevice, admin, newCode, pull, pushRaw, putDossier, serverFor, type TestServer } from './harness';

// Requests that race each other (two tabs, a retry while the first push is still running, an
// import during a sync). On PostgreSQL these really run in parallel on different connections.

describe.each(backends)('concurrent requests on $name', (backend) => {
  let server: TestServer;
  serverFor(backend, (s) => {
    server = s;
  });

  it('applies a mutation pushed twice at once exactly once', async () => {
    const dossierId = (await putDossier(server.app, aFullDossier())).id;
    const device = await activateDevice(server.app, dossierId);
    const body = {
      schemaVersion: SCHEMA_VERSION,
      clientId: 'client-race-1',
      mutations: [{ id: 1, name: 'checklist.setStatus', args: { itemId: 'k2', status: 'done' } }],
    };
    const responses = await Promise.all([1, 2, 3].map(() => pushRaw(server.app, device, body)));
    const statuses = responses.map((r) => r.json<{ results: { status: string }[] }>().results[0]?.status).sort();
    expect(statuses).toEqual(['alreadyProcessed', 'alreadyProcessed', 'applied']);
    const records = await server.db.selectFrom('mutation').select('mutation_id').where('client_id', '=', 'client-race-1').execute();
    expect(records).toHaveLength(1);
  });

  it('redeems one code once, even when two devices try at the same moment', async () => {
    const dossierId = (await putDossier(server.app, aFullDossier())).id;
    const code = await newCode(server.app, dossierId);
    const responses = await Promise.all(
      [1, 2, 3].map(() => server.app.inject({ method: 'POST', url: '/api/activate', payload: { code } })),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 400, 400]);
  });

  it('loses no change when imports and pushes interleave', async () => {
    const dossier = aFullDossier();
    await putDossier(server.app, dossier);
    const device = await activateDevice(server.app, dossier.id);
    const start = await pull(server.app, device);

    const imports = [1, 2, 3, 4].map((n) =>
      server.app.inject({
        method: 'PUT',
        url: `/api/admin/dossiers/${dossier.id}`,
        headers: admin,
        payload: { ...dossier, appointments: [anAppointment({ title: `Les ${n}` }), ...dossier.appointments.slice(1)] },
      }),
    );
    const pushes = [1, 2, 3, 4].map((n) =>
      pushRaw(server.app, device, {
        schemaVersion: SCHEMA_VERSION,
        clientId: `client-interleave-${n}`,
        mutations: [{ id: 1, name: 'appointment.setAttendance', args: { appointmentId: 'a2', attendance: 'coming' } }],
      }),
    );
    const responses = await Promise.all([...imports, ...pushes]);
    expect(responses.map((r) => r.statusCode)).toEqual(Array(8).fill(200));

    // Whatever the order, a device following the deltas ends where a fresh device starts.
    const delta = await pull(server.app, device, start.cookie);
    const fresh = await pull(server.app, device, null);
    expect(delta.cookie).toEqual(fresh.cookie);
    const state = new Map(start.patch.flatMap((op) => (op.op === 'put' ? [[`${op.table} ${op.id}`, op.value]] : [])));
    for (const op of delta.patch) {
      if (op.op === 'put') state.set(`${op.table} ${op.id}`, op.value);
      if (op.op === 'del') state.delete(`${op.table} ${op.id}`);
    }
    const expected = new Map(fresh.patch.flatMap((op) => (op.op === 'put' ? [[`${op.table} ${op.id}`, op.value]] : [])));
    expect(state).toEqual(expected);
  });

  it('deletes a dossier while its devices push and activate, without a 500 or a leftover', async () => {
    const dossierId = (await putDossier(server.app, aFullDossier())).id;
    const device = await activateDevice(server.app, dossierId);
    const code = await newCode(server.app, dossierId);
    const pushes = [1, 2, 3].map((n) =>
      pushRaw(server.app, device, {
        schemaVersion: SCHEMA_VERSION,
        clientId: `client-doomed-${n}`,
        mutations: [{ id: 1, name: 'checklist.setStatus', args: { itemId: 'k1', status: 'busy' } }],
      }),
    );
    const redeem = server.app.inject({ method: 'POST', url: '/api/activate', payload: { code } });
    const remove = server.app.inject({ method: 'DELETE', url: `/api/admin/dossiers/${dossierId}`, headers: admin });
    const [removed, redeemed, ...pushed] = await Promise.all([remove, redeem, ...pushes]);
    expect(removed?.statusCode).toBe(204);
    expect([200, 400]).toContain(redeemed?.statusCode);
    for (const response of pushed) expect([200, 401]).toContain(response.statusCode);
    const sessions = await server.db.selectFrom('session').select('id').where('dossier_id', '=', dossierId).execute();
    const rows = await server.db.selectFrom('row').select('key').where('dossier_id', '=', dossierId).execute();
    expect([sessions, rows]).toEqual([[], []]);
  });
});
