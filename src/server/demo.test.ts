import { describe, expect, it } from 'vitest';
import { dossierImportSchema } from '../domain/dossier';
import type { DossierImport } from '../domain/dossier';
import { demoDossiers } from './demo';

// Winter, summer, late autumn, and two dates whose four-week agenda crosses a DST switch.
const TODAYS = ['2026-01-15T10:00:00Z', '2026-07-01T06:30:00Z', '2026-11-22T22:45:00Z', '2026-03-20T12:00:00Z', '2026-10-14T08:00:00Z'];

const byId = (list: DossierImport[], id: string) => {
  const d = list.find((x) => x.id === id);
  if (!d) throw new Error(`missing ${id}`);
  return d;
};

/** The local Amsterdam wall-clock time of an instant, as "YYYY-MM-DD HH:MM". */
const amsterdam = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).format(new Date(iso));

describe.each(TODAYS)('demo dossiers for today = %s', (todayIso) => {
  const today = new Date(todayIso);
  const dossiers = demoDossiers(today);

  it('are the three Rijswijk demo dossiers', () => {
    expect(dossiers.map((d) => d.id)).toEqual(['rw-demo-amal', 'rw-demo-yonas', 'rw-demo-farida']);
  });

  it.each(['rw-demo-amal', 'rw-demo-yonas', 'rw-demo-farida'])('%s passes the import schema', (id) => {
    const result = dossierImportSchema.safeParse(byId(dossiers, id));
    if (!result.success) console.error(id, JSON.stringify(result.error.issues, null, 2));
    expect(result.success).toBe(true);
  });

  it('has unique item ids per dossier and appointments that end after they start', () => {
    for (const d of dossiers) {
      for (const list of [d.steps, d.contacts, d.appointments, d.checklist, d.ontzorgen?.payments ?? []]) {
        expect(new Set(list.map((i) => i.id)).size).toBe(list.length);
      }
      for (const a of d.appointments) expect(Date.parse(a.end), `${d.id}/${a.id}`).toBeGreaterThan(Date.parse(a.start));
    }
  });

  it('plans no two appointments at the same time, and talks with staff on weekdays', () => {
    for (const d of dossiers) {
      const sorted = [...d.appointments].sort((x, y) => Date.parse(x.start) - Date.parse(y.start));
      sorted.slice(1).forEach((a, i) => expect(Date.parse(a.start), `${d.id}/${a.id}`).toBeGreaterThanOrEqual(Date.parse(sorted[i]?.end ?? '')));
      for (const a of d.appointments.filter((x) => x.kind === 'voortgangsgesprek' || x.kind === 'huisbezoek')) {
        expect([0, 6]).not.toContain(new Date(a.start).getUTCDay());
      }
    }
  });

  it('writes appointment times with the right Amsterdam offset', () => {
    for (const a of dossiers.flatMap((d) => d.appointments)) {
      expect(amsterdam(a.start)).toBe(a.start.slice(0, 16).replace('T', ' '));
    }
  });

  it('gives Amal a lesson this week, a cancelled appointment and one failed payment', () => {
    const amal = byId(dossiers, 'rw-demo-amal');
    const now = today.getTime();
    const soon = amal.appointments.filter(
      (a) => a.kind === 'taalles' && a.status === 'planned' && Date.parse(a.start) > now && Date.parse(a.start) <= now + 7 * 86_400_000,
    );
    expect(soon.length).toBeGreaterThan(0);
    expect(amal.appointments.filter((a) => a.status === 'cancelled')).toHaveLength(1);
    expect(amal.appointments.some((a) => Date.parse(a.start) < now)).toBe(true);
    expect(amal.ontzorgen?.course).toBe('in-progress');
    expect(amal.ontzorgen?.payments.filter((p) => p.status === 'failed')).toHaveLength(1);
    expect(amal.ontzorgen?.payments.some((p) => p.status === 'scheduled')).toBe(true);
    expect(amal.ontzorgen?.start).toBe(amal.termijn.start);
  });

  it('has ended ontzorgen for Yonas with everything paid, and none for Farida', () => {
    const yonas = byId(dossiers, 'rw-demo-yonas');
    expect(yonas.leerroute).toBe('z');
    expect(Date.parse(yonas.ontzorgen?.end ?? '')).toBeLessThan(today.getTime());
    expect(yonas.ontzorgen?.payments.every((p) => p.status === 'paid')).toBe(true);
    expect(yonas.steps.some((s) => s.status === 'exempt')).toBe(true);
    const farida = byId(dossiers, 'rw-demo-farida');
    expect(farida.ontzorgen).toBeNull();
    expect(farida.doelgroep).toBe('gezinsmigrant');
  });

  it('shows every state of the personal screens somewhere', () => {
    const [amal, yonas, farida] = dossiers;
    const todayIso = today.toISOString().slice(0, 10);
    // Traject: done, busy, planned and open steps, notes, an exemption and an overdue step.
    expect(new Set(amal?.steps.map((s) => s.status))).toEqual(new Set(['done', 'busy', 'planned', 'todo']));
    expect(amal?.steps.some((s) => s.note)).toBe(true);
    expect(yonas?.steps.some((s) => s.status === 'exempt' && s.note)).toBe(true);
    expect(farida?.steps.some((s) => (s.status === 'planned' || s.status === 'todo') && !!s.date && s.date < todayIso)).toBe(true);
    // Agenda: a cancelled and a moved appointment, each with a note.
    expect(amal?.appointments.some((a) => a.status === 'cancelled' && a.note)).toBe(true);
    expect(yonas?.appointments.filter((a) => a.status === 'moved' && a.note)).toHaveLength(1);
    // Checklist: every status.
    const statuses = new Set([...(amal?.checklist ?? []), ...(yonas?.checklist ?? [])].map((k) => k.status));
    expect(statuses).toEqual(new Set(['todo', 'busy', 'done', 'not-needed']));
    // People: with and without WhatsApp and availability.
    expect(amal?.contacts.some((c) => c.whatsapp)).toBe(true);
    expect(amal?.contacts.some((c) => !c.whatsapp)).toBe(true);
  });
});
