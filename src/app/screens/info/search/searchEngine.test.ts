import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gemeenteById, type GemeenteConfig } from '../../../../gemeenten';
import { initI18n } from '../../../i18n/i18n';
import { LANGUAGES } from '../../../i18n/languages';
import { collectDocs, SEARCH_NAMESPACES } from './searchDocs';
import { searchOver, type Hit } from './searchEngine';

// The search over the real texts of the app, in the languages whose scripts need the most care.

function rijswijk(): GemeenteConfig {
  const config = gemeenteById('rijswijk');
  if (!config) throw new Error('no rijswijk');
  return config;
}

async function searchIn(language: string) {
  await i18next.changeLanguage(language);
  await i18next.loadNamespaces([...SEARCH_NAMESPACES]);
  return searchOver(collectDocs(i18next, language, rijswijk()), language);
}

const hrefs = (hits: Hit[]) => hits.map((h) => h.href);

describe('informatiemap search', { timeout: 30_000 }, () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  afterEach(async () => {
    await i18next.changeLanguage('nl');
  });

  it('nl: finds a section by a word of its text, with a typo, and without the diaeresis', async () => {
    const search = await searchIn('nl');
    expect(hrefs(search.search('ziekenhuis'))).toContain('/info/gezondheid#huisarts');
    expect(hrefs(search.search('huurcontrakt')).slice(0, 3)).toContain('/info/wonen#huur');
    expect(hrefs(search.search('oekraine'))[0]).toBe('/info/oekraine');
    // Prefix: the start of a word is enough.
    expect(hrefs(search.search('huisar'))).toContain('/info/gezondheid#huisarts');
  });

  it('nl: finds glossary words and partners, each at its place', async () => {
    const search = await searchIn('nl');
    expect(hrefs(search.search('burgerservicenummer'))[0]).toBe('/info/woorden#bsn');
    expect(hrefs(search.search('Welzijn'))).toContain('/info/hulp#organisatie-welzijn');
    const hit = search.search('bijstand').find((h) => h.href === '/info/woorden#bijstand');
    expect(hit?.title).toEqual({ text: 'bijstand', lang: 'nl' });
  });

  it('nl: finds the blocks added from the policy documents, at their place', async () => {
    const search = await searchIn('nl');
    expect(hrefs(search.search('nareizigers'))).toContain('/info/gezinsmigranten#meer-nareizigers');
    expect(hrefs(search.search('dagbesteding'))).toContain('/info/werk#meer-dagbesteding');
  });

  it('nl: finds nothing for a word that is nowhere (the check can fail)', async () => {
    const search = await searchIn('nl');
    expect(search.search('xyzzyqq')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
  });

  it('ar: finds the rent section without the hamza, and with vowel marks', async () => {
    const search = await searchIn('ar');
    for (const query of ['الايجار', 'الإيجار', 'عَقْد الإيجار', 'عقـــد']) expect(hrefs(search.search(query)), query).toContain('/info/wonen#huur');
    const hit = search.search('الايجار').find((h) => h.href === '/info/wonen#huur');
    expect(hit?.title.lang).toBe('ar');
    expect(hit?.snippet.text).toContain('الإيجار');
  });

  it('ar: finds the family doctor with hā’ for tā’ marbūṭa', async () => {
    const search = await searchIn('ar');
    expect(hrefs(search.search('طبيب العائله'))).toContain('/info/gezondheid#huisarts');
  });

  it('ar: a Dutch word found only in the Dutch text shows that Dutch text, marked as Dutch', async () => {
    const search = await searchIn('ar');
    const hit = search.search('ziekenhuis').find((h) => h.href === '/info/gezondheid#huisarts');
    expect(hit?.snippet.lang).toBe('nl');
    expect(hit?.snippet.text).toContain('ziekenhuis');
  });

  it('fa: finds the family doctor typed with an Arabic kāf, and words with or without the zero-width joiner', async () => {
    const search = await searchIn('fa');
    expect(hrefs(search.search('پزشك خانواده'))).toContain('/info/gezondheid#huisarts');
    expect(hrefs(search.search('اجاره ميكنيد'))).toContain('/info/wonen#huur');
  });

  it('uk: finds the rent section and the doctor by the start of a word', async () => {
    const search = await searchIn('uk');
    expect(hrefs(search.search('оренди'))).toContain('/info/wonen#huur');
    expect(hrefs(search.search('сімейний лік'))).toContain('/info/gezondheid#huisarts');
  });

  it('ti: finds the rent section and the doctor in Ge’ez script', async () => {
    const search = await searchIn('ti');
    expect(hrefs(search.search('ክራይ'))).toContain('/info/wonen#huur');
    expect(hrefs(search.search('ሓኪም ስድራ'))).toContain('/info/gezondheid#huisarts');
  });

  it('takes a text the language lacks in Dutch, marked as Dutch', async () => {
    await i18next.changeLanguage('ar');
    await i18next.loadNamespaces([...SEARCH_NAMESPACES]);
    const kept = i18next.getResourceBundle('ar', 'gemeente') as object;
    i18next.removeResourceBundle('ar', 'gemeente');
    try {
      const docs = collectDocs(i18next, 'ar', rijswijk());
      const welzijn = docs.find((d) => d.href === '/info/hulp#organisatie-welzijn');
      expect(welzijn?.text.lang).toBe('nl');
      expect(welzijn?.text.text).toContain('maatschappelijk begeleider');
      const huur = docs.find((d) => d.href === '/info/wonen#huur');
      expect(huur?.text.lang).toBe('ar');
    } finally {
      i18next.addResourceBundle('ar', 'gemeente', kept);
    }
  });

  it('builds the index of the largest language fast enough to build on each visit', async () => {
    const sizes = await Promise.all(
      LANGUAGES.map(async (l) => ({ code: l.code, size: JSON.stringify((await import(`../../../../../locales/${l.code}/info.json`)).default).length })),
    );
    const largest = sizes.sort((a, b) => b.size - a.size)[0]?.code ?? 'nl';
    await i18next.changeLanguage(largest);
    await i18next.loadNamespaces([...SEARCH_NAMESPACES]);
    const start = performance.now();
    const search = searchOver(collectDocs(i18next, largest, rijswijk()), largest);
    search.search('a');
    const ms = performance.now() - start;
    console.info(`search index for ${largest}: ${ms.toFixed(1)} ms`);
    // A few milliseconds on a laptop; the bound leaves room for a slow phone and a busy test machine.
    expect(ms).toBeLessThan(500);
  });
});
