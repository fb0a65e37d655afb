import { describe, expect, it } from 'vitest';
import { devicesResponseSchema } from '../../src/domain/adminApi';
import { calendarFeedResponseSchema } from '../../src/domain/personalApi';
import { rowKey, type AttendanceRow } from '../../src/domain/tables';
import { SESSION_IDLE_DAYS } from '../../src/server/http/sessionLifetime';
import { purgeExpired } from '../../src/server/store/retention';
import { backends } from './backends';
import { aFullDossier, anAppointment, aShare, aStaffId, aStaffMember } from '../support/builders';
import { activateWith, inburgeraarDevice, puts, share, staffDevice, type TestDevice } from './devices';
import { admin, expectErrorBody, putDossier, serverFor, type TestServer } from './harness';

// The calendar feed ends with the device, and an answer goes with its appointment
// (docs/threat-model.md, "Isolation between municipalities and persons").

describe.each(backends)('the calendar feed ends with the device ($name)', (backend) => {
  let server: TestServer;
  serverFor(backend, (s) => {
    server = s;
  });

  async function withFeed(): Promise<{ dossierId: string; phone: TestDevice; path: string }> {
    const dossierId = (await putDossier(server.app, aFullDossier())).id;
    const phone = await inburgeraarDevice(server.app, dossierId);
    const response = await server.app.inject({ method: 'POST', url: '/api/calendar-feed', headers: { cookie: phone.cookie } });
    expect(response.statusCode, response.body).toBe(201);
    const path = new URL(calendarFeedResponseSchema.parse(response.json()).url).pathname;
    expect((await server.app.inject({ method: 'GET', url: path })).statusCode).toBe(200);
    return { dossierId, phone, path };
  }
  const feed = (path: string) => server.app.inject({ method: 'GET', url: path });

  it('is revoked when the phone signs out', async () => {
    const { phone, path } = await withFeed();
    expect((await server.app.inject({ method: 'POST', url: '/api/device/signout', headers: { cookie: phone.cookie } })).statusCode).toBe(204);
    expectErrorBody(await feed(path), 404, 'not-found');
  });

  it('is revoked when the admin revokes the inburgeraar’s device, not when a helper’s is revoked', async () => {
    const { dossierId, phone, path } = await withFeed();
    const helper = await activateWith(server.app, await share(phone, aShare()));
    const devices = async () =>
      devicesResponseSchema.parse((await server.app.inject({ method: 'GET', url: `/api/admin/dossiers/${dossierId}/devices`, headers: admin })).json()).devices;
    const helperDevice = (await devices()).find((d) => d.kind === 'helper');
    expect((await server.app.inject({ method: 'DELETE', url: `/api/admin/devices/${helperDevice?.id ?? ''}`, headers: admin })).statusCode).toBe(204);
    expect((await helper.pullRaw()).statusCode).toBe(401);
    expect((await feed(path)).statusCode).toBe(200);

    const own = (await devices()).find((d) => d.kind === 'inburgeraar');
    expect((await server.app.inject({ method: 'DELETE', url: `/api/admin/devices/${own?.id ?? ''}`, headers: admin })).statusCode).toBe(204);
    expectErrorBody(await feed(path), 404, 'not-found');
  });

  it('ends when the last inburgeraar’s device of the dossier has expired (retention)', async () => {
    const { dossierId, path } = await withFeed();
    const other = await withFeed();
    const longAgo = new Date(Date.now() - (SESSION_IDLE_DAYS + 1) * 86_400_000).toISOString();
    await server.db.updateTable('session').set({ last_seen_at: longAgo }).where('dossier_id', '=', dossierId).execute();
    expect((await purgeExpired(server.db)).calendar_feed).toBe(1);
    expectErrorBody(await feed(path), 404, 'not-found');
    expect((await feed(other.path)).statusCode).toBe(200);
  });

  it('is revoked with its dossier', async () => {
    const { dossierId, path } = await withFeed();
    expect((await server.app.inject({ method: 'DELETE', url: `/api/admin/dossiers/${dossierId}`, headers: admin })).statusCode).toBe(204);
    expectErrorBody(await feed(path), 404, 'not-found');
  });
});

