import { intlHas, localeDataOf } from '../../i18n/localeData';

// Money in the reader's language, one format per language. Where the browser has no number data
// for the language (localeData.ts) the app formats with CLDR's pattern and symbols.

const formats = new Map<string, Intl.NumberFormat>();

export function formatEuro(cents: number, language: string): string {
  const amount = cents / 100;
  if (!intlHas(language)) {
    const cldr = localeDataOf(language);
    if (cldr) return cldr.formatMoney(amount);
  }
  const locale = intlHas(language) ? language : 'nl';
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    formats.set(locale, f);
  }
  return f.format(amount);
}
