import type { ActivityBody } from '../domain/activities';
import { addDays, amsterdamDate, amsterdamMoment, nextWeekday } from '../domain/amsterdamTime';

// Demo activities per municipality (seeded when DEMO is on and the municipality has none): the
// kinds of offers the municipalities' policy names — a taalcafé at the library, Welzijn, sport,
// free language help for Ukrainians. Places are the demo's own; no person is named.

type DemoActivity = { id: string } & ActivityBody;

const TAALCAFE_AR = { title: 'مقهى اللغة', description: 'تحدث الهولندية مع متطوعين وأشخاص آخرين. القهوة والشاي مجانًا. لا حاجة للتسجيل.' };
const TAALCAFE_EN = { title: 'Language café', description: 'Speak Dutch with volunteers and other people. Coffee and tea are free. No need to sign up.' };
const TAALHULP_UK = {
  title: 'Безкоштовна допомога з нідерландською',
  description: 'Волонтери допомагають з нідерландською мовою, листами та формами. Для людей з України та всіх інших.',
};
const TAALHULP_EN = { title: 'Free help with Dutch', description: 'Volunteers help with Dutch, letters and forms. For people from Ukraine and everyone else.' };

function common(place: (name: string) => { name: string; address: string }, town: string, today: Date): DemoActivity[] {
  const start = amsterdamDate(today);
  const sportDay = nextWeekday(addDays(start, 10), 6);
  const infoMorning = nextWeekday(addDays(start, 20), 3);
  return [
    {
      id: 'taalcafe-bibliotheek',
      kind: 'taalcafe',
      title_nl: 'Taalcafé in de bibliotheek',
      description_nl: 'Praat Nederlands met vrijwilligers en andere mensen. Koffie en thee zijn gratis. Je hoeft je niet aan te melden.',
      translations: { ar: TAALCAFE_AR, en: TAALCAFE_EN },
      weekly: { weekday: 2, startTime: '14:00', endTime: '16:00' },
      location: place('Bibliotheek'),
      free: true,
      languages: ['nl', 'en', 'ar'],
    },
    {
      id: 'taalhulp-oekraine',
      kind: 'taalhulp',
      title_nl: 'Gratis taalhulp, ook voor Oekraïners',
      description_nl: 'Vrijwilligers helpen met Nederlands, met brieven en met formulieren. Voor mensen uit Oekraïne en voor iedereen.',
      translations: { uk: TAALHULP_UK, en: TAALHULP_EN },
      weekly: { weekday: 4, startTime: '10:00', endTime: '12:00' },
      location: place('Buurthuis'),
      free: true,
      languages: ['nl', 'uk', 'ru', 'en'],
    },
    {
      id: 'welzijn-inloop',
      kind: 'welzijn',
      title_nl: 'Inloopspreekuur Welzijn',
      description_nl: `Vragen over geld, post of je huis? Loop binnen bij Welzijn ${town}. Een medewerker helpt je.`,
      weekly: { weekday: 1, startTime: '13:30', endTime: '15:30' },
      location: place('Welzijn'),
      free: true,
      languages: ['nl', 'en'],
    },
    {
      id: 'samen-sporten',
      kind: 'sport',
      title_nl: 'Samen sporten',
      description_nl: 'Voetbal en spelletjes in de sporthal. Neem sportkleding mee. Voor vrouwen en mannen, in aparte groepen.',
      weekly: { weekday: 3, startTime: '19:00', endTime: '20:30' },
      location: place('Sporthal'),
      free: true,
      languages: ['nl'],
    },
    {
      id: 'sportdag-buiten',
      kind: 'sport',
      title_nl: 'Sportdag in het park',
      description_nl: 'Een dag sport en spel voor het hele gezin. Er is eten en drinken. Kinderen zijn welkom.',
      start: amsterdamMoment(sportDay, '11:00'),
      end: amsterdamMoment(sportDay, '15:00'),
      location: place('Park'),
      free: true,
      languages: ['nl', 'en'],
    },
    {
      id: 'bibliotheek-digitaal',
      kind: 'bibliotheek',
      title_nl: 'Hulp met de computer en DigiD',
      description_nl: 'Leer werken met de computer, e-mail en DigiD. Neem je telefoon mee. Een kopje koffie kost € 1.',
      start: amsterdamMoment(infoMorning, '10:00'),
      end: amsterdamMoment(infoMorning, '12:00'),
      location: place('Bibliotheek'),
      free: false,
      languages: ['nl'],
    },
  ];
}

const PLACES: Record<string, Record<string, string>> = {
  rijswijk: {
    Bibliotheek: 'Bogaardplein 5, Rijswijk',
    Buurthuis: 'Lindelaan 40, Rijswijk',
    Welzijn: 'Generaal Spoorlaan 20, Rijswijk',
    Sporthal: 'Sportlaan 3, Rijswijk',
    Park: 'Parkweg 1, Rijswijk',
  },
  zevenaar: {
    Bibliotheek: 'Raadhuisplein 8, Zevenaar',
    Buurthuis: 'Grietsestraat 30, Zevenaar',
    Welzijn: 'Kerkstraat 22, Zevenaar',
    Sporthal: 'Hunneveldweg 10, Zevenaar',
    Park: 'Parkweg 1, Zevenaar',
  },
};

/** The demo activities of a municipality, dated from `today`; none for one without demo places. */
export function demoActivitiesFor(gemeente: { id: string; name: string }, today: Date): DemoActivity[] {
  const places = PLACES[gemeente.id];
  if (!places) return [];
  const place = (kind: string) => ({ name: `${kind} ${gemeente.name}`, address: places[kind] ?? gemeente.name });
  return common(place, gemeente.name, today);
}
