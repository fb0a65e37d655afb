import { describe, expect, it } from 'vitest';
import { aDossier, aLesson } from '../../tests/support/builders';
import { memoryTx as memoryTxOf, refusal } from '../../tests/support/memoryTx';
import { helperDossierRow, readableTables, SECTION_TABLES, TABLE_READERS } from './access';
import { MUTATION_ACTORS } from './mutationPolicy';
import { applyMutation, mutators } from './mutators';
import { dossierToRows, rowKey, TABLES } from './tables';

// The mutators of shares and staff, and the access rules, as both the phone and the server use them.

const DOSSIER = 'rw-test-0001';
const NOW = '2026-11-22T10:00:00.000Z';
const SHARE = '0b8f7a52-3c1d-4e0f-9a2b-5c6d7e8f9a01';
const QUESTION = '4f0c2a4e-8a5b-4c0e-9a51-6d2f1e0b7c11';

function memoryTx(staffId?: string) {
  return memoryTxOf(aDossier({ id: DOSSIER, appointments: [aLesson('a1', '2026-12-01T09:00:00+01:00')] }), { now: NOW, staffId });
}

const inDays = (days: number) => new Date(Date.parse(NOW) + days * 86_400_000).toISOString();

describe('share mutators', () => {
  it('share.create writes the share in the contract order of sections, in UTC', async () => {
    const tx = memoryTx();
    await applyMutation(tx, 'share.create', {
      id: SHARE,
      sections: ['traject', 'agenda'],
      expiresAt: '2027-01-01T12:00:00+01:00',
      label: ' Ineke ',
    });
    expect(tx.rows.get(`shares:${rowKey(DOSSIER, SHARE)}`)).toEqual({
      dossierId: DOSSIER,
      id: SHARE,
      sections: ['agenda', 'traject'],
      expiresAt: '2027-01-01T11:00:00.000Z',
      label: 'Ineke',
      createdAt: NOW,
    });
  });

  it('share.create refuses a past or too distant end, unknown or repeated sections', async () => {
    const tx = memoryTx();
    const create = (overrides: object) => refusal(tx, 'share.create', { id: SHARE, sections: ['agenda'], expiresAt: inDays(30), ...overrides });
    expect(await create({ expiresAt: inDays(-1) })).toBe('invalid-expiry');
    expect(await create({ expiresAt: inDays(367) })).toBe('invalid-expiry');
    expect(await create({ sections: ['questions'] })).toBe('invalid-args');
    expect(await create({ sections: [] })).toBe('invalid-args');
    expect(await create({ sections: ['agenda', 'agenda'] })).toBe('invalid-args');
    expect(await create({ id: 'not-a-uuid' })).toBe('invalid-args');
  });

  it('share.create twice keeps the first; share.revoke drops the code and keeps the first revocation', async () => {
    const tx = memoryTx();
    await applyMutation(tx, 'share.create', { id: SHARE, sections: ['agenda'], expiresAt: inDays(30) });
    await applyMutation(tx, 'share.create', { id: SHARE, sections: ['money'], expiresAt: inDays(60) });
    const key = `shares:${rowKey(DOSSIER, SHARE)}`;
    expect(tx.rows.get(key)).toMatchObject({ sections: ['agenda'] });
    tx.rows.set(key, { ...(tx.rows.get(key) as object), code: 'ABCD-EFGH-JK' });
    await applyMutation(tx, 'share.revoke', { id: SHARE });
    expect(tx.rows.get(key)).toMatchObject({ revokedAt: NOW });
    expect(tx.rows.get(key)).not.toHaveProperty('code');
    expect(await refusal(tx, 'share.revoke', { id: QUESTION })).toBe('not-found');
  });
});

