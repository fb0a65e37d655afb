import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { rowKey } from '../../src/domain/tables';
import { backends } from './backends';
import { aFullDossier, anAppointment, aStaffId, aStaffMember } from '../support/builders';
import { inburgeraarDevice, puts, putStaff, staffDevice, tablesIn, type TestDevice } from './devices';
import { admin, expectErrorBody, putDossier, serverFor, type TestServer } from './harness';

const dossiersIn = (patch: Parameters<typeof puts>[0]) => puts(patch, 'dossiers').map((op) => op.value.id).sort();

describe.each(backends)('staff caseloads on $name', (backend) => {
  let server: TestServer;
  let one: string;
  let two: string;
  let outside: string;
  let amal: TestDevice;
  serverFor(backend, (s) => {
    server = s;
  });
  beforeEach(async () => {
    [one, two, outside] = await Promise.all([1, 2, 3].map(async () => (await putDossier(server.app, aFullDossier())).id)) as [string, string, string];
    amal = await inburgeraarDevice(server.app, one);
  });

  const begeleider = () => staffDevice(server.app, aStaffId(), aStaffMember({ dossiers: [one, two] }));
  const consulent = () => staffDevice(server.app, aStaffId(), aStaffMember({ role: 'consulent', dossiers: [one, two] }));

  it('activates a staff device without a dossier of its own, and pulls the whole caseload and not one dossier more', async () => {
    const staffId = aStaffId();
    const device = await staffDevice(server.app, staffId, aStaffMember({ dossiers: [two, one] }));
    expect(device.activation).toEqual({ kind: 'staff', dossierId: null, staffId, role: 'begeleider', dossiers: [one, two].sort() });
    const { patch } = await device.pull();
    expect(dossiersIn(patch)).toEqual([one, two].sort());
    expect(JSON.stringify(patch)).not.toContain(outside);
    expect(puts(patch).every((op) => op.value.dossierId === one || op.value.dossierId === two)).toBe(true);
  });

  it('applies visit notes and checklist changes in the caseload, and refuses them outside it', async () => {
    const device = await begeleider();
    const note = { id: randomUUID(), dossierId: two, text: 'Huisbezoek: huisarts geregeld.' };
    expect(await device.send('visit.addNote', note)).toMatchObject({ status: 'applied' });
    expect(await device.send('checklist.setStatus', { dossierId: one, itemId: 'k2', status: 'done' })).toMatchObject({ status: 'applied' });
    const refused = await device.send('visit.addNote', { ...note, id: randomUUID(), dossierId: outside });
    expect(refused).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    expect((await device.send('checklist.setStatus', { dossierId: outside, itemId: 'k2', status: 'done' })).error?.code).toBe('forbidden');
    // Without a dossier a staff change names nothing it may write.
    expect((await device.send('checklist.setStatus', { itemId: 'k2', status: 'done' })).error?.code).toBe('forbidden');

    const notes = puts((await device.pull()).patch, 'visitNotes');
    expect(notes.map((op) => op.value)).toEqual([expect.objectContaining({ dossierId: two, text: note.text, authorId: expect.stringMatching(/^staff-/) })]);
    const untouched = await server.db.selectFrom('row').select('value').where('key', '=', rowKey(outside, 'k2')).executeTakeFirstOrThrow();
    expect(untouched.value).toContain('"todo"');
  });

  it('keeps visit notes from the inburgeraar, and shares from staff', async () => {
    const device = await begeleider();
    await device.send('visit.addNote', { id: randomUUID(), dossierId: one, text: 'Alleen voor ons' });
    await amal.send('share.create', { id: randomUUID(), sections: ['agenda'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
    const mine = await amal.pull();
    expect(tablesIn(mine.patch)).toContain('shares');
    expect(tablesIn(mine.patch)).not.toContain('visitNotes');
    expect(tablesIn((await device.pull()).patch)).not.toContain('shares');
  });

  it('refuses consulent-only changes from a begeleider and an inburgeraar', async () => {
    const device = await begeleider();
    const upsert = { dossierId: one, appointment: anAppointment({ id: 'a9' }) };
    expect((await device.send('appointment.upsert', upsert)).error?.code).toBe('forbidden');
    expect((await device.send('step.update', { dossierId: one, stepId: 's2', status: 'done' })).error?.code).toBe('forbidden');
    expect((await amal.send('appointment.upsert', upsert)).error?.code).toBe('forbidden');
    expect((await amal.send('visit.addNote', { id: randomUUID(), dossierId: one, text: 'x' })).error?.code).toBe('forbidden');
    // ... and the inburgeraar's own changes from staff.
    expect((await device.send('question.ask', { dossierId: one, id: randomUUID(), contactRole: 'consulent-inburgering', text: 'x' })).error?.code).toBe('forbidden');
  });

  it('brings a consulent’s appointment and step change to the inburgeraar’s next pull; the next import wins', async () => {
    const device = await consulent();
    await amal.pull();
    const appointment = anAppointment({ id: 'a9', title: 'Voortgangsgesprek', kind: 'voortgangsgesprek' });
    expect(await device.send('appointment.upsert', { dossierId: one, appointment })).toMatchObject({ status: 'applied' });
    expect(await device.send('step.update', { dossierId: one, stepId: 's2', status: 'done', date: '2026-11-20' })).toMatchObject({ status: 'applied' });
    const { patch } = await amal.pull();
    expect(puts(patch, 'appointments').map((op) => op.value)).toEqual([{ ...appointment, dossierId: one }]);
    expect(puts(patch, 'steps')[0]?.value).toMatchObject({ id: 's2', status: 'done', date: '2026-11-20' });

    // The case system stays authoritative: a re-import without a9 deletes it again.
    await putDossier(server.app, aFullDossier({ id: one }));
    expect((await amal.pull()).patch).toContainEqual({ op: 'del', table: 'appointments', id: rowKey(one, 'a9') });
  });

  it('shows a consulent’s answer to the inburgeraar', async () => {
    const device = await consulent();
    const id = randomUUID();
    await amal.send('question.ask', { id, contactRole: 'consulent-inburgering', text: 'Wanneer is mijn examen?' });
    await amal.pull();
    expect(await device.send('question.answer', { dossierId: one, questionId: id, text: 'In maart.' })).toMatchObject({ status: 'applied' });
    const [answered] = puts((await amal.pull()).patch, 'questions');
    expect(answered?.value).toMatchObject({ text: 'Wanneer is mijn examen?', answer: 'In maart.', answeredAt: expect.any(String), answeredBy: device.activation?.kind === 'staff' ? device.activation.staffId : '' });
  });

  it('removes a dossier taken off the caseload from the device at its next pull, keeping the rest', async () => {
    const staffId = aStaffId();
    const device = await staffDevice(server.app, staffId, aStaffMember({ dossiers: [one, two] }));
    await device.pull();
    expect((await putStaff(server.app, staffId, aStaffMember({ dossiers: [two] }))).statusCode).toBe(200);
    const { patch } = await device.pull();
    expect(patch[0]).toEqual({ op: 'clear' });
    expect(dossiersIn(patch)).toEqual([two]);
    expect(JSON.stringify(patch)).not.toContain(one);
    expect(Object.keys((device.syncCookie as { d: object }).d)).toEqual([two]);
    // Its waiting changes for that dossier are refused, not lost silently.
    expect((await device.send('checklist.setStatus', { dossierId: one, itemId: 'k1', status: 'done' })).error?.code).toBe('forbidden');

    // Added again: it arrives in full, the other dossier only with what changed.
    await putStaff(server.app, staffId, aStaffMember({ dossiers: [one, two] }));
    const again = await device.pull();
    expect(again.patch[0]).not.toEqual({ op: 'clear' });
    expect(dossiersIn(again.patch)).toEqual([one]);
  });

  it('locks out the devices of a deleted staff member, and drops a deleted dossier from caseloads', async () => {
    const staffId = aStaffId();
    const device = await staffDevice(server.app, staffId, aStaffMember({ dossiers: [one, two] }));
    await device.pull();
    await server.app.inject({ method: 'DELETE', url: `/api/admin/dossiers/${two}`, headers: admin });
    const { patch } = await device.pull();
    expect(patch[0]).toEqual({ op: 'clear' });
    expect(dossiersIn(patch)).toEqual([one]);
    expect((await server.app.inject({ method: 'GET', url: `/api/admin/staff/${staffId}`, headers: admin })).json()).toMatchObject({ dossiers: [one] });

    expect((await server.app.inject({ method: 'DELETE', url: `/api/admin/staff/${staffId}`, headers: admin })).statusCode).toBe(204);
    expectErrorBody(await device.pullRaw(), 401, 'unauthenticated');
    expectErrorBody(await device.pushRaw(), 401, 'unauthenticated');
  });

  it('a role change counts at the next request', async () => {
    const staffId = aStaffId();
    const device = await staffDevice(server.app, staffId, aStaffMember({ dossiers: [one] }));
    const upsert = (id: string) => ({ dossierId: one, appointment: anAppointment({ id }) });
    expect((await device.send('appointment.upsert', upsert('a8'))).error?.code).toBe('forbidden');
    await putStaff(server.app, staffId, aStaffMember({ role: 'consulent', dossiers: [one] }));
    expect(await device.send('appointment.upsert', upsert('a9'))).toMatchObject({ status: 'applied' });
  });
});
