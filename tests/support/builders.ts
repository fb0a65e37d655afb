import type { DossierImport } from '../../src/domain/dossier';

// Small builders for test data: each test says only what matters to it.

type Overrides = Partial<DossierImport>;

export function aLesson(id: string, start: string, overrides: Partial<DossierImport['appointments'][number]> = {}) {
  const end = new Date(Date.parse(start) + 3 * 3_600_000).toISOString();
  return {
    id,
    kind: 'taalles' as const,
    title: 'Nederlandse les',
    start,
    end,
    location: { name: 'Taalschool', address: 'Straat 1, Rijswijk' },
    status: 'planned' as const,
    ...overrides,
  };
}

export function aDossier(overrides: Overrides = {}): DossierImport {
  const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString();
  return {
    id: 'rw-test-0001',
    gemeente: 'rijswijk',
    firstName: 'Amal',
    language: 'ar',
    doelgroep: 'asielstatushouder',
    leerroute: 'b1',
    termijn: { start: '2025-07-01', end: '2028-07-01' },
    steps: [{ id: 's1', kind: 'brede-intake', status: 'done', date: '2025-07-10', note: '' }],
    contacts: [{ id: 'c1', role: 'consulent-inburgering', name: 'Mark de Vries', phone: '+31701234567' }],
    appointments: [aLesson('a1', inTwoDays)],
    ontzorgen: null,
    checklist: [{ id: 'k1', kind: 'huisarts', status: 'todo' }],
    ...overrides,
  };
}
