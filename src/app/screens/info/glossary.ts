import type nlGlossary from '../../../../locales/nl/glossary.json';
import type { GemeenteConfig } from '../../../gemeenten';
import type { PictogramName } from '../../components/Pictogram';

// The Dutch words of the glossary. The word itself is never translated (people meet it in letters),
// so it lives here, not in the locales; its meaning and explanation are in glossary.json.

export type WordId = keyof typeof nlGlossary.words;

export interface Word {
  /** As it is written in Dutch letters. */
  word: string;
  /** The words behind an abbreviation, in Dutch. */
  full?: string;
  picture: PictogramName;
  /** Only where this holds, e.g. the name of the regie role of this municipality. */
  when?: (gemeente: GemeenteConfig) => boolean;
}

export const WORDS: Record<WordId, Word> = {
  apotheek: { word: 'apotheek', picture: 'medicine' },
  b1Route: { word: 'B1-route', picture: 'lesson' },
  belastingdienst: { word: 'Belastingdienst', picture: 'office' },
  beschikking: { word: 'beschikking', picture: 'document' },
  bijstand: { word: 'bijstand', picture: 'euro' },
  bredeIntake: { word: 'brede intake', picture: 'meeting' },
  bsn: { word: 'BSN', full: 'burgerservicenummer', picture: 'id' },
  casusregisseur: { word: 'casusregisseur', picture: 'townHall', when: (g) => g.regieRole === 'casusregisseur' },
  coa: { word: 'COA', full: 'Centraal Orgaan opvang asielzoekers', picture: 'houses' },
  consulentInburgering: { word: 'consulent inburgering', picture: 'townHall', when: (g) => g.regieRole === 'consulent-inburgering' },
  digid: { word: 'DigiD', picture: 'lock' },
  duo: { word: 'DUO', full: 'Dienst Uitvoering Onderwijs', picture: 'exam' },
  eigenRisico: { word: 'eigen risico', picture: 'insurance' },
  financieelOntzorgen: { word: 'financieel ontzorgen', picture: 'agenda' },
  gemeente: { word: 'gemeente', picture: 'townHall' },
  gezinsmigrant: { word: 'gezinsmigrant', picture: 'family' },
  huisarts: { word: 'huisarts', picture: 'doctor' },
  huisartsenpost: { word: 'huisartsenpost', picture: 'evening' },
  huurcontract: { word: 'huurcontract', picture: 'housing' },
  huurtoeslag: { word: 'huurtoeslag', picture: 'home' },
  inburgeringsplicht: { word: 'inburgeringsplicht', picture: 'law' },
  ind: { word: 'IND', full: 'Immigratie- en Naturalisatiedienst', picture: 'id' },
  kinderbijslag: { word: 'kinderbijslag', picture: 'child' },
  knm: { word: 'KNM', full: 'Kennis van de Nederlandse Maatschappij', picture: 'books' },
  leerbaarheidstoets: { word: 'leerbaarheidstoets', picture: 'write' },
  leerplicht: { word: 'leerplicht', picture: 'lesson' },
  leerroute: { word: 'leerroute', picture: 'start' },
  maatschappelijkBegeleider: { word: 'maatschappelijk begeleider', picture: 'helpingHands' },
  map: { word: 'MAP', full: 'Module Arbeidsmarkt en Participatie', picture: 'work' },
  onderwijsroute: { word: 'onderwijsroute', picture: 'exam' },
  pip: { word: 'PIP', full: 'Persoonlijk Plan Inburgering en Participatie', picture: 'checklist' },
  pvt: { word: 'PVT', full: 'Participatieverklaringstraject', picture: 'pvt' },
  statushouder: { word: 'statushouder', picture: 'key' },
  svb: { word: 'SVB', full: 'Sociale Verzekeringsbank', picture: 'bank' },
  taalmaatje: { word: 'taalmaatje', picture: 'talk' },
  toeslag: { word: 'toeslag', picture: 'money' },
  uitkering: { word: 'uitkering', picture: 'euro' },
  uwv: { word: 'UWV', full: 'Uitvoeringsinstituut Werknemersverzekeringen', picture: 'worker' },
  vasteLasten: { word: 'vaste lasten', picture: 'document' },
  verblijfsvergunning: { word: 'verblijfsvergunning', picture: 'id' },
  vrijwilligerswerk: { word: 'vrijwilligerswerk', picture: 'volunteer' },
  werkervaringsplaats: { word: 'werkervaringsplaats', picture: 'worker' },
  woningcorporatie: { word: 'woningcorporatie', picture: 'houses' },
  zRoute: { word: 'Z-route', full: 'zelfredzaamheidsroute', picture: 'speak' },
  zorgtoeslag: { word: 'zorgtoeslag', picture: 'health' },
  zorgverzekering: { word: 'zorgverzekering', picture: 'insurance' },
};

/** Lower case without accents, any space as one space: "Oekraïne" is found as "oekraine". */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/\s+/g, ' ').toLowerCase();
}
