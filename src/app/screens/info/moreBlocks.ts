import nlInfomore from '../../../../locales/nl/infomore.json';
import type { GemeenteConfig } from '../../../gemeenten';
import type { PictogramName } from '../../components/Pictogram';
import type { BlockDef, BlockKey, SectionId } from './sections';

// What the municipalities' policy documents say that the informatiemap did not yet (issue 16,
// item 4): family who come later, children and inburgering, longer ontzorgen, meaningful daytime
// activity, free language help for people from Ukraine. Texts in locales/<lang>/infomore.json
// (`blocks.<id>`, and what only one municipality says under `local.<gemeente>.<id>`); each block
// sits on the page a reader would open, after the block it belongs with.

export type MoreBlockId = keyof typeof nlInfomore.blocks;

export interface MoreBlockDef {
  id: MoreBlockId;
  section: SectionId;
  /** The general block of that page it follows; at the end of the page if that one is not shown. */
  after: BlockKey;
  picture: PictogramName;
  /** Organisations (partner ids of the config) shown as cards under the block. */
  partners?: (gemeente: GemeenteConfig) => string[];
}

export const MORE_BLOCKS: MoreBlockDef[] = [
  { id: 'nareizigers', section: 'gezinsmigranten', after: 'sections.gezinsmigranten.blocks.wie', picture: 'familyLater' },
  { id: 'kinderen', section: 'school', after: 'sections.school.blocks.leerplicht', picture: 'childrenSchool' },
  { id: 'ontzorgenLonger', section: 'geld', after: 'sections.geld.blocks.daarna', picture: 'ontzorgenLonger' },
  { id: 'dagbesteding', section: 'werk', after: 'sections.werk.blocks.vrijwilligerswerk', picture: 'daytimeActivity' },
  { id: 'oekraineTaal', section: 'oekraine', after: 'sections.oekraine.blocks.taal', picture: 'languageHelp', partners: (g) => g.languageHelpUkraine },
];

/** A page's blocks in order: the general ones with the added ones after the block each follows. */
export type PageItem = { kind: 'block'; block: BlockDef } | { kind: 'more'; more: MoreBlockDef };

export function withMoreBlocks(section: SectionId, blocks: BlockDef[]): PageItem[] {
  const more = MORE_BLOCKS.filter((m) => m.section === section);
  const items: PageItem[] = blocks.flatMap((block) => [
    { kind: 'block' as const, block },
    ...more.filter((m) => m.after === block.key).map((m) => ({ kind: 'more' as const, more: m })),
  ]);
  const placed = new Set(items.flatMap((i) => (i.kind === 'more' ? [i.more.id] : [])));
  return [...items, ...more.filter((m) => !placed.has(m.id)).map((m) => ({ kind: 'more' as const, more: m }))];
}

type LocalTexts = typeof nlInfomore.local;
/** Key of what one municipality adds to a block: `local.<gemeente>.<block>`. */
export type LocalMoreKey = { [G in keyof LocalTexts]: `local.${G}.${keyof LocalTexts[G] & string}` }[keyof LocalTexts];

function isLocalMoreKey(gemeenteId: string, id: string): boolean {
  const local: Record<string, Record<string, string> | undefined> = nlInfomore.local;
  return Object.hasOwn(local, gemeenteId) && Object.hasOwn(local[gemeenteId] ?? {}, id);
}

/** The key of this municipality's own lines for a block, when it has any (checked against the Dutch source). */
export function localMoreKey(gemeenteId: string, id: MoreBlockId): LocalMoreKey | undefined {
  return isLocalMoreKey(gemeenteId, id) ? (`local.${gemeenteId}.${id}` as LocalMoreKey) : undefined;
}

/** The organisations a block lists here, in the config's order of ids; unknown ids are left out. */
export function morePartners(def: MoreBlockDef, gemeente: GemeenteConfig) {
  return (def.partners?.(gemeente) ?? []).flatMap((id) => gemeente.partners.filter((p) => p.id === id));
}
