import { describe, expect, it } from 'vitest';
import { aDossier, aLesson } from '../../tests/support/builders';
import { dossierImportSchema } from './dossier';
import { canonicalJson, dossierToRows, rowKey, rowsToDossier } from './tables';

describe('dossier rows', () => {
  it('splits a dossier into keyed rows and puts it back together unchanged', () => {
    const dossier = aDossier({
      appointments: [aLesson('a2', '2026-12-02T09:00:00+01:00'), aLesson('a1', '2026-12-01T09:00:00+01:00')],
      ontzorgen: {
        start: '2025-07-01',
        end: '2026-01-01',
        course: 'in-progress',
        payments: [{ id: 'p1', month: '2025-08', kind: 'huur', payee: 'Woningcorporatie', amountCents: 61250, status: 'paid', date: '2025-08-02' }],
      },
    });
    const rows = dossierToRows(dossier);
    expect(rows.map((r) => `${r.table}:${r.key}`)).toContain(`appointments:${rowKey(dossier.id, 'a1')}`);
    expect(rows.every((r) => r.value.dossierId === dossier.id)).toBe(true);
    const back = rowsToDossier(rows);
    expect(back).toEqual({ ...dossier, appointments: [dossier.appointments[1], dossier.appointments[0]] });
    expect(dossierImportSchema.safeParse(back).success).toBe(true);
  });

  it('keys rows of different dossiers apart', () => {
    const a = dossierToRows(aDossier({ id: 'rw-a' })).map((r) => r.key);
    const b = dossierToRows(aDossier({ id: 'rw-b' })).map((r) => r.key);
    expect(a.filter((k) => b.includes(k))).toEqual([]);
  });

  it('writes the same JSON whatever the order of the fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, { e: 0, f: 1 }] }, b: 1 }),
    );
  });
});

describe('dossier import schema', () => {
  it.each([
    ['an unknown leerroute', { leerroute: 'c2' }],
    ['a misspelt field', { firstname: 'Amal' }],
    ['a duplicate appointment id', { appointments: [aLesson('a1', '2026-12-01T09:00:00+01:00'), aLesson('a1', '2026-12-02T09:00:00+01:00')] }],
    ['a date that is not ISO 8601', { termijn: { start: '01-07-2025', end: '2028-07-01' } }],
    ['an upper-case id', { id: 'RW-1' }],
  ])('refuses %s', (_what, overrides) => {
    expect(dossierImportSchema.safeParse({ ...aDossier(), ...overrides }).success).toBe(false);
  });
});
