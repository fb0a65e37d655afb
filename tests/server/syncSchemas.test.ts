import { describe, expect, it } from 'vitest';
import { pullResponseSchema, pushResponseSchema, schemaVersionErrorSchema, SCHEMA_VERSION } from '../../src/domain/sync';
import { backends } from './backends';
import { aFullDossier } from '../support/builders';
import { activateDevice, expectErrorBody, pullRaw, pushRaw, putDossier, serverFor, type TestServer } from './harness';
import { NEXT, NEXT_SYNC_SCHEMAS, PREVIOUS } from './nextSyncSchema';

// The version handshake (docs/api.md "Sync schema versions"): the server speaks its current sync
// schema and the one before it, through a translation; anything else is 409 'schema-version' on
// pull AND push, with the versions it speaks, before anything is stored.

const schemaVersionsOf = (body: string) => schemaVersionErrorSchema.parse((JSON.parse(body) as { error: unknown }).error).schemaVersions;

describe.each(backends)('sync schema versions on $name', (backend) => {
  describe('today: one schema', () => {
    let server: TestServer;
    let device: string;
    serverFor(backend, async (s) => {
      server = s;
      device = await activateDevice(server.app, (await putDossier(server.app, aFullDossier())).id);
    });

    it.each([
      ['older', SCHEMA_VERSION - 1],
      ['newer', SCHEMA_VERSION + 1],
    ])('answers an %s version with 409 schema-version naming the versions it speaks, on pull and push', async (name, version) => {
      const clientId = `client-${name}-1`;
      const pulled = await pullRaw(server.app, device, { schemaVersion: version, clientId, cookie: null });
      expectErrorBody(pulled, 409, 'schema-version');
      expect(schemaVersionsOf(pulled.body)).toEqual([SCHEMA_VERSION]);
      const mutations = [{ id: 1, name: 'appointment.setAttendance', args: { appointmentId: 'a1', attendance: 'coming' } }];
      const pushed = await pushRaw(server.app, device, { schemaVersion: version, clientId, mutations });
      expectErrorBody(pushed, 409, 'schema-version');
      expect(schemaVersionsOf(pushed.body)).toEqual([SCHEMA_VERSION]);
      // Nothing was stored: the same change in the right version is mutation 1, applied.
      const again = await pushRaw(server.app, device, { schemaVersion: SCHEMA_VERSION, clientId, mutations });
      expect(pushResponseSchema.parse(again.json()).results).toEqual([{ id: 1, status: 'applied' }]);
    });
  });

  describe('a next release: the current schema and the one before it', () => {
    let server: TestServer;
    let oldPhone: string;
    let newPhone: string;
    serverFor(
      backend,
      async (s) => {
        server = s;
        const dossier = (await putDossier(server.app, aFullDossier())).id;
        oldPhone = await activateDevice(server.app, dossier);
        newPhone = await activateDevice(server.app, dossier);
      },
      { app: { syncSchemas: NEXT_SYNC_SCHEMAS } },
    );

    it('reports both versions in its health answer', async () => {
      const health = await server.app.inject({ method: 'GET', url: '/api/health' });
      expect(health.json()).toMatchObject({ schemaVersion: NEXT, schemaVersions: [NEXT, PREVIOUS] });
    });

    it("translates an old app's push and pull, and leaves a current app's as they are", async () => {
      const oldPush = await pushRaw(server.app, oldPhone, {
        schemaVersion: PREVIOUS,
        clientId: 'client-old-app',
        mutations: [{ id: 1, name: 'appointment.attend', args: { appointmentId: 'a1', answer: 'coming' } }],
      });
      expect(pushResponseSchema.parse(oldPush.json()).results).toEqual([{ id: 1, status: 'applied' }]);

      const oldPull = pullResponseSchema.parse((await pullRaw(server.app, oldPhone, { schemaVersion: PREVIOUS, clientId: 'client-old-app', cookie: null })).json());
      const oldRow = oldPull.patch.find((op) => op.op === 'put' && op.table === 'attendance');
      expect(oldRow).toMatchObject({ value: { answer: 'coming' } });
      expect(oldRow?.op === 'put' && 'attendance' in oldRow.value).toBe(false);
      expect(oldPull.lastMutationId).toBe(1);

      const newPull = pullResponseSchema.parse((await pullRaw(server.app, newPhone, { schemaVersion: NEXT, clientId: 'client-new-app', cookie: null })).json());
      expect(newPull.patch.find((op) => op.op === 'put' && op.table === 'attendance')).toMatchObject({ value: { attendance: 'coming' } });
      // The old name means nothing in the current schema: no translation for a current app.
      const newPush = await pushRaw(server.app, newPhone, {
        schemaVersion: NEXT,
        clientId: 'client-new-app',
        mutations: [{ id: 1, name: 'appointment.attend', args: { appointmentId: 'a1', answer: 'coming' } }],
      });
      expect(pushResponseSchema.parse(newPush.json()).results[0]?.status).toBe('rejected');
    });

    it('answers the version before the previous one, and one after the current, with 409 naming both it speaks', async () => {
      for (const version of [PREVIOUS - 1, NEXT + 1]) {
        const pulled = await pullRaw(server.app, oldPhone, { schemaVersion: version, clientId: 'client-old-app', cookie: null });
        expectErrorBody(pulled, 409, 'schema-version');
        expect(schemaVersionsOf(pulled.body)).toEqual([NEXT, PREVIOUS]);
        const pushed = await pushRaw(server.app, oldPhone, { schemaVersion: version, clientId: 'client-old-app', mutations: [] });
        expectErrorBody(pushed, 409, 'schema-version');
      }
    });
  });
});
