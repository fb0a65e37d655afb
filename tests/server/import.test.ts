import { describe, expect, it } from 'vitest';
import { backends } from './backends';
import { aFullDossier, anAppointment } from '../support/builders';
import { activateDevice, pull, push, putDossier, serverFor, type TestServer } from './harness';

// A re-import sends only what changed to devices: unchanged rows keep their version, changed rows
// share one new version, items left out become tombstones, and the inburgeraar's own rows stay.

describe.each(backends)('re-importing a dossier on $name', (backend) => {
  let server: TestServer;
  serverFor(backend, (s) => {
    server = s;
  });

  async function importedWithDevice() {
    const dossier = aFullDossier();
    await putDossier(server.app, dossier);
    const device = await activateDevice(server.app, dossier.id);
    const first = await pull(server.app, device);
    return { dossier, device, syncCookie: first.cookie };
  }

  it('changes nothing, not even the version, when nothing changed', async () => {
    const { dossier, device, syncCookie } = await importedWithDevice();
    const again = await putDossier(server.app, structuredClone(dossier));
    expect(again).toMatchObject({ version: 1, created: 0, updated: 0, deleted: 0, unchanged: 11 });
    expect((await pull(server.app, device, syncCookie)).patch).toEqual([]);
  });

  it('treats a different key order as no change', async () => {
    const { dossier } = await importedWithDevice();
    const reordered = Object.fromEntries(Object.entries(dossier).reverse()) as typeof dossier;
    expect(await putDossier(server.app, reordered)).toMatchObject({ version: 1, unchanged: 11 });
  });

  it('sends exactly the one changed appointment to a device', async () => {
    const { dossier, device, syncCookie } = await importedWithDevice();
    const changed = { ...dossier, appointments: [anAppointment({ title: 'Les verplaatst' }), ...dossier.appointments.slice(1)] };
    expect(await putDossier(server.app, changed)).toMatchObject({ version: 2, updated: 1, unchanged: 10 });

    const { patch } = await pull(server.app, device, syncCookie);
    expect(patch).toEqual([
      {
        op: 'put',
        table: 'appointments',
        id: `${dossier.id}/a1`,
        value: { ...anAppointment({ title: 'Les verplaatst' }), dossierId: dossier.id },
      },
    ]);
  });

  it('sends a del for an item left out, and a put when it comes back', async () => {
    const { dossier, device, syncCookie } = await importedWithDevice();
    const without = { ...dossier, checklist: dossier.checklist.slice(0, 1) };
    expect(await putDossier(server.app, without)).toMatchObject({ version: 2, deleted: 1 });

    const afterDelete = await pull(server.app, device, syncCookie);
    expect(afterDelete.patch).toEqual([{ op: 'del', table: 'checklist', id: `${dossier.id}/k2` }]);

    expect(await putDossier(server.app, dossier)).toMatchObject({ version: 3, created: 1 });
    const afterReturn = await pull(server.app, device, afterDelete.cookie);
    expect(afterReturn.patch).toMatchObject([{ op: 'put', table: 'checklist', id: `${dossier.id}/k2` }]);
  });

  it('keeps no personal data in a tombstone', async () => {
    const { dossier } = await importedWithDevice();
    await putDossier(server.app, { ...dossier, contacts: [] });
    const tombstone = await server.db
      .selectFrom('row')
      .selectAll()
      .where('key', '=', `${dossier.id}/c1`)
      .executeTakeFirstOrThrow();
    expect(tombstone).toMatchObject({ deleted: 1, value: null, version: 2 });
  });

  it('bumps the version once for many changes, and drops ontzorgen with its payments', async () => {
    const { dossier, device, syncCookie } = await importedWithDevice();
    const result = await putDossier(server.app, { ...dossier, ontzorgen: null, firstName: 'Amal B.' });
    expect(result).toMatchObject({ version: 2, updated: 1, deleted: 3 });
    const { patch } = await pull(server.app, device, syncCookie);
    expect(patch.map((op) => op.op === 'clear' ? 'clear' : `${op.op} ${op.table}`).sort()).toEqual([
      'del ontzorgen',
      'del payments',
      'del payments',
      'put dossiers',
    ]);
  });

  it('never touches the questions a device wrote; an answer goes with its removed appointment', async () => {
    const { dossier, device } = await importedWithDevice();
    const pushed = await push(server.app, device, [
      { id: 1, name: 'appointment.setAttendance', args: { appointmentId: 'a1', attendance: 'not-coming', reason: 'ziek' } },
      { id: 2, name: 'question.ask', args: { id: '0b7f1c1e-8a51-4a8e-9d0c-2f0f0b9b6a11', contactRole: 'consulent-inburgering', text: 'Wanneer is de toets?' } },
    ]);
    expect(pushed.results.map((r) => r.status)).toEqual(['applied', 'applied']);

    // The question stays; the answer to an appointment that is gone goes with it.
    await putDossier(server.app, { ...dossier, appointments: [] });
    const own = await server.db
      .selectFrom('row')
      .select(['tbl', 'deleted'])
      .where('dossier_id', '=', dossier.id)
      .where('tbl', 'in', ['attendance', 'questions'])
      .orderBy('tbl')
      .execute();
    expect(own).toEqual([
      { tbl: 'attendance', deleted: 1 },
      { tbl: 'questions', deleted: 0 },
    ]);
  });
});
