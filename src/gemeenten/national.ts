import type { EmergencyNumber, GemeenteConfig } from './types';

// What is the same in every municipality: national help numbers (each the organisation's own published
// number; a config lists them after its local ones), and the national traject and checklist.

/** 112: police, ambulance or fire brigade when a life is in danger. Free. */
export const ALARM: EmergencyNumber = { id: 'emergency', number: '112', picture: 'emergency' };

/** Police when it is not urgent ("zonder zwaailicht"). */
export const POLICE: EmergencyNumber = { id: 'police', number: '0900 8844', picture: 'police' };

/** National help lines, day and night: suicide prevention, someone to talk to, domestic violence, children, gas or power failure. */
export const NATIONAL_HELP_LINES: EmergencyNumber[] = [
  // 113 Zelfmoordpreventie: 113 is also free since 2025, 0800 0113 always was.
  { id: 'suicide', number: '0800 0113', picture: 'feelings' },
  { id: 'listen', number: '088 0767 000', picture: 'comfort' },
  { id: 'veiligThuis', number: '0800 2000', picture: 'family' },
  { id: 'kindertelefoon', number: '0800 0432', picture: 'child' },
  // Nationaal storingsnummer gas en stroom of the grid operators.
  { id: 'gasPower', number: '0800 9009', picture: 'energy' },
];

/**
 * The steps of each leerroute under the Wet inburgering 2021, in order. A municipality can use its
 * own list when its practice differs.
 */
export const NATIONAL_TRAJECT_TEMPLATES: GemeenteConfig['trajectTemplates'] = {
  b1: ['brede-intake', 'pip', 'leerroute', 'map', 'pvt', 'voortgangsgesprek', 'examen-lezen', 'examen-luisteren', 'examen-schrijven', 'examen-spreken', 'examen-knm'],
  z: ['brede-intake', 'leerbaarheidstoets', 'pip', 'leerroute', 'participatie', 'map', 'pvt', 'voortgangsgesprek', 'z-eindgesprek'],
  onderwijs: ['brede-intake', 'pip', 'schakeltraject', 'map', 'pvt', 'voortgangsgesprek', 'examen-knm'],
};

/** What a household arranges in its first months, in the order a begeleider goes through it. */
export const NATIONAL_CHECKLIST: GemeenteConfig['checklist'] = [
  'huisarts', 'zorgverzekering', 'bankrekening', 'digid', 'zorgtoeslag', 'huurtoeslag', 'kinderbijslag',
  'school', 'energiecontract', 'inrichting', 'tandarts', 'bibliotheek',
];
