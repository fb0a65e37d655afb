import type { i18n as I18n } from 'i18next';
import MiniSearch, { type SearchResult } from 'minisearch';
import type { GemeenteConfig } from '../../../../gemeenten';
import { collectDocs, SEARCH_NAMESPACES, type SearchDoc, type TextIn } from './searchDocs';
import { foldForSearch } from './normalise';

// The informatiemap search (issue 16), a chunk of its own: MiniSearch (about 6 KB gzip) and the
// index only load when someone starts to search, never with the first screen. The index is built
// in the phone from the texts it keeps offline, once per language and municipality per visit (under
// a tenth of a second for the largest language, in jsdom on a busy machine: searchEngine.test.ts),
// so it needs no storage of its own and is never out of date with the texts.

export interface Hit {
  href: string;
  picture: SearchDoc['picture'];
  page: TextIn;
  title: TextIn;
  /** The line of the text that was found (or the first), in the language it was found in. */
  snippet: TextIn;
}

export interface InfoSearch {
  language: string;
  search(query: string): Hit[];
}

const FIELDS = ['title', 'text', 'titleNl', 'textNl', 'keywords'] as const;
type Field = (typeof FIELDS)[number];
const DUTCH_FIELDS: readonly string[] = ['titleNl', 'textNl'];
const MAX_HITS = 20;
const SNIPPET_LENGTH = 140;

const processTerm = (term: string): string | null => foldForSearch(term) || null;

/** Prefix always ("huis" finds "huisarts"); one typo from five letters on, two from ten. */
const fuzzy = (term: string): number | false => (term.length >= 5 ? 0.2 : false);

function snippetOf(text: TextIn, terms: string[]): TextIn {
  const lines = text.text.split('\n').filter((line) => line.trim() !== '');
  const line = lines.find((l) => terms.some((term) => foldForSearch(l).includes(term))) ?? lines[0] ?? '';
  const short = line.length > SNIPPET_LENGTH ? `${line.slice(0, SNIPPET_LENGTH).replace(/\s+\S*$/u, '')} …` : line;
  return { text: short, lang: text.lang };
}

function hitOf(doc: SearchDoc, result: SearchResult): Hit {
  const fields = Object.values(result.match).flat();
  // Found only in the Dutch: the title stays in the reader's language, the line found is shown in
  // Dutch, so the reader sees why it was found.
  const inDutch = fields.length > 0 && fields.every((f) => DUTCH_FIELDS.includes(f));
  const inTitleOnly = fields.every((f) => f !== 'text' && f !== 'textNl');
  const text: TextIn = inDutch && doc.textNl ? { text: doc.textNl, lang: 'nl' } : doc.text;
  return { href: doc.href, picture: doc.picture, page: doc.page, title: doc.title, snippet: snippetOf(text, inTitleOnly ? [] : result.terms) };
}

/** The search over these documents. */
export function searchOver(docs: SearchDoc[], language: string): InfoSearch {
  const index = new MiniSearch<{ id: number } & Record<Field, string>>({
    fields: [...FIELDS],
    processTerm,
    searchOptions: { prefix: true, fuzzy, boost: { title: 3, titleNl: 2, text: 1, textNl: 0.5, keywords: 1 } },
  });
  index.addAll(docs.map((doc, id) => ({ id, title: doc.title.text, text: doc.text.text, titleNl: doc.titleNl, textNl: doc.textNl, keywords: doc.keywords ?? '' })));
  return {
    language,
    search(query) {
      if (!query.trim()) return [];
      // Every word should be found; if that finds nothing, any word will do.
      let results = index.search(query, { combineWith: 'AND' });
      if (!results.length) results = index.search(query, { combineWith: 'OR' });
      return results.slice(0, MAX_HITS).flatMap((result) => {
        const doc = docs[result.id as number];
        return doc ? [hitOf(doc, result)] : [];
      });
    },
  };
}

/** Built once per visit; one built offline with some texts in Dutch is built again on the next visit. */
const built = new Map<string, InfoSearch>();

/**
 * The search in the reader's language. Loads the texts it needs (kept offline once read; where a
 * language's texts are missing, the Dutch stand in) and builds the index once per visit.
 */
export async function openSearch(i18n: I18n, gemeente: GemeenteConfig): Promise<InfoSearch> {
  const language = i18n.language;
  const key = `${language}:${gemeente.id}`;
  const ready = built.get(key);
  if (ready) return ready;
  // Offline with a language's chunk never kept, loading fails: its texts then come in Dutch.
  await i18n.loadNamespaces([...SEARCH_NAMESPACES]).catch(() => undefined);
  const search = searchOver(collectDocs(i18n, language, gemeente), language);
  built.set(key, search);
  return search;
}
