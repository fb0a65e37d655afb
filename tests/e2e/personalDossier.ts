import type { DossierImport } from '../../src/domain/dossier';

// One dossier with every field of the import filled, for the end-to-end test of the personal
// screens. Dates are relative to today, so the agenda and the ontzorgen period are current.

const DAY = 86_400_000;
const date = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const month = (offset: number) => {
  const d = new Date();
  d.setUTCDate(15);
  d.setUTCMonth(d.getUTCMonth() + offset);
  return d.toISOString().slice(0, 7);
};
/** Tomorrow (or later) at a whole hour, Dutch time in winter or summer alike via UTC. */
const at = (days: number, utcHour: number) => {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(utcHour, 0, 0, 0);
  return d.toISOString();
};

export const PERSONAL_DOSSIER_ID = 'rw-e2e-personal';

export const personalDossier: DossierImport = {
  id: PERSONAL_DOSSIER_ID,
  gemeente: 'rijswijk',
  firstName: 'Amal',
  language: 'ar',
  doelgroep: 'asielstatushouder',
  leerroute: 'b1',
  termijn: { start: date(-120), end: date(975) },
  steps: [
    { id: 's1', kind: 'brede-intake', status: 'done', date: date(-110), note: 'Je wilt graag snel Nederlands leren.' },
    { id: 's2', kind: 'pip', status: 'done', date: date(-60), note: 'Je plan is klaar en getekend.' },
    { id: 's3', kind: 'leerroute', status: 'busy', date: date(-50), note: 'Kom naar elke les, dan gaat het goed.' },
    { id: 's4', kind: 'voortgangsgesprek', status: 'planned', date: date(-3), note: 'Bel mij voor een nieuwe afspraak.' },
    { id: 's5', kind: 'examen-knm', status: 'exempt', note: 'Je hebt al een diploma over Nederland.' },
  ],
  contacts: [
    {
      id: 'c1', role: 'consulent-inburgering', name: 'Sanne Verbeek', organisation: 'Gemeente Rijswijk',
      phone: '+31 70 555 0142', whatsapp: '+31 6 5550 1420', email: 's.verbeek@example.nl', availability: 'ma t/m do 9.00–17.00 uur',
    },
    {
      id: 'c2', role: 'maatschappelijk-begeleider', name: 'Youssef El Amrani', organisation: 'Stichting Welzijn Rijswijk',
      phone: '070-555 0187', email: 'y.elamrani@example.nl', availability: 'ook voor een huisbezoek',
    },
  ],
  appointments: [
    {
      id: 'a1', kind: 'taalles', title: 'Les Nederlands bij Sagenn', start: at(1, 8), end: at(1, 11),
      location: { name: 'Taalschool Sagenn', address: 'Generaal Spoorlaan 112, Rijswijk' }, status: 'planned',
      bring: 'je lesboek en een pen', note: 'We oefenen voor het examen.',
    },
    {
      id: 'a2', kind: 'taalles', title: 'Les die uitvalt', start: at(2, 8), end: at(2, 11),
      location: { name: 'Taalschool Sagenn' }, status: 'cancelled',
    },
    {
      // A month away: behind "more" on the agenda, so this week and next come first.
      id: 'a3', kind: 'examen', title: 'Examen lezen', start: at(30, 8), end: at(30, 10),
      location: { name: 'DUO examenlocatie', address: 'Prinses Beatrixlaan 2, Den Haag' }, status: 'planned',
    },
  ],
  ontzorgen: {
    start: `${month(-2)}-01`,
    end: `${month(4)}-01`,
    course: 'in-progress',
    payments: [
      { id: 'p1', month: month(-1), kind: 'huur', payee: 'Rijswijk Wonen', amountCents: 61250, status: 'paid', date: `${month(-1)}-01` },
      { id: 'p2', month: month(-1), kind: 'energie', payee: 'Energiebedrijf Zuid', amountCents: 14500, status: 'failed', date: `${month(-1)}-05` },
      { id: 'p3', month: month(0), kind: 'water', payee: 'Dunea', amountCents: 2150, status: 'scheduled', date: `${month(0)}-28` },
    ],
  },
  checklist: [
    { id: 'k1', kind: 'huisarts', status: 'done' },
    { id: 'k2', kind: 'digid', status: 'busy', note: 'De brief met de code komt deze week.' },
    { id: 'k3', kind: 'bibliotheek', status: 'todo' },
  ],
};
