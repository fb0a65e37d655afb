import nlGemeente from '../../../../locales/nl/gemeente.json';

// Texts of one municipality live in gemeente.json under its id, so Zevenaar never shows a word
// about Rijswijk. Ids come from the config at run time; these guards check them against the Dutch
// source and give back a key that i18next's types accept (or nothing, when a text is missing).

type Texts = typeof nlGemeente;
type GemeenteId = keyof Texts;
type PartnerIds<G extends GemeenteId> = keyof Texts[G]['partners'] & string;
type SectionTexts<G extends GemeenteId> = Texts[G]['sections'];

export type PartnerKey = { [G in GemeenteId]: `${G}.partners.${PartnerIds<G>}` }[GemeenteId];
export type LocalBlockKey = {
  [G in GemeenteId]: {
    [S in keyof SectionTexts<G> & string]: `${G}.sections.${S}.${keyof SectionTexts<G>[S] & string}`;
  }[keyof SectionTexts<G> & string];
}[GemeenteId];

function hasPath(path: string[]): boolean {
  let node: unknown = nlGemeente;
  for (const part of path) {
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

function isPartnerKey(key: string): key is PartnerKey {
  return hasPath(key.split('.'));
}

function isLocalBlockKey(key: string): key is LocalBlockKey {
  return hasPath(key.split('.'));
}

export function partnerKey(gemeenteId: string, partnerId: string): PartnerKey | undefined {
  const key = `${gemeenteId}.partners.${partnerId}`;
  return isPartnerKey(key) ? key : undefined;
}

export function localBlockKey(gemeenteId: string, sectionId: string, blockId: string): LocalBlockKey | undefined {
  const key = `${gemeenteId}.sections.${sectionId}.${blockId}`;
  return isLocalBlockKey(key) ? key : undefined;
}
