// Dates and numbers for the languages the browser has no data for. Chromium's ICU lacks Tigrinya,
// Somali, Pashto and Kurmanji: Intl then formats in English or Dutch. For those the app brings the
// Unicode CLDR's own data (cldr-dates-full, cldr-numbers-full), one small chunk per language,
// loaded together with that language's texts (i18n.ts), never with the first screen.

import type { LoadedLocale } from './cldrTypes';

export type { LocaleData } from './cldrTypes';

// One module per language (cldr/<CLDR locale>.ts: its data and the formatter), so each is its own
// chunk and only the reader's language is fetched. CLDR names Kurmanji `ku`.
const LOADERS: Record<string, () => Promise<{ default: LoadedLocale }>> = {
  ti: () => import('./cldr/ti'),
  so: () => import('./cldr/so'),
  ps: () => import('./cldr/ps'),
  kmr: () => import('./cldr/ku'),
};

const loaded = new Map<string, LoadedLocale>();
/** Asked once per language: each answer costs a cheap phone tens of milliseconds in Chromium, and every date asks. */
const intlAnswers = new Map<string, boolean>();

/** Whether the browser's Intl has date data for this language (Chromium: not ti, so, ps, kmr). */
export function intlHas(language: string): boolean {
  let has = intlAnswers.get(language);
  if (has === undefined) {
    has = Intl.DateTimeFormat.supportedLocalesOf(language).length > 0;
    intlAnswers.set(language, has);
  }
  return has;
}

/** The CLDR data of a language the browser lacks, once loaded; null where Intl is used. */
export function localeDataOf(language: string): LoadedLocale | null {
  return loaded.get(language) ?? null;
}

/**
 * Loads the CLDR data of a language the browser lacks; resolves at once for every other language.
 * Called with the language's texts, so dates are right on the first screen in that language.
 */
export async function loadLocaleData(language: string): Promise<void> {
  if (loaded.has(language) || intlHas(language)) return;
  const load = LOADERS[language];
  if (!load) return;
  loaded.set(language, (await load()).default);
}