describe.each(backends)('an answer goes with its appointment ($name)', (backend) => {
  let server: TestServer;
  serverFor(backend, (s) => {
    server = s;
  });

  const lesson = anAppointment({ id: 'a1', start: '2026-11-24T09:00:00+01:00', end: '2026-11-24T12:00:00+01:00' });
  const moved = { ...lesson, start: '2026-11-26T09:00:00+01:00', end: '2026-11-26T12:00:00+01:00', status: 'moved' as const };

  async function answered() {
    const dossier = aFullDossier({ appointments: [lesson] });
    await putDossier(server.app, dossier);
    const phone = await inburgeraarDevice(server.app, dossier.id);
    await phone.pull();
    expect(await phone.send('appointment.setAttendance', { appointmentId: 'a1', attendance: 'coming' })).toMatchObject({ status: 'applied' });
    const [given] = puts((await phone.pull()).patch, 'attendance');
    expect(given?.value).toMatchObject({ attendance: 'coming', forStart: lesson.start });
    return { dossier, phone };
  }

  const attendanceRow = async (dossierId: string) =>
    server.db.selectFrom('row').select(['value', 'deleted']).where('tbl', '=', 'attendance').where('key', '=', rowKey(dossierId, 'a1')).executeTakeFirst();

  it('is removed when a re-import removes the appointment', async () => {
    const { dossier, phone } = await answered();
    await putDossier(server.app, { ...dossier, appointments: [] });
    const { patch } = await phone.pull();
    expect(patch).toContainEqual({ op: 'del', table: 'appointments', id: rowKey(dossier.id, 'a1') });
    expect(patch).toContainEqual({ op: 'del', table: 'attendance', id: rowKey(dossier.id, 'a1') });
    expect(await attendanceRow(dossier.id)).toEqual({ value: null, deleted: 1 });
  });

  it('stays marked as for the old time when an import moves the appointment', async () => {
    const { dossier, phone } = await answered();
    await putDossier(server.app, { ...dossier, appointments: [moved] });
    await phone.pull();
    const stored = await attendanceRow(dossier.id);
    expect(JSON.parse(stored?.value ?? '{}')).toMatchObject({ attendance: 'coming', forStart: lesson.start });
  });

  it('gets the old time when an answer from before `forStart` is moved, by import or by a consulent', async () => {
    for (const by of ['import', 'consulent'] as const) {
      const { dossier } = await answered();
      // An answer as stored before answers named their time.
      const legacy: AttendanceRow = { dossierId: dossier.id, appointmentId: 'a1', attendance: 'coming', updatedAt: new Date().toISOString() };
      await server.db.updateTable('row').set({ value: JSON.stringify(legacy) }).where('tbl', '=', 'attendance').where('key', '=', rowKey(dossier.id, 'a1')).execute();
      if (by === 'import') {
        await putDossier(server.app, { ...dossier, appointments: [moved] });
      } else {
        const consulent = await staffDevice(server.app, aStaffId(), aStaffMember({ role: 'consulent', dossiers: [dossier.id] }));
        expect(await consulent.send('appointment.upsert', { dossierId: dossier.id, appointment: moved })).toMatchObject({ status: 'applied' });
      }
      const stored = JSON.parse((await attendanceRow(dossier.id))?.value ?? '{}') as AttendanceRow;
      expect(stored, by).toMatchObject({ attendance: 'coming', forStart: lesson.start });
    }
  });

  it('is untouched when an import changes the appointment but not its time', async () => {
    const { dossier } = await answered();
    const before = await attendanceRow(dossier.id);
    await putDossier(server.app, { ...dossier, appointments: [{ ...lesson, title: 'Andere titel', start: '2026-11-24T08:00:00Z' }] });
    expect(await attendanceRow(dossier.id)).toEqual(before);
  });
});
