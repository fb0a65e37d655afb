import type { Appointment, ChecklistItem, Contact, DossierImport, Payment, Step } from '../domain/dossier';

// Three demo dossiers for Rijswijk (seeded when DEMO is on and the store is empty). Every date is
// computed from `today`, so the demo always shows a current agenda, term and ontzorgen period.
// Names, phone numbers (555 ranges) and e-mail addresses are invented.

const DAY = 86_400_000;

/** Today's calendar date in Amsterdam, as a UTC midnight. */
function startOfDay(today: Date): Date {
  const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(today);
  return new Date(`${ymd}T00:00:00Z`);
}
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);
function addMonths(d: Date, n: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last)));
}
/** The first day on or after `d` that falls on `weekday` (0 = Sunday). */
const onWeekday = (d: Date, weekday: number) => addDays(d, (weekday - d.getUTCDay() + 7) % 7);
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const isoMonth = (d: Date) => d.toISOString().slice(0, 7);
const firstOfMonth = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));

/** Summer time runs from the last Sunday of March to the last Sunday of October (EU rule). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getTime() - last.getUTCDay() * DAY;
}
function amsterdamOffset(day: Date): string {
  const y = day.getUTCFullYear();
  const t = day.getTime();
  return t >= lastSunday(y, 2) && t < lastSunday(y, 9) ? '+02:00' : '+01:00';
}
/** A local Amsterdam time (after 03:00) on `day` as ISO 8601 with offset. */
const at = (day: Date, hhmm: string) => `${isoDate(day)}T${hhmm}:00${amsterdamOffset(day)}`;

const step = (kind: Step['kind'], status: Step['status'], date: Date | null = null, note?: string): Step => ({
  id: kind,
  kind,
  status,
  date: date ? isoDate(date) : null,
  ...(note ? { note } : {}),
});
const check = (kind: ChecklistItem['kind'], status: ChecklistItem['status'], note?: string): ChecklistItem => ({
  id: kind,
  kind,
  status,
  ...(note ? { note } : {}),
});

type Slot = { weekday: number; from: string; to: string };
type LessonBase = Pick<Appointment, 'kind' | 'title' | 'location' | 'bring'>;

/** Weekly lessons from two weeks ago until four weeks ahead; one id per day. */
function lessons(today: Date, slots: Slot[], base: LessonBase): Appointment[] {
  const out: Appointment[] = [];
  for (let i = -14; i < 28; i++) {
    const day = addDays(today, i);
    for (const s of slots.filter((slot) => slot.weekday === day.getUTCDay())) {
      out.push({ id: `les-${isoDate(day)}`, ...base, start: at(day, s.from), end: at(day, s.to), status: 'planned' });
    }
  }
  return out;
}

const COSTS = [
  { kind: 'huur', payee: 'Rijswijk Wonen', amountCents: 61_250, day: 1 },
  { kind: 'energie', payee: 'Energieleverancier', amountCents: 14_500, day: 5 },
  { kind: 'water', payee: 'Dunea', amountCents: 2_150, day: 10 },
  { kind: 'zorgverzekering', payee: 'Zorgverzekeraar', amountCents: 14_975, day: 15 },
] as const;

/** Fixed costs paid by the municipality: from the month after `start`, before `end`, up to next month. */
function payments(start: Date, end: Date, today: Date): Payment[] {
  const out: Payment[] = [];
  for (let m = addMonths(firstOfMonth(start), 1); m < end && m <= addMonths(today, 1); m = addMonths(m, 1)) {
    for (const c of COSTS) {
      const due = addDays(m, c.day - 1);
      const status = due < today ? 'paid' : 'scheduled';
      out.push({ id: `${c.kind}-${isoMonth(m)}`, month: isoMonth(m), kind: c.kind, payee: c.payee, amountCents: c.amountCents, status, date: isoDate(due) });
    }
  }
  return out;
}

const SAGENN = { name: 'Taalschool Sagenn', address: 'Generaal Spoorlaan 112, Rijswijk' };
const TAALSCHOOL_RIJSWIJK = { name: 'Taalschool Rijswijk', address: 'Van Vredenburchweg 48, Rijswijk' };
const GEMEENTEHUIS = { name: 'Gemeentehuis Rijswijk', address: 'Bogaardplein 15, Rijswijk' };
const THUIS = { name: 'Bij jou thuis' };

