import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type PatchOp } from '../../src/domain/sync';
import { backends } from './backends';
import { aFullDossier } from '../support/builders';
import { activateDevice, expectErrorBody, pull, pullRaw, push, putDossier, serverFor, type TestServer } from './harness';

const putValues = (patch: PatchOp[]) => patch.flatMap((op) => (op.op === 'put' ? [op.value] : []));

describe.each(backends)('sync pull on $name', (backend) => {
  let server: TestServer;
  let amal: string;
  let yonas: string;
  let amalDevice: string;
  serverFor(backend, async (s) => {
    server = s;
    amal = (await putDossier(server.app, aFullDossier({ firstName: 'Amal' }))).id;
    yonas = (await putDossier(server.app, aFullDossier({ firstName: 'Yonas', language: 'ti', leerroute: 'z' }))).id;
    amalDevice = await activateDevice(server.app, amal);
  });

  it('gives a device without a cookie clear + every row of its own dossier only', async () => {
    const { patch, cookie, lastMutationId } = await pull(server.app, amalDevice, null);
    expect(patch[0]).toEqual({ op: 'clear' });
    expect(patch.slice(1).every((op) => op.op === 'put')).toBe(true);
    expect(patch).toHaveLength(1 + 11);
    expect(putValues(patch).every((value) => value.dossierId === amal)).toBe(true);
    expect(JSON.stringify(patch)).not.toContain(yonas);
    expect(JSON.stringify(patch)).not.toContain('Yonas');
    expect(cookie).toEqual({ d: { [amal]: 1 }, e: { [amal]: expect.any(String) } });
    expect(lastMutationId).toBe(0);
  });

  it('gives nothing new to a device that is up to date', async () => {
    const first = await pull(server.app, amalDevice, null);
    const second = await pull(server.app, amalDevice, first.cookie);
    expect(second).toEqual({ cookie: first.cookie, lastMutationId: 0, patch: [] });
  });

  it.each([
    ['a malformed cookie', 'garbage'],
    ['a cookie of another shape', { v: 1, d: 'x' }],
    ['a cookie ahead of the server', 'ahead'],
    ['a cookie naming a dossier it may not read', 'other'],
  ])('starts over for %s', async (_name, kind) => {
    const syncCookie =
      kind === 'ahead' ? { d: { [amal]: 999 } } : kind === 'other' ? { d: { [amal]: 1, [yonas]: 1 } } : kind;
    const { patch } = await pull(server.app, amalDevice, syncCookie);
    expect(patch[0]).toEqual({ op: 'clear' });
    expect(patch).toHaveLength(12);
    expect(JSON.stringify(patch)).not.toContain(yonas);
  });

  it('refuses another sync schema version with 409', async () => {
    const response = await pullRaw(server.app, amalDevice, { schemaVersion: SCHEMA_VERSION + 1, clientId: 'client-0001', cookie: null });
    expectErrorBody(response, 409, 'schema-version');
  });

  it('refuses malformed requests with 400', async () => {
    for (const body of [
      {},
      { schemaVersion: SCHEMA_VERSION, clientId: 'x', cookie: null },
      { schemaVersion: '1', clientId: 'client-0001', cookie: null },
      { schemaVersion: SCHEMA_VERSION, clientId: 'client-0001', cookie: null, extra: true },
    ]) {
      expectErrorBody(await pullRaw(server.app, amalDevice, body), 400, 'invalid-body');
    }
  });

  it('needs a session: no cookie is 401 no-session, an unknown one 401 unauthenticated', async () => {
    const body = { schemaVersion: SCHEMA_VERSION, clientId: 'client-0001', cookie: null };
    expectErrorBody(await pullRaw(server.app, undefined, body), 401, 'no-session');
    expectErrorBody(await pullRaw(server.app, 'tir_session=made-up', body), 401, 'unauthenticated');
  });

  it('checks the session before the body, though it reads the session with the body’s clientId', async () => {
    expectErrorBody(await pullRaw(server.app, 'tir_session=made-up', {}), 401, 'unauthenticated');
    expectErrorBody(await pullRaw(server.app, undefined, { clientId: 7 }), 401, 'no-session');
  });

  it('answers an idle pull (nothing new) with an empty patch and the client’s own lastMutationId', async () => {
    const device = await activateDevice(server.app, amal);
    await push(server.app, device, [{ id: 1, name: 'appointment.setAttendance', args: { appointmentId: 'a1', attendance: 'not-coming' } }], 'client-idle');
    const first = await pull(server.app, device, null, 'client-idle');
    const idle = await pull(server.app, device, first.cookie, 'client-idle');
    expect(idle).toEqual({ cookie: first.cookie, lastMutationId: 1, patch: [] });
    expect((await pull(server.app, device, first.cookie, 'client-new')).lastMutationId).toBe(0);
  });
});