describe('staff mutators', () => {
  it('visit.addNote and question.answer name their author', async () => {
    const tx = memoryTx('mark');
    await applyMutation(tx, 'visit.addNote', { dossierId: DOSSIER, id: SHARE, text: 'Huisarts gebeld.' });
    expect(tx.rows.get(`visitNotes:${rowKey(DOSSIER, SHARE)}`)).toEqual({ dossierId: DOSSIER, id: SHARE, text: 'Huisarts gebeld.', createdAt: NOW, authorId: 'mark' });

    await applyMutation(tx, 'question.ask', { id: QUESTION, contactRole: 'consulent-inburgering', text: 'Wanneer is mijn examen?' });
    await applyMutation(tx, 'question.answer', { dossierId: DOSSIER, questionId: QUESTION, text: 'In maart.' });
    expect(tx.rows.get(`questions:${rowKey(DOSSIER, QUESTION)}`)).toMatchObject({ text: 'Wanneer is mijn examen?', answer: 'In maart.', answeredAt: NOW, answeredBy: 'mark' });
    expect(await refusal(tx, 'question.answer', { dossierId: DOSSIER, questionId: SHARE, text: 'x' })).toBe('not-found');
  });

  it('step.update and appointment.upsert change the imported rows; staff mutations name their dossier', async () => {
    const tx = memoryTx('mark');
    await applyMutation(tx, 'step.update', { dossierId: DOSSIER, stepId: 's1', status: 'planned', date: '2026-12-01' });
    expect(tx.rows.get(`steps:${rowKey(DOSSIER, 's1')}`)).toMatchObject({ kind: 'brede-intake', status: 'planned', date: '2026-12-01' });
    const appointment = aLesson('a9', '2026-12-03T09:00:00+01:00');
    await applyMutation(tx, 'appointment.upsert', { dossierId: DOSSIER, appointment });
    expect(tx.rows.get(`appointments:${rowKey(DOSSIER, 'a9')}`)).toEqual({ ...appointment, dossierId: DOSSIER });

    expect(await refusal(tx, 'step.update', { dossierId: DOSSIER, stepId: 'nope', status: 'done' })).toBe('not-found');
    expect(await refusal(tx, 'visit.addNote', { id: SHARE, text: 'zonder dossier' })).toBe('invalid-args');
    expect(await refusal(tx, 'appointment.upsert', { dossierId: DOSSIER, appointment: { ...appointment, end: '2026-12-03T08:00:00+01:00' } })).toBe('invalid-args');
  });
});

describe('access rules', () => {
  it('decides for every mutator who may use it', () => {
    expect(Object.keys(MUTATION_ACTORS).sort()).toEqual(Object.keys(mutators).sort());
    expect(Object.values(MUTATION_ACTORS).flat()).not.toContain('helper');
  });

  it('gives helpers only the shared sections and staff no shares, inburgeraars no visit notes', () => {
    expect(readableTables('helper', ['agenda', 'money'])).toEqual(['dossiers', 'ontzorgen', 'appointments', 'payments', 'attendance']);
    expect(readableTables('inburgeraar')).toEqual(TABLES.filter((t) => t !== 'visitNotes'));
    expect(readableTables('begeleider')).toEqual(TABLES.filter((t) => t !== 'shares'));
  });

  it('lets a helper read exactly the dossier row and the tables of the sections it can be given', () => {
    const sectioned = new Set<string>(['dossiers', ...Object.values(SECTION_TABLES).flat()]);
    expect(TABLES.filter((t) => TABLE_READERS[t].includes('helper'))).toEqual(TABLES.filter((t) => sectioned.has(t)));
    expect(readableTables('helper', [])).toEqual(['dossiers']);
    expect(readableTables('consulent')).toEqual(readableTables('begeleider'));
  });

  it('shows a helper only the first name and language of the dossier row', () => {
    const row = dossierToRows(aDossier({ id: DOSSIER }))[0]?.value ?? {};
    expect(Object.keys(helperDossierRow(row, ['agenda'])).sort()).toEqual(['dossierId', 'firstName', 'gemeente', 'id', 'language']);
    expect(helperDossierRow(row, ['traject'])).toHaveProperty('leerroute');
  });
});