const contact = (c: Contact): Contact => c;
const CONSULENT_SANNE = contact({
  id: 'consulent', role: 'consulent-inburgering', name: 'Sanne Verbeek', organisation: 'Gemeente Rijswijk',
  phone: '+31 70 555 0142', whatsapp: '+31 6 5550 1420', email: 's.verbeek@example.nl',
  availability: 'ma t/m do 9.00–17.00 uur',
});

function amal(today: Date): DossierImport {
  const start = addDays(today, -105);
  const lessen = lessons(today, [
    { weekday: 1, from: '09:00', to: '12:00' },
    { weekday: 3, from: '18:30', to: '21:00' },
    { weekday: 6, from: '09:30', to: '12:30' },
  ], { kind: 'taalles', title: 'Nederlandse les', location: SAGENN, bring: 'Neem je lesboek en een pen mee.' });
  const uitval = lessen.find((a) => a.start.slice(0, 10) >= isoDate(addDays(today, 8)));
  if (uitval) Object.assign(uitval, { status: 'cancelled', note: 'De docent is ziek. Deze les gaat niet door.' });
  const ontzorgenEnd = addMonths(start, 6);
  const betalingen = payments(start, ontzorgenEnd, today);
  const mislukt = betalingen.find((p) => p.kind === 'energie' && p.month === isoMonth(addMonths(firstOfMonth(today), -1)));
  if (mislukt) mislukt.status = 'failed';
  const gesprek = onWeekday(addDays(today, 7), 4);
  const bezoek = onWeekday(addDays(today, 2), 2);
  const vorigBezoek = onWeekday(addDays(today, -13), 2);
  return {
    id: 'rw-demo-amal', gemeente: 'rijswijk', firstName: 'Amal', language: 'ar',
    doelgroep: 'asielstatushouder', leerroute: 'b1',
    termijn: { start: isoDate(start), end: isoDate(addMonths(start, 36)) },
    steps: [
      step('brede-intake', 'done', addDays(start, 12), 'We hebben goed gepraat. Je wilt snel Nederlands leren.'),
      step('pip', 'done', addDays(start, 61), 'Je plan is klaar. Je volgt de B1-route bij Taalschool Sagenn.'),
      step('leerroute', 'busy', addDays(start, 75), 'Je gaat goed vooruit. Kom naar elke les.'),
      step('omgaan-met-geld', 'busy', addDays(start, 40)),
      step('voortgangsgesprek', 'planned', gesprek),
      step('map', 'planned', onWeekday(addDays(today, 22), 5), 'De MAP begint bijna. Je krijgt nog een brief.'),
      step('pvt', 'todo'),
      step('examen-lezen', 'todo'), step('examen-luisteren', 'todo'), step('examen-schrijven', 'todo'),
      step('examen-spreken', 'todo'), step('examen-knm', 'todo'),
    ],
    contacts: [
      CONSULENT_SANNE,
      { id: 'begeleider', role: 'maatschappelijk-begeleider', name: 'Youssef El Amrani', organisation: 'Stichting Welzijn Rijswijk',
        phone: '+31 70 555 0187', whatsapp: '+31 6 5550 1871', email: 'y.elamrani@example.nl',
        availability: 'ma t/m vr 9.00–16.30 uur, ook voor een huisbezoek' },
      { id: 'taalschool', role: 'taalschool', name: 'Marieke Janssen', organisation: 'Taalschool Sagenn',
        phone: '+31 70 555 0230', email: 'm.janssen@example.nl', availability: 'Voor en na de les, of bel op lesdagen' },
      { id: 'wsp', role: 'werkconsulent', name: 'Ruben Hoekstra', organisation: 'WSP Rijswijk',
        phone: '+31 70 555 0311', whatsapp: '+31 6 5550 3112', email: 'r.hoekstra@example.nl', availability: 'di en do 9.00–17.00 uur' },
    ],
    appointments: [
      ...lessen,
      { id: 'voortgang-1', kind: 'voortgangsgesprek', title: 'Voortgangsgesprek', start: at(gesprek, '10:00'), end: at(gesprek, '10:45'),
        location: GEMEENTEHUIS, status: 'planned', bring: 'Neem je PIP en je lesboek mee.',
        note: 'We kijken samen hoe het gaat met je lessen.' },
      { id: 'huisbezoek-1', kind: 'huisbezoek', title: 'Huisbezoek', start: at(bezoek, '14:00'), end: at(bezoek, '15:00'),
        location: THUIS, status: 'planned', bring: 'Leg je post van de zorgtoeslag klaar.' },
      { id: 'huisbezoek-0', kind: 'huisbezoek', title: 'Huisbezoek', start: at(vorigBezoek, '14:00'), end: at(vorigBezoek, '15:00'),
        location: THUIS, status: 'planned' },
    ],
    ontzorgen: { start: isoDate(start), end: isoDate(ontzorgenEnd), course: 'in-progress', payments: betalingen },
    checklist: [
      check('huisarts', 'done'), check('zorgverzekering', 'done'), check('bankrekening', 'done'),
      check('digid', 'busy', 'De brief met de code komt deze week.'), check('zorgtoeslag', 'todo'),
      check('huurtoeslag', 'done'), check('inrichting', 'busy', 'De kast en het bed komen nog.'),
      check('bibliotheek', 'todo'), check('energiecontract', 'done'),
      check('kinderbijslag', 'not-needed', 'Je hebt geen kinderen in Nederland. Dit hoef je niet te regelen.'),
    ],
  };
}

