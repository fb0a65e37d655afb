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
  partners: [
    { id: 'gemeente', name: 'Gemeente Zevenaar', role: 'casusregisseur', picture: 'townHall', phone: '14 0316' },
    { id: 'vluchtelingenwerk', name: 'VluchtelingenWerk', role: 'maatschappelijk-begeleider', picture: 'helpingHands' },
    { id: 'rsd', name: 'RSD de Liemers', role: 'werkconsulent', picture: 'money' },
    { id: 'caleidoz', name: 'Caleidoz', role: 'other', picture: 'people' },
    { id: 'kunstwerk', name: 'Kunstwerk', role: 'other', picture: 'people' },
    { id: 'coa', name: 'COA', role: 'coa', picture: 'home' },
  ],
  topics: [
    { id: 'lessons', picture: 'lesson', role: 'casusregisseur', partnerId: 'gemeente' },
    { id: 'plan', picture: 'checklist', role: 'casusregisseur', partnerId: 'gemeente' },
    { id: 'house', picture: 'home', role: 'maatschappelijk-begeleider', partnerId: 'vluchtelingenwerk' },
    { id: 'money', picture: 'money', role: 'werkconsulent', partnerId: 'rsd' },
    { id: 'letter', picture: 'letter', role: 'maatschappelijk-begeleider', partnerId: 'vluchtelingenwerk' },
    { id: 'health', picture: 'health', role: 'maatschappelijk-begeleider', partnerId: 'vluchtelingenwerk' },
    { id: 'work', picture: 'work', role: 'werkconsulent', partnerId: 'rsd' },
    { id: 'practise', picture: 'talk', role: 'taalmaatje' },
  ],
  ontzorgen: {
    months: 6,
    costs: ['huur', 'energie', 'water', 'zorgverzekering'],
    courseCompulsory: true,
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
    { id: 'doctorNight', number: '0900 200 9000', picture: 'health' },
  ],
};
