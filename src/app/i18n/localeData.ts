// Dates and numbers for the languages the browser has no data for. Chromium's ICU lacks Tigrinya,
// Somali, Pashto and Kurmanji: Intl then formats in English or Dutch. For those the app brings the
// Unicode CLDR's own data (cldr-dates-full, cldr-numbers-full), one small chunk per language,
// loaded together with that language's texts (i18n.ts), never with the first screen.

/** The CLDR locale of an app language where the codes differ (CLDR names Kurmanji `ku`). */
const CLDR_LOCALE: Record<string, string> = { kmr: 'ku' };

/** The parts of CLDR's Gregorian calendar and number data the app formats with. */
export interface LocaleData {
  months: { abbreviated: Record<string, string>; wide: Record<string, string> };
  days: { abbreviated: Record<string, string>; wide: Record<string, string> };
  /** CLDR date patterns: `Hm`, `MMMEd`, `MMMd`, `yMMM`, `yMMMM`, the long date, date + time. */
  patterns: { time: string; weekdayDayMonth: string; dayMonth: string; monthYearShort: string; monthYear: string; date: string; dateTime: string };
  numberingSystem: string;
  decimal: string;
  group: string;
  /** e.g. `¤#,##0.00` or `#,##0.00 ¤`. */
  currency: string;
}

interface CldrGregorian {
  months: { format: { abbreviated: Record<string, string>; wide: Record<string, string> } };
  days: { format: { abbreviated: Record<string, string>; wide: Record<string, string> } };
  dateFormats: { long: string };
  dateTimeFormats: { medium: string; availableFormats: Record<string, string | undefined> };
}

interface CldrNumbers {
  defaultNumberingSystem: string;
  [key: string]: unknown;
}

type Loader = () => Promise<[{ default: { main: Record<string, { dates: { calendars: { gregorian: CldrGregorian } } }> } }, { default: { main: Record<string, { numbers: CldrNumbers }> } }]>;

// One import per language, so each is its own chunk (only the reader's language is fetched).
const LOADERS: Record<string, Loader> = {
  ti: () => Promise.all([import('cldr-dates-full/main/ti/ca-gregorian.json'), import('cldr-numbers-full/main/ti/numbers.json')]),
  so: () => Promise.all([import('cldr-dates-full/main/so/ca-gregorian.json'), import('cldr-numbers-full/main/so/numbers.json')]),
  ps: () => Promise.all([import('cldr-dates-full/main/ps/ca-gregorian.json'), import('cldr-numbers-full/main/ps/numbers.json')]),
  ku: () => Promise.all([import('cldr-dates-full/main/ku/ca-gregorian.json'), import('cldr-numbers-full/main/ku/numbers.json')]),
};

/** A language's CLDR data with the formatter over it (cldrFormat.ts, loaded with the data). */
export interface LoadedLocale {
  data: LocaleData;
  formatDate(date: Date, shape: keyof LocaleData['patterns'], timeZone: string): string;
  formatMoney(amount: number): string;
}

const loaded = new Map<string, LoadedLocale>();
const intlSupport = new Map<string, boolean>();

/** Whether the browser's Intl has date data for this language (Chromium: not ti, so, ps, kmr). */
export function intlHas(language: string): boolean {
  let has = intlSupport.get(language);
  if (has === undefined) {
    has = Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0;
    intlSupport.set(language, has);
  }
  return has;
}

/** The CLDR data of a language the browser lacks, once loaded; null where Intl is used. */
export function localeDataOf(language: string): LoadedLocale | null {
  return loaded.get(language) ?? null;
}

/** Turns CLDR's JSON into what the formatter reads; exported for tests. */
export function toLocaleData(gregorian: CldrGregorian, numbers: CldrNumbers): LocaleData {
  const formats = gregorian.dateTimeFormats.availableFormats;
  const ns = numbers.defaultNumberingSystem;
  const symbols = (numbers[`symbols-numberSystem-${ns}`] ?? numbers['symbols-numberSystem-latn']) as { decimal: string; group: string };
  const currency = (numbers[`currencyFormats-numberSystem-${ns}`] ?? numbers['currencyFormats-numberSystem-latn']) as { standard: string };
  // A long weekday with a long month, built from the short skeleton as ICU does when the long one is missing.
  const weekdayDayMonth = formats.MMMMEEEEd ?? (formats.MMMMEd ?? formats.MMMEd ?? 'E d MMM').replace(/M{3,4}/, 'MMMM').replace(/E+/, 'EEEE');
  return {
    months: gregorian.months.format,
    days: gregorian.days.format,
    patterns: {
      time: formats.Hm ?? 'HH:mm',
      weekdayDayMonth,
      dayMonth: formats.MMMd ?? 'd MMM',
      monthYearShort: formats.yMMM ?? 'MMM y',
      monthYear: formats.yMMMM ?? 'MMMM y',
      date: gregorian.dateFormats.long,
      dateTime: gregorian.dateTimeFormats.medium,
    },
    numberingSystem: ns,
    decimal: symbols.decimal,
    group: symbols.group,
    currency: currency.standard.split(';')[0] ?? '¤#,##0.00',
  };
}

/**
 * Loads the CLDR data of a language the browser lacks; resolves at once for every other language.
 * Called with the language's texts, so dates are right on the first screen in that language.
 */
export async function loadLocaleData(language: string): Promise<void> {
  if (loaded.has(language) || intlHas(language)) return;
  const cldr = CLDR_LOCALE[language] ?? language;
  const load = LOADERS[cldr];
  if (!load) return;
  const [[dates, numbers], formatter] = await Promise.all([load(), import('./cldrFormat')]);
  const gregorian = dates.default.main[cldr]?.dates.calendars.gregorian;
  const nums = numbers.default.main[cldr]?.numbers;
  if (!gregorian || !nums) return;
  const data = toLocaleData(gregorian, nums);
  loaded.set(language, {
    data,
    formatDate: (date, shape, timeZone) => formatter.formatWithCldr(date, data, data.patterns[shape], timeZone),
    formatMoney: (amount) => formatter.formatMoneyWithCldr(amount, data),
  });
}