function yonas(today: Date): DossierImport {
  const start = addDays(today, -300);
  const lesson: LessonBase = { kind: 'taalles', title: 'Nederlandse les (Z-route)', location: TAALSCHOOL_RIJSWIJK, bring: 'Neem je schrift en je oefenkaarten mee.' };
  const werk: LessonBase = { kind: 'werk', title: 'Werkervaring bij DudeGoed', location: { name: 'DudeGoed', address: 'Lindelaan 27, Rijswijk' }, bring: 'Neem je werkschoenen mee.' };
  const huisbezoek = onWeekday(addDays(today, 3), 5);
  const ontzorgenEnd = addMonths(start, 6);
  const zLessons = lessons(today, [{ weekday: 2, from: '09:00', to: '12:00' }, { weekday: 4, from: '09:00', to: '12:00' }], lesson);
  // One lesson next week starts later than usual: an appointment that was moved.
  const verplaatst = zLessons.find((a) => a.start.slice(0, 10) >= isoDate(addDays(today, 7)));
  if (verplaatst) {
    const day = new Date(`${verplaatst.start.slice(0, 10)}T00:00:00Z`);
    Object.assign(verplaatst, { status: 'moved', start: at(day, '13:00'), end: at(day, '16:00'), note: 'Deze les is verplaatst naar de middag.' });
  }
  return {
    id: 'rw-demo-yonas', gemeente: 'rijswijk', firstName: 'Yonas', language: 'ti',
    doelgroep: 'asielstatushouder', leerroute: 'z',
    termijn: { start: isoDate(start), end: isoDate(addMonths(start, 36)) },
    steps: [
      step('brede-intake', 'done', addDays(start, 10)),
      step('leerbaarheidstoets', 'done', addDays(start, 24), 'Je leert het best met plaatjes en door te praten.'),
      step('pip', 'done', addDays(start, 58), 'Je volgt de Z-route. Je leert praten, lezen en schrijven in het Nederlands.'),
      step('leerroute', 'busy', addDays(start, 70)),
      step('participatie', 'busy', addDays(start, 150), 'Je werkt elke woensdag bij DudeGoed. Dat gaat goed.'),
      step('omgaan-met-geld', 'done', addDays(start, 120)),
      step('map', 'done', addDays(start, 190)),
      step('pvt', 'planned', onWeekday(addDays(today, 28), 1)),
      step('examen-knm', 'exempt', null, 'In de Z-route doe je geen KNM-examen. Je leert wel over Nederland.'),
      step('z-eindgesprek', 'todo'),
    ],
    contacts: [
      { id: 'consulent', role: 'consulent-inburgering', name: 'Jeroen Bakker', organisation: 'Gemeente Rijswijk',
        phone: '+31 70 555 0158', whatsapp: '+31 6 5550 1583', email: 'j.bakker@example.nl', availability: 'ma, di en do 9.00–17.00 uur' },
      { id: 'begeleider', role: 'maatschappelijk-begeleider', name: 'Fatma Yıldız', organisation: 'Stichting Welzijn Rijswijk',
        phone: '+31 70 555 0194', whatsapp: '+31 6 5550 1946', email: 'f.yildiz@example.nl', availability: 'di t/m vr 9.00–16.00 uur' },
      { id: 'taalschool', role: 'taalschool', name: 'Petra van Dam', organisation: 'Taalschool Rijswijk',
        phone: '+31 70 555 0265', email: 'p.vandam@example.nl', availability: 'Op lesdagen van 8.30 tot 12.30 uur' },
      { id: 'wsp', role: 'werkconsulent', name: 'Dennis Smit', organisation: 'WSP Rijswijk',
        phone: '+31 70 555 0322', whatsapp: '+31 6 5550 3224', email: 'd.smit@example.nl', availability: 'ma t/m do 8.30–16.30 uur' },
    ],
    appointments: [
      ...zLessons,
      ...lessons(today, [{ weekday: 3, from: '13:00', to: '16:30' }], werk).map((a) => ({ ...a, id: a.id.replace('les-', 'werk-') })),
      { id: 'huisbezoek-1', kind: 'huisbezoek', title: 'Huisbezoek', start: at(huisbezoek, '10:30'), end: at(huisbezoek, '11:30'),
        location: THUIS, status: 'planned', note: 'We kijken samen naar de brief over de kinderbijslag.' },
    ],
    ontzorgen: { start: isoDate(start), end: isoDate(ontzorgenEnd), course: 'done', payments: payments(start, ontzorgenEnd, today) },
    checklist: [
      check('huisarts', 'done'), check('tandarts', 'done'), check('zorgverzekering', 'done'), check('bankrekening', 'done'),
      check('digid', 'done'), check('huurtoeslag', 'done'), check('zorgtoeslag', 'done'),
      check('kinderbijslag', 'busy', 'De SVB heeft je aanvraag. Je krijgt bericht.'),
      check('school', 'done', 'De kinderen gaan naar de basisschool in de buurt.'),
      check('bibliotheek', 'done'), check('energiecontract', 'done'), check('inrichting', 'done'),
    ],
  };
}

