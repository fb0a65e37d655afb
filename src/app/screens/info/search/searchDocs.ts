import type { i18n as I18n } from 'i18next';
import type { GemeenteConfig } from '../../../../gemeenten';
import type { PictogramName } from '../../../components/Pictogram';
import { SOURCE_LANGUAGE } from '../../../i18n/languages';
import { localBlockKey, partnerKey } from '../gemeenteTexts';
import { localMoreKey, MORE_BLOCKS } from '../moreBlocks';
import { WORDS, type WordId } from '../glossary';
import { blocksFor, GENERAL_SECTIONS, GROUP_SECTIONS, SECTIONS } from '../sections';
import { blockAnchor, moreAnchor, partnerAnchor } from './anchors';

// What the informatiemap search looks in: every section of every page, the glossary's words and
// the municipality's partners, from the texts the app keeps offline (issue 16). A text the reader's
// language lacks (not translated yet, or its chunk not kept while offline) is taken in Dutch and
// marked so; the Dutch text is always searchable as well, as people type words from letters.

/** A text and the language it is in; `null`: a proper name, in no language of its own. */
export interface TextIn {
  text: string;
  lang: string | null;
}

export interface SearchDoc {
  /** Where the result leads: the page, and the section's anchor on it. */
  href: string;
  /** The page's picture. */
  picture: PictogramName;
  page: TextIn;
  title: TextIn;
  text: TextIn;
  /** The same in Dutch (empty for a Dutch reader: nothing to add). */
  titleNl: string;
  textNl: string;
  /** More words that find it, never shown (a partner's role, in both languages). */
  keywords?: string;
}

export const SEARCH_NAMESPACES = ['info', 'glossary', 'gemeente', 'infomore'] as const;
type SearchNamespace = (typeof SEARCH_NAMESPACES)[number];
type Lookup = (key: string, values?: Record<string, unknown>) => string;

/** The texts of one language and Dutch, with the values every informatiemap text may use. */
function textsOf(i18n: I18n, language: string, gemeente: GemeenteConfig) {
  const fixed = (lng: string, ns: SearchNamespace) => i18n.getFixedT(lng, ns) as unknown as Lookup;
  const valuesIn = (lng: string) => ({
    gemeente: gemeente.name,
    months: gemeente.ontzorgen.months,
    regieRole: fixed(lng, 'info')(`roles.${gemeente.regieRole}.inText`),
  });
  const values = valuesIn(language);
  const valuesNl = valuesIn(SOURCE_LANGUAGE);
  const reader = language !== SOURCE_LANGUAGE;
  /** These texts, one per line, in the reader's language where it has them all, else in Dutch. */
  const text = (ns: SearchNamespace, ...keys: string[]): TextIn => {
    const lng = keys.every((key) => typeof i18n.getResource(language, ns, key) === 'string') ? language : SOURCE_LANGUAGE;
    return { text: keys.map((key) => fixed(lng, ns)(key, lng === language ? values : valuesNl)).join('\n'), lang: lng };
  };
  /** The Dutch of these texts, one per line; nothing for a Dutch reader. */
  const dutch = (ns: SearchNamespace, ...keys: string[]): string => (reader ? keys.map((key) => fixed(SOURCE_LANGUAGE, ns)(key, valuesNl)).join('\n') : '');
  return { text, dutch };
}

/** The documents of the search, in the reader's language; the namespaces must be loaded. */
export function collectDocs(i18n: I18n, language: string, gemeente: GemeenteConfig): SearchDoc[] {
  const { text, dutch } = textsOf(i18n, language, gemeente);
  const docs: SearchDoc[] = [];

  for (const id of [...GENERAL_SECTIONS, ...GROUP_SECTIONS]) {
    const page = text('info', `sections.${id}.title`);
    const picture = SECTIONS[id].picture;
    docs.push({ href: `/info/${id}`, picture, page, title: page, text: text('info', `sections.${id}.summary`), titleNl: dutch('info', `sections.${id}.title`), textNl: dutch('info', `sections.${id}.summary`) });
    for (const block of blocksFor(id, gemeente)) {
      docs.push({
        href: `/info/${id}#${blockAnchor(block.key)}`,
        picture,
        page,
        title: text('info', `${block.key}.title`),
        text: text('info', `${block.key}.text`),
        titleNl: dutch('info', `${block.key}.title`),
        textNl: dutch('info', `${block.key}.text`),
      });
    }
    for (const more of MORE_BLOCKS.filter((m) => m.section === id)) {
      const local = localMoreKey(gemeente.id, more.id);
      const keys = [`blocks.${more.id}.text`, ...(local ? [local] : [])];
      docs.push({
        href: `/info/${id}#${moreAnchor(more.id)}`,
        picture,
        page,
        title: text('infomore', `blocks.${more.id}.title`),
        text: text('infomore', ...keys),
        titleNl: dutch('infomore', `blocks.${more.id}.title`),
        textNl: dutch('infomore', ...keys),
      });
    }
    for (const local of gemeente.infoBlocks[id] ?? []) {
      const key = localBlockKey(gemeente.id, id, local.id);
      if (!key) continue;
      docs.push({
        href: `/info/${id}#${local.id}`,
        picture,
        page,
        title: text('gemeente', `${key}.title`),
        text: text('gemeente', `${key}.text`),
        titleNl: dutch('gemeente', `${key}.title`),
        textNl: dutch('gemeente', `${key}.text`),
      });
    }
  }

  const glossaryPage = text('glossary', 'title');
  for (const [id, word] of Object.entries(WORDS) as [WordId, (typeof WORDS)[WordId]][]) {
    if (word.when && !word.when(gemeente)) continue;
    // The word itself is Dutch in every language: people meet it in letters.
    const title = { text: word.full ? `${word.word} (${word.full})` : word.word, lang: SOURCE_LANGUAGE };
    docs.push({
      href: `/info/woorden#${id}`,
      picture: 'books',
      page: glossaryPage,
      title,
      text: text('glossary', `words.${id}.meaning`, `words.${id}.text`),
      titleNl: '',
      textNl: dutch('glossary', `words.${id}.meaning`, `words.${id}.text`),
    });
  }

  const helpPage = text('info', 'help.title');
  for (const partner of gemeente.partners) {
    const key = partnerKey(gemeente.id, partner.id);
    const role = partner.role === 'other' ? [] : [text('info', `roles.${partner.role}.name`).text, dutch('info', `roles.${partner.role}.name`)];
    docs.push({
      href: `/info/hulp#${partnerAnchor(partner.id)}`,
      picture: 'helpingHands',
      page: helpPage,
      title: { text: partner.name, lang: null },
      text: key ? text('gemeente', `${key}.helpsWith`) : { text: '', lang: null },
      titleNl: '',
      textNl: key ? dutch('gemeente', `${key}.helpsWith`) : '',
      keywords: role.join('\n'),
    });
  }
  return docs;
}
