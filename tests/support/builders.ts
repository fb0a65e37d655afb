import { randomBytes, randomUUID } from 'node:crypto';
import type { StaffBody } from '../../src/domain/adminApi';
import type { Appointment, ChecklistItem, Contact, DossierImport, Payment, Step } from '../../src/domain/dossier';

// Small builders for test data, shared by the unit, server and browser tests:
// each test states only what matters to it.

export const aStep = (overrides: Partial<Step> = {}): Step => ({
  id: 's1',
  kind: 'brede-intake',
  status: 'done',
  date: '2025-07-10',
  note: '',
  ...overrides,
});

export const aContact = (overrides: Partial<Contact> = {}): Contact => ({
  id: 'c1',
  role: 'consulent-inburgering',
  name: 'Mark de Vries',
  organisation: 'Gemeente Rijswijk',
  phone: '+31701234567',
  email: 'm.devries@example.nl',
  ...overrides,
});

export const anAppointment = (overrides: Partial<Appointment> = {}): Appointment => ({
  id: 'a1',
  kind: 'taalles',
  title: 'Nederlandse les',
  start: '2026-11-24T09:00:00+01:00',
  end: '2026-11-24T12:00:00+01:00',
  location: { name: 'Taalschool', address: 'Straat 1, Rijswijk' },
  status: 'planned',
  ...overrides,
});

/** A planned three-hour language lesson starting at `start`. */
export function aLesson(id: string, start: string, overrides: Partial<Appointment> = {}) {
  const end = new Date(Date.parse(start) + 3 * 3_600_000).toISOString();
  return {
    ...anAppointment({ id, start, end }),
    kind: 'taalles' as const,
    status: 'planned' as const,
    ...overrides,
  };
}

export const aPayment = (overrides: Partial<Payment> = {}): Payment => ({
  id: 'p1',
  month: '2025-08',
  kind: 'huur',
  payee: 'Woningcorporatie',
  amountCents: 61250,
  status: 'paid',
  date: '2025-08-02',
  ...overrides,
});

export const aChecklistItem = (overrides: Partial<ChecklistItem> = {}): ChecklistItem => ({
  id: 'k1',
  kind: 'huisarts',
  status: 'done',
  ...overrides,
});

/** A fresh dossier id, so tests sharing one database never see each other's dossiers. */
export function aDossierId(): string {
  return `rw-test-${randomBytes(4).toString('hex')}`;
}

/**
 * A small dossier with a fixed id (`rw-test-0001`): one step, one contact, one lesson two days
 * from now, no ontzorgen and one open checklist item. For tests on one phone or one screen.
 */
export function aDossier(overrides: Partial<DossierImport> = {}): DossierImport {
  const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString();
  return {
    id: 'rw-test-0001',
    gemeente: 'rijswijk',
    firstName: 'Amal',
    language: 'ar',
    doelgroep: 'asielstatushouder',
    leerroute: 'b1',
    termijn: { start: '2025-07-01', end: '2028-07-01' },
    steps: [aStep()],
    contacts: [{ id: 'c1', role: 'consulent-inburgering', name: 'Mark de Vries', phone: '+31701234567' }],
    appointments: [aLesson('a1', inTwoDays)],
    ontzorgen: null,
    checklist: [aChecklistItem({ status: 'todo' })],
    ...overrides,
  };
}

/**
 * The same builder with the server tests' preset: a fresh id (tests share one database), two
 * steps, two fixed appointments in November 2026, ontzorgen with two payments and a checklist
 * with one item done and one to do.
 */
export const aFullDossier = (overrides: Partial<DossierImport> = {}): DossierImport =>
  aDossier({
    id: aDossierId(),
    steps: [aStep(), aStep({ id: 's2', kind: 'pip', status: 'planned', date: null })],
    contacts: [aContact()],
    appointments: [
      anAppointment(),
      anAppointment({ id: 'a2', title: 'MAP-workshop', kind: 'map', start: '2026-11-25T13:00:00+01:00', end: '2026-11-25T15:00:00+01:00' }),
    ],
    ontzorgen: {
      start: '2025-07-01',
      end: '2026-01-01',
      course: 'in-progress',
      payments: [aPayment(), aPayment({ id: 'p2', kind: 'energie', payee: 'Energiebedrijf', amountCents: 9500 })],
    },
    checklist: [aChecklistItem(), aChecklistItem({ id: 'k2', kind: 'digid', status: 'todo' })],
    ...overrides,
  });

/** A fresh staff id, so tests sharing one database never see each other's staff. */
export function aStaffId(): string {
  return `staff-${randomBytes(4).toString('hex')}`;
}

/** The body of `PUT /api/admin/staff/:id`. */
export const aStaffMember = (overrides: Partial<StaffBody> = {}): StaffBody => ({
  name: 'Sanne Jansen',
  role: 'begeleider',
  gemeente: 'rijswijk',
  dossiers: [],
  ...overrides,
});

const DAY_MS = 24 * 60 * 60 * 1000;

/** The arguments of `share.create`: the agenda for 30 days, unless told otherwise. */
export const aShare = (overrides: Partial<{ id: string; sections: string[]; expiresAt: string; label: string }> = {}) => ({
  id: randomUUID(),
  sections: ['agenda'],
  expiresAt: new Date(Date.now() + 30 * DAY_MS).toISOString(),
  ...overrides,
});