function farida(today: Date): DossierImport {
  const start = addDays(today, -150);
  const lesson: LessonBase = { kind: 'taalles', title: 'Nederlandse les (avond)', location: TAALSCHOOL_RIJSWIJK, bring: 'Neem je lesboek mee.' };
  return {
    id: 'rw-demo-farida', gemeente: 'rijswijk', firstName: 'Farida', language: 'fa',
    doelgroep: 'gezinsmigrant', leerroute: 'b1',
    termijn: { start: isoDate(start), end: isoDate(addMonths(start, 36)) },
    steps: [
      step('brede-intake', 'done', addDays(start, 20), 'De gemeente geeft je advies. Je kiest zelf een taalschool.'),
      step('pip', 'done', addDays(start, 55)),
      step('leerroute', 'busy', addDays(start, 70), 'Je volgt avondles. Zo kun je overdag voor je kind zorgen.'),
      step('voortgangsgesprek', 'planned', onWeekday(addDays(today, -16), 3), 'Dit gesprek is nog niet geweest. Bel mij voor een nieuwe afspraak.'),
      step('map', 'todo'), step('pvt', 'todo'),
      step('examen-lezen', 'todo'), step('examen-luisteren', 'todo'), step('examen-schrijven', 'todo'),
      step('examen-spreken', 'todo'), step('examen-knm', 'todo'),
    ],
    contacts: [
      CONSULENT_SANNE,
      { id: 'taalschool', role: 'taalschool', name: 'Linda Kok', organisation: 'Taalschool Rijswijk',
        phone: '+31 70 555 0271', email: 'l.kok@example.nl', availability: 'di en do 17.00–21.00 uur' },
    ],
    appointments: lessons(today, [{ weekday: 2, from: '19:00', to: '21:00' }, { weekday: 4, from: '19:00', to: '21:00' }], lesson),
    ontzorgen: null,
    checklist: [check('huisarts', 'done'), check('digid', 'done'), check('bibliotheek', 'todo')],
  };
}

export function demoDossiers(today: Date): DossierImport[] {
  const day = startOfDay(today);
  return [amal(day), yonas(day), farida(day)];
}
