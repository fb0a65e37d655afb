import type nlInfo from '../../../../locales/nl/info.json';
import type { GemeenteConfig } from '../../../gemeenten';
import type { PictogramName } from '../../components/Pictogram';

// The informatiemap as data: which pages there are, which blocks each page has, in which order,
// with which pictogram. The texts live in locales/<lang>/info.json under `sections.<id>`; a block's
// key is built here from typed ids, so a block without texts (or a typo) is a type error.

type Sections = typeof nlInfo.sections;
export type SectionId = keyof Sections;
type BlockId<S extends SectionId> = keyof Sections[S]['blocks'] & string;
/** Full key of a block's texts: `sections.<section>.blocks.<block>`, for every block that has texts. */
export type BlockKey = { [S in SectionId]: `sections.${S}.blocks.${BlockId<S>}` }[SectionId];

/** Where another component shows a drawing (src/app/infographics); plugged in by infographicSlots.tsx. */
export type InfographicSlot = 'traject' | 'trajectAdvice' | 'ontzorgen' | 'roles';

/** Extra content under a block's lines, filled from the municipality config. */
export type BlockExtra = 'ontzorgenCosts' | 'languageSchools';

export interface BlockDef {
  key: BlockKey;
  picture: PictogramName;
  /** Shown only where this holds (e.g. the money course only where it is compulsory). */
  when?: (gemeente: GemeenteConfig) => boolean;
  extra?: BlockExtra;
}

export interface SectionDef {
  picture: PictogramName;
  blocks: BlockDef[];
  infographic?: InfographicSlot;
}

function block<S extends SectionId, B extends BlockId<S>>(section: S, id: B, picture: PictogramName, options: Pick<BlockDef, 'when' | 'extra'> = {}) {
  return { key: `sections.${section}.blocks.${id}` as const, picture, ...options };
}

const courseCompulsory = (g: GemeenteConfig) => g.ontzorgen.courseCompulsory;

