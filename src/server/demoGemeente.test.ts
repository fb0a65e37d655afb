import { describe, expect, it } from 'vitest';
import { dossierImportSchema } from '../domain/dossier';
import { GEMEENTEN } from '../gemeenten';
import { demoDossiersFor } from './demoGemeente';

describe('demo dossiers per municipality', () => {
  it.each(Object.values(GEMEENTEN).map((g) => [g.id, g] as const))('are valid, local and complete for %s', (id, gemeente) => {
    const dossiers = demoDossiersFor(gemeente, new Date('2026-11-22T10:00:00Z'));
    expect(dossiers).toHaveLength(3);
    for (const d of dossiers) {
      const parsed = dossierImportSchema.safeParse(d);
      expect(parsed.success, parsed.error?.message).toBe(true);
      expect(d.gemeente).toBe(id);
      expect(d.id).toMatch(/^[a-z]{2}-demo-/);
      expect(d.contacts.some((c) => c.role === gemeente.regieRole)).toBe(true);
    }
    const ids = dossiers.map((d) => d.id);
    expect(id === 'rijswijk' || ids.every((i) => !i.startsWith('rw-'))).toBe(true);
    for (const other of Object.values(GEMEENTEN).filter((g) => g.id !== id)) {
      expect(JSON.stringify(dossiers).toLowerCase()).not.toContain(other.name.toLowerCase());
    }
  });
});
