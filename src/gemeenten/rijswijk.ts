import { ALARM, NATIONAL_CHECKLIST, NATIONAL_HELP_LINES, NATIONAL_TRAJECT_TEMPLATES, POLICE } from './national';
import type { GemeenteConfig } from './types';

// Rijswijk: consulenten inburgering run the traject; Stichting Welzijn Rijswijk's maatschappelijk
// begeleiders help with everything outside it (Kadernota Wet inburgering, herziening 2025).
export const rijswijk: GemeenteConfig = {
  id: 'rijswijk',
  name: 'Rijswijk',
  appName: 'Thuis in Rijswijk',
  colors: { primary: '#005a9c', primaryDark: '#003f6e' },
  regieRole: 'consulent-inburgering',
  partners: [
    { id: 'gemeente', name: 'Gemeente Rijswijk', role: 'consulent-inburgering', picture: 'townHall', phone: '14 070', website: 'https://www.rijswijk.nl' },
    { id: 'welzijn', name: 'Stichting Welzijn Rijswijk', role: 'maatschappelijk-begeleider', picture: 'helpingHands', website: 'https://www.welzijn-rijswijk.nl' },
    { id: 'wsp', name: 'Werkgeversservicepunt (WSP)', role: 'werkconsulent', picture: 'work' },
    // The B1 and Z-route were tendered again for 1 January 2026 (Kadernota): the schools may change.
    { id: 'sagenn', name: 'Taalschool Sagenn', role: 'taalschool', picture: 'lesson' },
    { id: 'taalschool-rijswijk', name: 'Taalschool Rijswijk', role: 'taalschool', picture: 'lesson' },
    { id: 'dudegoed', name: 'DudeGoed', role: 'other', picture: 'worker' },
    { id: 'coa', name: 'COA', role: 'coa', picture: 'houses', website: 'https://www.coa.nl' },
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
};