export const SECTIONS: Record<SectionId, SectionDef> = {
  welkom: {
    picture: 'welcome',
    blocks: [
      block('welkom', 'app', 'mobile'),
      block('welkom', 'taal', 'language'),
      block('welkom', 'voorlezen', 'speaker'),
      block('welkom', 'plaatjes', 'info'),
      block('welkom', 'woorden', 'books'),
      block('welkom', 'vraag', 'question'),
      block('welkom', 'privacy', 'lock'),
    ],
  },
  inburgering: {
    picture: 'finish',
    infographic: 'traject',
    blocks: [
      block('inburgering', 'wat', 'law'),
      block('inburgering', 'termijn', 'deadline'),
      block('inburgering', 'intake', 'meeting'),
      block('inburgering', 'pip', 'checklist'),
      block('inburgering', 'routes', 'lesson'),
      block('inburgering', 'map', 'work'),
      block('inburgering', 'pvt', 'pvt'),
      block('inburgering', 'examens', 'exam'),
      block('inburgering', 'voortgang', 'progressTalk'),
      block('inburgering', 'klaar', 'finish'),
      block('inburgering', 'telaat', 'warning'),
    ],
  },
  taal: {
    picture: 'speak',
    blocks: [
      block('taal', 'waarom', 'speak'),
      block('taal', 'school', 'lesson', { extra: 'languageSchools' }),
      block('taal', 'les', 'bring'),
      block('taal', 'werken', 'evening'),
      block('taal', 'oefenen', 'talk'),
      block('taal', 'taalmaatje', 'meeting'),
      block('taal', 'gratis', 'books'),
    ],
  },
  werk: {
    picture: 'work',
    blocks: [
      block('werk', 'waarom', 'work'),
      block('werk', 'map', 'checklist'),
      block('werk', 'meedoen', 'people'),
      block('werk', 'werkervaring', 'worker'),
      block('werk', 'vrijwilligerswerk', 'volunteer'),
      block('werk', 'diploma', 'exam'),
      block('werk', 'baan', 'euro'),
      block('werk', 'regels', 'law'),
    ],
  },
  geld: {
    picture: 'money',
    infographic: 'ontzorgen',
    blocks: [
      block('geld', 'ontzorgen', 'helpingHands', { extra: 'ontzorgenCosts' }),
      block('geld', 'daarna', 'bankCard'),
      block('geld', 'cursusVerplicht', 'budget', { when: courseCompulsory }),
      block('geld', 'cursus', 'budget', { when: (g) => !courseCompulsory(g) }),
      block('geld', 'bijstand', 'euro'),
      block('geld', 'plichten', 'law'),
      block('geld', 'toeslagen', 'money'),
      block('geld', 'bank', 'bank'),
      block('geld', 'post', 'letter'),
      block('geld', 'schulden', 'debt'),
      block('geld', 'oplichters', 'warning'),
    ],
  },
  wonen: {
    picture: 'housing',
    blocks: [
      block('wonen', 'huur', 'housing'),
      block('wonen', 'regelen', 'checklist'),
      block('wonen', 'inrichting', 'furniture'),
      block('wonen', 'kapot', 'repair'),
      block('wonen', 'energie', 'energy'),
      block('wonen', 'afval', 'recycle'),
      block('wonen', 'buren', 'houses'),
      block('wonen', 'veilig', 'fire'),
      block('wonen', 'huurtoeslag', 'euro'),
    ],
  },
  gezondheid: {
    picture: 'health',
    blocks: [
      block('gezondheid', 'huisarts', 'doctor'),
      block('gezondheid', 'avond', 'evening'),
      block('gezondheid', 'nood', 'ambulance'),
      block('gezondheid', 'verzekering', 'insurance'),
      block('gezondheid', 'eigenRisico', 'euro'),
      block('gezondheid', 'medicijnen', 'medicine'),
      block('gezondheid', 'tandarts', 'dentist'),
      block('gezondheid', 'gevoel', 'feelings'),
      block('gezondheid', 'zwanger', 'pregnant'),
      block('gezondheid', 'snappen', 'question'),
    ],
  },
  school: {
    picture: 'child',
    blocks: [
      block('school', 'leerplicht', 'law'),
      block('school', 'aanmelden', 'checklist'),
      block('school', 'nieuwkomers', 'lesson'),
      block('school', 'peuters', 'baby'),
      block('school', 'ziek', 'sick'),
      block('school', 'contact', 'teacher'),
      block('school', 'kosten', 'euro'),
      block('school', 'kinderbijslag', 'money'),
    ],
  },
  oekraine: {
    picture: 'sunflower',
    blocks: [
      block('oekraine', 'geenPlicht', 'law'),
      block('oekraine', 'taal', 'speak'),
      block('oekraine', 'werk', 'work'),
      block('oekraine', 'verblijf', 'id'),
      block('oekraine', 'zorg', 'health'),
    ],
  },
  azc: {
    picture: 'houses',
    blocks: [
      block('azc', 'coa', 'helpingHands'),
      block('azc', 'procedure', 'document'),
      block('azc', 'vroeg', 'start'),
      block('azc', 'status', 'key'),
      block('azc', 'werk', 'work'),
    ],
  },
  gezinsmigranten: {
    picture: 'family',
    infographic: 'trajectAdvice',
    blocks: [
      block('gezinsmigranten', 'wie', 'family'),
      block('gezinsmigranten', 'gemeente', 'townHall'),
      block('gezinsmigranten', 'zelf', 'euro'),
      block('gezinsmigranten', 'mapPvt', 'checklist'),
      block('gezinsmigranten', 'termijn', 'deadline'),
    ],
  },
};

/** The pages for everyone, in the order of the index. */
export const GENERAL_SECTIONS: SectionId[] = ['welkom', 'inburgering', 'taal', 'werk', 'geld', 'wonen', 'gezondheid', 'school'];
/** Pages for one group of people (no inburgering obligation, still in the AZC, family migrants). */
export const GROUP_SECTIONS: SectionId[] = ['oekraine', 'azc', 'gezinsmigranten'];

export function isSectionId(id: string | undefined): id is SectionId {
  return id !== undefined && Object.hasOwn(SECTIONS, id);
}

/** The blocks of a section that apply in this municipality. */
export function blocksFor(id: SectionId, gemeente: GemeenteConfig): BlockDef[] {
  return SECTIONS[id].blocks.filter((b) => !b.when || b.when(gemeente));
}
