import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain/sync';
import { backends } from './backends';
import { aFullDossier, anAppointment } from '../support/builders';
import { activateDevice, expectErrorBody, pull, pullRaw, push, pushRaw, putDossier, serverFor, type TestServer } from './harness';

const attend = (id: number, appointmentId = 'a1', attendance = 'not-coming') => ({
  id,
  name: 'appointment.setAttendance',
  args: { appointmentId, attendance },
});

describe.each(backends)('sync push on $name', (backend) => {
  let server: TestServer;
  let dossierId: string;
  let device: string;
  let clientId: string;
  serverFor(backend, (s) => {
    server = s;
  });
  beforeEach(async () => {
    const dossier = aFullDossier();
    dossier.appointments[1] = anAppointment({ id: 'a2', status: 'cancelled' });
    dossierId = (await putDossier(server.app, dossier)).id;
    device = await activateDevice(server.app, dossierId);
    clientId = `client-${randomUUID()}`;
  });

  const records = () =>
    server.db.selectFrom('mutation').selectAll().where('client_id', '=', clientId).orderBy('mutation_id').execute();
  const lastMutationId = async () => (await pull(server.app, device, null, clientId)).lastMutationId;
  const row = (tbl: string, key: string) =>
    server.db.selectFrom('row').selectAll().where('tbl', '=', tbl).where('key', '=', key).executeTakeFirst();
  const storedRow = async (tbl: string, key: string) => {
    const found = await row(tbl, key);
    if (!found) throw new Error(`no row ${tbl} ${key}`);
    return { ...found, value: JSON.parse(found.value ?? 'null') as Record<string, unknown> };
  };

  it('applies a mutation, and the next pull carries its row', async () => {
    const before = await pull(server.app, device, null, clientId);
    const { results } = await push(server.app, device, [attend(1)], clientId);
    expect(results).toEqual([{ id: 1, status: 'applied' }]);

    const after = await pull(server.app, device, before.cookie, clientId);
    expect(after.lastMutationId).toBe(1);
    expect(after.patch).toMatchObject([
      { op: 'put', table: 'attendance', id: `${dossierId}/a1`, value: { dossierId, appointmentId: 'a1', attendance: 'not-coming' } },
    ]);
  });

  it('records lastMutationId, the row and the mutation record together', async () => {
    await push(server.app, device, [attend(1), { id: 2, name: 'checklist.setStatus', args: { itemId: 'k2', status: 'busy' } }], clientId);
    const client = await server.db.selectFrom('client').selectAll().where('client_id', '=', clientId).executeTakeFirstOrThrow();
    const dossier = await server.db.selectFrom('dossier').select('version').where('id', '=', dossierId).executeTakeFirstOrThrow();
    const checklist = await storedRow('checklist', `${dossierId}/k2`);
    expect(client.last_mutation_id).toBe(2);
    expect((await records()).map((r) => [r.mutation_id, r.status])).toEqual([[1, 'applied'], [2, 'applied']]);
    expect(checklist.value).toMatchObject({ status: 'busy' });
    // Import was version 1; each applied mutation bumped the dossier once.
    expect(dossier.version).toBe(3);
    expect(checklist.version).toBe(3);
  });

  it('rolls back the row and lastMutationId together when recording fails', async () => {
    // Make the mutation record's insert fail (its primary key is taken) after the row was written.
    await push(server.app, device, [attend(1)], clientId);
    await server.db.insertInto('mutation').values({
      client_id: clientId, mutation_id: 2, name: 'x', args: 'null', status: 'applied', error: null, dossier_id: dossierId, created_at: new Date().toISOString(),
    }).execute();
    const response = await pushRaw(server.app, device, { schemaVersion: SCHEMA_VERSION, clientId, mutations: [attend(2, 'a2')] });
    expect(response.statusCode).toBe(500);
    expect(await row('attendance', `${dossierId}/a2`)).toBeUndefined();
    expect(await lastMutationId()).toBe(1);
  });

  it('acknowledges a repeated mutation without applying it again', async () => {
    await push(server.app, device, [attend(1)], clientId);
    const versionBefore = (await storedRow('attendance', `${dossierId}/a1`)).version;
    const { results } = await push(server.app, device, [attend(1, 'a1', 'coming'), attend(2)], clientId);
    expect(results).toEqual([{ id: 1, status: 'alreadyProcessed' }, { id: 2, status: 'applied' }]);
    expect((await storedRow('attendance', `${dossierId}/a1`)).version).toBeGreaterThan(versionBefore);
    expect(await records()).toHaveLength(2);
  });

  it('refuses a gap with 409 and applies nothing', async () => {
    await push(server.app, device, [attend(1)], clientId);
    const response = await pushRaw(server.app, device, { schemaVersion: SCHEMA_VERSION, clientId, mutations: [attend(3, 'a2'), attend(4, 'a2')] });
    expectErrorBody(response, 409, 'mutation-gap');
    expect(response.json<{ error: { message: string } }>().error.message).toContain('expected 2');
    expect(await row('attendance', `${dossierId}/a2`)).toBeUndefined();
    expect(await records()).toHaveLength(1);
    expect(await lastMutationId()).toBe(1);
  });

  it('stops a batch at a gap after applying what came before it', async () => {
    const { results } = await push(server.app, device, [attend(1), attend(2, 'a2'), attend(4, 'a2', 'coming')], clientId);
    expect(results).toEqual([{ id: 1, status: 'applied' }, { id: 2, status: 'applied' }]);
    expect(await lastMutationId()).toBe(2);
  });

  it('records a rejected mutation with its reason and moves past it', async () => {
    const { results } = await push(server.app, device, [attend(1, 'no-such-appointment'), attend(2)], clientId);
    expect(results[0]).toMatchObject({ id: 1, status: 'rejected', error: { code: 'not-found' } });
    expect(results[1]).toEqual({ id: 2, status: 'applied' });
    const [rejected] = await records();
    expect(rejected).toMatchObject({ mutation_id: 1, status: 'rejected', name: 'appointment.setAttendance' });
    expect(JSON.parse(rejected?.error ?? 'null')).toMatchObject({ code: 'not-found' });
    // Name, error code and id only: a refused change's arguments are not kept (README, "Security").
    expect(rejected?.args).toBe('null');
    expect(await lastMutationId()).toBe(2);
    expect(await row('attendance', `${dossierId}/no-such-appointment`)).toBeUndefined();
  });

  it.each([
    ['an unknown mutation', { name: 'dossier.delete', args: {} }, 'unknown-mutation'],
    ['bad arguments', { name: 'checklist.setStatus', args: { itemId: 'k1', status: 'klaar' } }, 'invalid-args'],
    ['null arguments', { name: 'question.ask', args: null }, 'invalid-args'],
    ['a refusal by the mutator', { name: 'appointment.setAttendance', args: { appointmentId: 'a2', attendance: 'coming' } }, 'appointment-cancelled'],
  ])('rejects %s (never a 500)', async (_name, mutation, code) => {
    const { results } = await push(server.app, device, [{ id: 1, ...mutation }], clientId);
    expect(results).toMatchObject([{ id: 1, status: 'rejected', error: { code } }]);
    expect(await lastMutationId()).toBe(1);
  });

  it('rejects a mutation that names another dossier as forbidden', async () => {
    const other = (await putDossier(server.app, aFullDossier({ firstName: 'Yonas' }))).id;
    const { results } = await push(server.app, device, [{ id: 1, name: 'checklist.setStatus', args: { dossierId: other, itemId: 'k2', status: 'done' } }], clientId);
    expect(results).toMatchObject([{ id: 1, status: 'rejected', error: { code: 'forbidden' } }]);
    expect((await storedRow('checklist', `${other}/k2`)).value).toMatchObject({ status: 'todo' });
    expect((await records())[0]).toMatchObject({ status: 'rejected', dossier_id: dossierId });
  });

  it('continues the numbering of a phone activated again for the same dossier', async () => {
    await push(server.app, device, [attend(1)], clientId);
    const sameDossierAgain = await activateDevice(server.app, dossierId);
    expect((await pull(server.app, sameDossierAgain, null, clientId)).lastMutationId).toBe(1);
    const { results } = await push(server.app, sameDossierAgain, [attend(1), attend(2, 'a2')], clientId);
    expect(results).toEqual([{ id: 1, status: 'alreadyProcessed' }, { id: 2, status: 'applied' }]);
  });

  it('refuses a clientId of a device of another dossier with 409 client-id-taken', async () => {
    await push(server.app, device, [attend(1)], clientId);
    const otherDevice = await activateDevice(server.app, (await putDossier(server.app, aFullDossier())).id);
    const pushed = await pushRaw(server.app, otherDevice, { schemaVersion: SCHEMA_VERSION, clientId, mutations: [attend(2)] });
    expectErrorBody(pushed, 409, 'client-id-taken');
    const pulled = await pullRaw(server.app, otherDevice, { schemaVersion: SCHEMA_VERSION, clientId, cookie: null });
    expectErrorBody(pulled, 409, 'client-id-taken');
  });

  it('refuses a wrong schema version and malformed bodies', async () => {
    expectErrorBody(await pushRaw(server.app, device, { schemaVersion: 0, clientId, mutations: [] }), 409, 'schema-version');
    for (const body of [
      { schemaVersion: SCHEMA_VERSION, clientId, mutations: 'x' },
      { schemaVersion: SCHEMA_VERSION, clientId, mutations: [{ id: 0, name: 'x', args: {} }] },
      { schemaVersion: SCHEMA_VERSION, clientId, mutations: [{ id: 1.5, name: 'x', args: {} }] },
      { schemaVersion: SCHEMA_VERSION, clientId, mutations: Array.from({ length: 101 }, (_, i) => attend(i + 1)) },
    ]) {
      expectErrorBody(await pushRaw(server.app, device, body), 400, 'invalid-body');
    }
  });

  it('applies question.ask once per question id', async () => {
    const id = randomUUID();
    const ask = (n: number, text: string) => ({ id: n, name: 'question.ask', args: { id, contactRole: 'maatschappelijk-begeleider', text } });
    await push(server.app, device, [ask(1, 'Waar is de bibliotheek?'), ask(2, 'Tweede keer')], clientId);
    expect((await storedRow('questions', `${dossierId}/${id}`)).value).toMatchObject({ text: 'Waar is de bibliotheek?' });
  });
});
