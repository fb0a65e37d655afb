import { describe, expect, it } from 'vitest';
import { aDossier, aLesson } from '../../tests/support/builders';
import { memoryTx as memoryTxOf, refusal } from '../../tests/support/memoryTx';
import { applyMutation, targetDossier } from './mutators';
import { rowKey } from './tables';

function memoryTx(dossierId = 'rw-test-0001') {
  return memoryTxOf(
    aDossier({ id: dossierId, appointments: [aLesson('a1', '2026-12-01T09:00:00+01:00'), aLesson('a2', '2026-12-02T09:00:00+01:00', { status: 'cancelled' })] }),
  );
}

describe('mutators', () => {
  it('appointment.setAttendance records the answer with its reason and the time it is for', async () => {
    const tx = memoryTx();
    await applyMutation(tx, 'appointment.setAttendance', { appointmentId: 'a1', attendance: 'not-coming', reason: '  ziek ' });
    const appointment = tx.rows.get(`appointments:${rowKey(tx.dossierId, 'a1')}`) as { start: string };
    expect(tx.rows.get(`attendance:${rowKey(tx.dossierId, 'a1')}`)).toEqual({
      dossierId: tx.dossierId,
      appointmentId: 'a1',
      attendance: 'not-coming',
      reason: 'ziek',
      updatedAt: tx.now,
      forStart: appointment.start,
    });
  });

  it('refuses attendance for unknown or cancelled appointments, and bad arguments', async () => {
    const tx = memoryTx();
    expect(await refusal(tx, 'appointment.setAttendance', { appointmentId: 'zz', attendance: 'coming' })).toBe('not-found');
    expect(await refusal(tx, 'appointment.setAttendance', { appointmentId: 'a2', attendance: 'coming' })).toBe('appointment-cancelled');
    expect(await refusal(tx, 'appointment.setAttendance', { appointmentId: 'a1', attendance: 'maybe' })).toBe('invalid-args');
    expect(await refusal(tx, 'appointment.setAttendance', { appointmentId: 'a1', attendance: 'coming', extra: 1 })).toBe('invalid-args');
    expect(await refusal(tx, 'appointment.delete', {})).toBe('unknown-mutation');
    expect(await refusal(tx, '__proto__', {})).toBe('unknown-mutation');
  });

  it('checklist.setStatus changes only the status', async () => {
    const tx = memoryTx();
    await applyMutation(tx, 'checklist.setStatus', { itemId: 'k1', status: 'done' });
    expect(tx.rows.get(`checklist:${rowKey(tx.dossierId, 'k1')}`)).toMatchObject({ kind: 'huisarts', status: 'done' });
  });

  it('question.ask keeps the first question for an id', async () => {
    const tx = memoryTx();
    const id = '4f0c2a4e-8a5b-4c0e-9a51-6d2f1e0b7c11';
    await applyMutation(tx, 'question.ask', { id, contactRole: 'consulent-inburgering', text: 'Wanneer is mijn examen?' });
    await applyMutation(tx, 'question.ask', { id, contactRole: 'consulent-inburgering', text: 'Anders' });
    expect(tx.rows.get(`questions:${rowKey(tx.dossierId, id)}`)).toMatchObject({ text: 'Wanneer is mijn examen?' });
  });

  it('question.ask keeps a ready-made question as its key, with the person’s own words', async () => {
    const tx = memoryTx();
    const id = '5f0c2a4e-8a5b-4c0e-9a51-6d2f1e0b7c12';
    await applyMutation(tx, 'question.ask', { id, contactRole: 'consulent-inburgering', text: 'Kun je mij bellen? – na 3 uur', ready: 'callMe', own: 'na 3 uur' });
    expect(tx.rows.get(`questions:${rowKey(tx.dossierId, id)}`)).toMatchObject({ text: 'Kun je mij bellen? – na 3 uur', ready: 'callMe', own: 'na 3 uur' });
    expect(await refusal(tx, 'question.ask', { id: '6f0c2a4e-8a5b-4c0e-9a51-6d2f1e0b7c13', contactRole: 'consulent-inburgering', text: 'x', ready: 'nonsense' })).toBe('invalid-args');
  });

  it('targets the named dossier for staff and the own dossier otherwise', () => {
    expect(targetDossier({ dossierId: 'rw-b' }, 'rw-a')).toBe('rw-b');
    expect(targetDossier({ itemId: 'k1' }, 'rw-a')).toBe('rw-a');
    expect(targetDossier(null, null)).toBeNull();
  });
});
