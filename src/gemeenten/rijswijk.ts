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
    { id: 'gemeente', name: 'Gemeente Rijswijk', role: 'consulent-inburgering', picture: 'townHall', phone: '14 070' },
    { id: 'welzijn', name: 'Stichting Welzijn Rijswijk', role: 'maatschappelijk-begeleider', picture: 'helpingHands' },
    { id: 'wsp', name: 'Werkgeversservicepunt (WSP)', role: 'werkconsulent', picture: 'work' },
    { id: 'sagenn', name: 'Taalschool Sagenn', role: 'taalschool', picture: 'lesson' },
    { id: 'taalschool-rijswijk', name: 'Taalschool Rijswijk', role: 'taalschool', picture: 'lesson' },
    { id: 'dudegoed', name: 'DudeGoed', role: 'other', picture: 'work' },
    { id: 'coa', name: 'COA', role: 'coa', picture: 'home' },
  ],
  topics: [
    { id: 'lessons', picture: 'lesson', role: 'consulent-inburgering', partnerId: 'gemeente' },
    { id: 'plan', picture: 'checklist', role: 'consulent-inburgering', partnerId: 'gemeente' },
    { id: 'house', picture: 'home', role: 'maatschappelijk-begeleider', partnerId: 'welzijn' },
    { id: 'money', picture: 'money', role: 'maatschappelijk-begeleider', partnerId: 'welzijn' },
    { id: 'letter', picture: 'letter', role: 'maatschappelijk-begeleider', partnerId: 'welzijn' },
    { id: 'health', picture: 'health', role: 'maatschappelijk-begeleider', partnerId: 'welzijn' },
    { id: 'work', picture: 'work', role: 'werkconsulent', partnerId: 'wsp' },
    { id: 'practise', picture: 'talk', role: 'taalmaatje' },
  ],
  ontzorgen: {
    months: 6,
    costs: ['huur', 'energie', 'water', 'zorgverzekering', 'gemeentelijke-belastingen'],
    courseCompulsory: false,
  },
  trajectTemplates: {
    b1: ['brede-intake', 'pip', 'leerroute', 'map', 'pvt', 'voortgangsgesprek', 'examen-lezen', 'examen-luisteren', 'examen-schrijven', 'examen-spreken', 'examen-knm'],
    z: ['brede-intake', 'leerbaarheidstoets', 'pip', 'leerroute', 'participatie', 'map', 'pvt', 'voortgangsgesprek', 'z-eindgesprek'],
    onderwijs: ['brede-intake', 'pip', 'schakeltraject', 'map', 'pvt', 'voortgangsgesprek', 'examen-knm'],
  },
  checklist: ['huisarts', 'zorgverzekering', 'bankrekening', 'digid', 'zorgtoeslag', 'huurtoeslag', 'kinderbijslag', 'school', 'energiecontract', 'inrichting', 'tandarts', 'bibliotheek'],
  emergency: [
    { id: 'emergency', number: '112', picture: 'emergency' },
    { id: 'police', number: '0900 8844', picture: 'police' },
    { id: 'doctorNight', number: '070 346 96 69', picture: 'health' },
  ],
};
