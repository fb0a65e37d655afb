import { ALARM, NATIONAL_CHECKLIST, NATIONAL_HELP_LINES, NATIONAL_TRAJECT_TEMPLATES, POLICE } from './national';
import type { GemeenteConfig, PartnerAddress } from './types';

/** The former town hall, home of the municipality and of Welzijn Rijswijk since the renovation. */
const HUIS_VAN_DE_STAD: PartnerAddress = { street: 'Generaal Spoorlaan 2', city: 'Rijswijk' };

// Rijswijk: consulenten inburgering run the traject; Stichting Welzijn Rijswijk's maatschappelijk
// begeleiders help with everything outside it (Kadernota Wet inburgering, herziening 2025).
export const rijswijk: GemeenteConfig = {
  id: 'rijswijk',
  name: 'Rijswijk',
  appName: 'Thuis in Rijswijk',
  colors: { primary: '#005a9c', primaryDark: '#003f6e' },
  regieRole: 'consulent-inburgering',
  // Where and when (issue 16, item 6). The policy documents give no addresses, hours or numbers;
  // what is here was checked on public pages (rijswijk.nl, local news): the municipality, the
  // library and Welzijn Rijswijk work from the Huis van de Stad. Anything not found stays null
  // (the card says "not known") rather than guessed.
  partners: [
    { id: 'gemeente', name: 'Gemeente Rijswijk', role: 'consulent-inburgering', picture: 'townHall', phone: '14 070', website: 'https://www.rijswijk.nl', address: HUIS_VAN_DE_STAD },
    { id: 'welzijn', name: 'Stichting Welzijn Rijswijk', role: 'maatschappelijk-begeleider', picture: 'helpingHands', phone: null, website: 'https://www.welzijn-rijswijk.nl', address: HUIS_VAN_DE_STAD },
    { id: 'wsp', name: 'Werkgeversservicepunt (WSP)', role: 'werkconsulent', picture: 'work', phone: null, address: null },
    // The B1 and Z-route were tendered again for 1 January 2026 (Kadernota): the schools may change.
    { id: 'sagenn', name: 'Taalschool Sagenn', role: 'taalschool', picture: 'lesson', phone: null, address: null },
    { id: 'taalschool-rijswijk', name: 'Taalschool Rijswijk', role: 'taalschool', picture: 'lesson', phone: null, address: null },
    { id: 'dudegoed', name: 'DudeGoed', role: 'other', picture: 'worker', phone: null, address: null },
    // The AZC in Rijswijk is new (Kadernota, theme 4); its address is COA's to give.
    { id: 'coa', name: 'COA', role: 'coa', picture: 'houses', phone: null, website: 'https://www.coa.nl', address: null },
  ],
  topics: [
    { id: 'lessons', picture: 'lesson', role: 'consulent-inburgering', partnerId: 'gemeente' },
    { id: 'plan', picture: 'checklist', role: 'consulent-inburgering', partnerId: 'gemeente' },
    { id: 'house', picture: 'housing', role: 'maatschappelijk-begeleider', partnerId: 'welzijn' },
    { id: 'money', picture: 'money', role: 'maatschappelijk-begeleider', partnerId: 'welzijn' },
    // The WSP keeps the work obligations of the Participatiewet (Kadernota, theme 3).
    { id: 'benefit', picture: 'euro', role: 'werkconsulent', partnerId: 'wsp' },
    { id: 'letter', picture: 'letter', role: 'maatschappelijk-begeleider', partnerId: 'welzijn' },
    { id: 'health', picture: 'health', role: 'maatschappelijk-begeleider', partnerId: 'welzijn' },
    { id: 'school', picture: 'child', role: 'maatschappelijk-begeleider', partnerId: 'welzijn' },
    { id: 'work', picture: 'work', role: 'werkconsulent', partnerId: 'wsp' },
    { id: 'practise', picture: 'talk', role: 'taalmaatje' },
    { id: 'meet', picture: 'people', role: 'other', partnerId: 'welzijn' },
  ],
  ontzorgen: {
    months: 6,
    costs: ['huur', 'energie', 'water', 'zorgverzekering', 'gemeentelijke-belastingen'],
    courseCompulsory: false,
  },
  trajectTemplates: NATIONAL_TRAJECT_TEMPLATES,
  checklist: NATIONAL_CHECKLIST,
  emergency: [
    ALARM,
    POLICE,
    // Huisartsenpost Haaglanden (Hadoks), evenings, nights and weekends.
    { id: 'doctorNight', number: '070 346 96 69', picture: 'doctor' },
    ...NATIONAL_HELP_LINES,
  ],
  infoBlocks: {
    taal: [{ id: 'avondlessen', picture: 'evening' }],
    werk: [
      { id: 'statushoudersAanHetWerk', picture: 'worker' },
      { id: 'rijswijkDoet', picture: 'volunteer' },
    ],
    azc: [{ id: 'kansrijkeNieuwkomers', picture: 'start' }],
    oekraine: [{ id: 'wsp', picture: 'work' }],
  },
  // People from Ukraine join the free language help already in the city; the municipality points
  // the way (Kadernota, theme 1).
  languageHelpUkraine: ['gemeente'],
};
