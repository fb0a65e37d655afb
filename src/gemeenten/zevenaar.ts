import { ALARM, NATIONAL_CHECKLIST, NATIONAL_HELP_LINES, NATIONAL_TRAJECT_TEMPLATES, POLICE } from './national';
import type { GemeenteConfig } from './types';

// Zevenaar: a casusregisseur of the municipality runs the traject; Vluchtelingenwerk gives
// maatschappelijke begeleiding; RSD de Liemers pays benefits and does financieel ontzorgen, with a
// compulsory "omgaan met geld" course (beleidsplan inburgering).
export const zevenaar: GemeenteConfig = {
  id: 'zevenaar',
  name: 'Zevenaar',
  appName: 'Thuis in Zevenaar',
  colors: { primary: '#00653a', primaryDark: '#004727' },
  regieRole: 'casusregisseur',
  // Where and when (issue 16, item 6). The beleidsplan gives no addresses, hours or numbers; the
  // town hall's were checked on zevenaar.nl. Anything not found stays null (the card says "not
  // known") rather than guessed.
  partners: [
    {
      id: 'gemeente', name: 'Gemeente Zevenaar', role: 'casusregisseur', picture: 'townHall', phone: '14 0316', website: 'https://www.zevenaar.nl',
      address: { street: 'Kerkstraat 27', city: 'Zevenaar' },
      hours: [
        { days: [1, 2, 3, 4], opens: '08:30', closes: '17:00' },
        { days: [5], opens: '08:30', closes: '12:30' },
      ],
    },
    { id: 'vluchtelingenwerk', name: 'VluchtelingenWerk', role: 'maatschappelijk-begeleider', picture: 'helpingHands', phone: null, website: 'https://www.vluchtelingenwerk.nl', address: null },
    { id: 'rsd', name: 'RSD de Liemers', role: 'werkconsulent', picture: 'money', phone: '0316 279 533', website: 'https://www.rsddeliemers.nl', address: null },
    { id: 'caleidoz', name: 'Caleidoz', role: 'other', picture: 'people', phone: null, address: null },
    { id: 'kunstwerk', name: 'Kunstwerk', role: 'other', picture: 'people', phone: null, address: null },
    { id: 'coa', name: 'COA', role: 'coa', picture: 'houses', phone: null, website: 'https://www.coa.nl', address: null },
  ],
  topics: [
    { id: 'lessons', picture: 'lesson', role: 'casusregisseur', partnerId: 'gemeente' },
    { id: 'plan', picture: 'checklist', role: 'casusregisseur', partnerId: 'gemeente' },
    { id: 'house', picture: 'housing', role: 'maatschappelijk-begeleider', partnerId: 'vluchtelingenwerk' },
    // RSD de Liemers pays the benefit and does the ontzorgen (beleidsplan 4.5, 5.7).
    { id: 'money', picture: 'money', role: 'werkconsulent', partnerId: 'rsd' },
    { id: 'benefit', picture: 'euro', role: 'werkconsulent', partnerId: 'rsd' },
    { id: 'letter', picture: 'letter', role: 'maatschappelijk-begeleider', partnerId: 'vluchtelingenwerk' },
    { id: 'health', picture: 'health', role: 'maatschappelijk-begeleider', partnerId: 'vluchtelingenwerk' },
    { id: 'school', picture: 'child', role: 'maatschappelijk-begeleider', partnerId: 'vluchtelingenwerk' },
    { id: 'work', picture: 'work', role: 'werkconsulent', partnerId: 'rsd' },
    // Taalmaatjes and taaltafels come through Caleidoz and Kunstwerk (beleidsplan 1.3).
    { id: 'practise', picture: 'talk', role: 'taalmaatje', partnerId: 'caleidoz' },
    { id: 'meet', picture: 'people', role: 'other', partnerId: 'caleidoz' },
  ],
  ontzorgen: {
    months: 6,
    costs: ['huur', 'energie', 'water', 'zorgverzekering'],
    courseCompulsory: true,
  },
  trajectTemplates: NATIONAL_TRAJECT_TEMPLATES,
  checklist: NATIONAL_CHECKLIST,
  emergency: [
    ALARM,
    POLICE,
    // Huisartsenpost Arnhem, which also has the post in Zevenaar (huisartsenpostarnhem.nl).
    { id: 'doctorNight', number: '026 389 96 96', picture: 'doctor' },
    ...NATIONAL_HELP_LINES,
  ],
  infoBlocks: {
    taal: [{ id: 'taaloefenen', picture: 'talk' }],
    werk: [{ id: 'rsd', picture: 'worker' }],
    geld: [{ id: 'rsd', picture: 'money' }],
    azc: [{ id: 'eersteGesprek', picture: 'meeting' }],
  },
  // Taalmaatjes and taaltafels with volunteers, through Caleidoz and Kunstwerk (beleidsplan 1.3);
  // the plan names no separate offer for people from Ukraine.
  languageHelpUkraine: ['caleidoz', 'kunstwerk'],
};
