import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION, pullResponseSchema, type PullResponse } from '../../src/domain/sync';
import { FullPullCache } from '../../src/server/store/fullPullCache';
import { purgeExpired } from '../../src/server/store/retention';
import { backends } from './backends';
import { aFullDossier, anAppointment, aShare } from '../support/builders';
import { activateWith, inburgeraarDevice, puts, share, tablesIn, TestDevice } from './devices';
import { admin, jsonOf, pullRaw, putDossier, serverFor, type TestServer } from './harness';

// Full pulls come from a serialized, gzipped copy per dossier version (store/fullPullCache.ts).
// What must hold: every write that changes what a full pull contains is seen by the next full
// pull, on this instance and on another instance over the same database, and the one part that
// differs per device (lastMutationId) is each device's own. The harness's pull takes gzip, as a
// phone does, so it is served from the copy; a pull without Accept-Encoding is built as before.

describe.each(backends)('full pulls from the cache on $name', (backend) => {
  let server: TestServer;
  let dossierId: string;
  let amal: TestDevice;
  let secondPhone: TestDevice;
  serverFor(backend, (s) => {
    server = s;
  });
  beforeEach(async () => {
    dossierId = (await putDossier(server.app, aFullDossier())).id;
    amal = await inburgeraarDevice(server.app, dossierId);
    secondPhone = await inburgeraarDevice(server.app, dossierId);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** The same device's full pull on another instance (its session is in the shared database). */
  const on = (app: FastifyInstance, device: TestDevice) => Object.assign(new TestDevice(app, device.cookie), { clientId: device.clientId });
  const titles = (answer: PullResponse) => puts(answer.patch, 'appointments').map((op) => op.value.title);
  const shareRow = (answer: PullResponse, id: string) => puts(answer.patch, 'shares').find((op) => op.value.id === id)?.value;

  it('answers every device of a dossier version from one copy, each with its own lastMutationId', async () => {
    await secondPhone.send('appointment.setAttendance', { appointmentId: 'a1', attendance: 'not-coming' });
    const kept = vi.spyOn(FullPullCache.prototype, 'put');
    const first = await amal.pull(true);
    const second = await secondPhone.pull(true);
    expect(kept).toHaveBeenCalledTimes(1);
    expect(first.lastMutationId).toBe(0);
    expect(second.lastMutationId).toBe(1);
    expect(second.patch).toEqual(first.patch);
    expect(second.cookie).toEqual(first.cookie);
    expect(puts(first.patch, 'attendance')).toHaveLength(1);

    // The same answer, field for field, as one built without gzip.
    const cached = await pullRaw(server.app, secondPhone.cookie, { schemaVersion: SCHEMA_VERSION, clientId: secondPhone.clientId, cookie: null });
    const gzipped = await server.app.inject({
      method: 'POST',
      url: '/api/sync/pull',
      headers: { cookie: secondPhone.cookie, 'content-type': 'application/json', 'accept-encoding': 'gzip, deflate, br' },
      payload: { schemaVersion: SCHEMA_VERSION, clientId: secondPhone.clientId, cookie: null },
    });
    expect(cached.headers['content-encoding']).toBeUndefined();
    expect(gzipped.headers).toMatchObject({ 'content-encoding': 'gzip', vary: expect.stringContaining('accept-encoding'), 'content-type': 'application/json; charset=utf-8' });
    expect(pullResponseSchema.parse(jsonOf(gzipped))).toEqual(pullResponseSchema.parse(cached.json()));
    expect(kept).toHaveBeenCalledTimes(1);
  });

  it('sees a re-import', async () => {
    const dossier = aFullDossier({ id: dossierId });
    expect(titles(await amal.pull(true))).not.toContain('Les verplaatst');
    await putDossier(server.app, { ...dossier, appointments: [anAppointment({ title: 'Les verplaatst' }), ...dossier.appointments.slice(1)] });
    expect(titles(await amal.pull(true))).toContain('Les verplaatst');
    expect(titles(await secondPhone.pull(true))).toContain('Les verplaatst');
  });

  it('sees a pushed mutation', async () => {
    expect(puts((await amal.pull(true)).patch, 'attendance')).toEqual([]);
    await secondPhone.send('appointment.setAttendance', { appointmentId: 'a1', attendance: 'not-coming' });
    expect(puts((await amal.pull(true)).patch, 'attendance').map((op) => op.value.attendance)).toEqual(['not-coming']);
  });

  it('sees a dossier deleted and imported again under the same id', async () => {
    await amal.pull(true);
    expect((await server.app.inject({ method: 'DELETE', url: `/api/admin/dossiers/${dossierId}`, headers: admin })).statusCode).toBeLessThan(300);
    await putDossier(server.app, aFullDossier({ id: dossierId, firstName: 'Noor' }));
    const newPhone = await inburgeraarDevice(server.app, dossierId);
    expect(puts((await newPhone.pull(true)).patch, 'dossiers')[0]?.value).toMatchObject({ firstName: 'Noor' });
  });

  it('never keeps an answer that carries a share code, which leaves its row without a new version', async () => {
    await amal.pull(true);
    const args = aShare();
    expect(await amal.send('share.create', args)).toMatchObject({ status: 'applied' });
    const kept = vi.spyOn(FullPullCache.prototype, 'put');
    expect(shareRow(await secondPhone.pull(true), args.id)).toHaveProperty('code', expect.any(String));
    expect(kept).not.toHaveBeenCalled();
    expect(shareRow(await amal.pull(true), args.id)).not.toHaveProperty('code');
    expect(shareRow(await secondPhone.pull(true), args.id)).not.toHaveProperty('code');
    expect(kept).toHaveBeenCalledTimes(1);
  });

  it('sees a share code taken out by retention, a share in use and a share revoked', async () => {
    const unpulled = aShare();
    expect(await amal.send('share.create', unpulled)).toMatchObject({ status: 'applied' });
    expect((await purgeExpired(server.db, new Date(Date.now() + 15 * 86_400_000))).share_code).toBeGreaterThanOrEqual(1);
    expect(shareRow(await amal.pull(true), unpulled.id)).not.toHaveProperty('code');

    const used = aShare({ sections: ['agenda'] });
    const helper = await activateWith(server.app, await share(amal, used));
    expect(shareRow(await secondPhone.pull(true), used.id)).toMatchObject({ activatedAt: expect.any(String) });
    expect(await amal.send('share.revoke', { id: used.id })).toMatchObject({ status: 'applied' });
    expect(shareRow(await secondPhone.pull(true), used.id)).toMatchObject({ revokedAt: expect.any(String) });
    expect((await helper.pullRaw()).statusCode).toBe(401);
  });

  it('gives each kind of reader its own copy: helpers with other sections, the inburgeraar', async () => {
    const agenda = await activateWith(server.app, await share(amal, aShare({ sections: ['agenda'] })));
    const money = await activateWith(server.app, await share(amal, aShare({ sections: ['agenda', 'money'] })));
    await amal.pull();
    const agendaTables = tablesIn((await agenda.pull(true)).patch);
    const moneyTables = tablesIn((await money.pull(true)).patch);
    const ownTables = tablesIn((await secondPhone.pull(true)).patch);
    expect(agendaTables).not.toContain('payments');
    expect(moneyTables).toContain('payments');
    expect(ownTables).toContain('shares');
    expect(tablesIn((await agenda.pull(true)).patch)).toEqual(agendaTables);
    expect(tablesIn((await money.pull(true)).patch)).toEqual(moneyTables);
  });

  it('never serves a stale copy when another instance on the same database wrote', async () => {
    const other = await server.otherInstance({});
    const dossier = aFullDossier({ id: dossierId });
    // Both instances keep a copy of this version.
    await amal.pull(true);
    await on(other.app, amal).pull(true);

    await on(other.app, secondPhone).send('appointment.setAttendance', { appointmentId: 'a1', attendance: 'not-coming' });
    expect(puts((await amal.pull(true)).patch, 'attendance')).toHaveLength(1);

    await putDossier(other.app, { ...dossier, appointments: [anAppointment({ title: 'Les verplaatst' }), ...dossier.appointments.slice(1)] });
    expect(titles(await amal.pull(true))).toContain('Les verplaatst');

    const args = aShare();
    await on(other.app, amal).pull(true);
    expect(await amal.send('share.create', args)).toMatchObject({ status: 'applied' });
    expect(shareRow(await on(other.app, secondPhone).pull(true), args.id)).toHaveProperty('code');
    expect(shareRow(await amal.pull(true), args.id)).not.toHaveProperty('code');
    expect(shareRow(await on(other.app, amal).pull(true), args.id)).not.toHaveProperty('code');
  });
});
