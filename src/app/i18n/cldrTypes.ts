// The shapes of CLDR's data as the app reads it, apart from the loader (localeData.ts) and the
// formatter (cldrFormat.ts), so neither imports the other.

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

export interface CldrGregorian {
  months: { format: { abbreviated: Record<string, string>; wide: Record<string, string> } };
  days: { format: { abbreviated: Record<string, string>; wide: Record<string, string> } };
  dateFormats: { long: string };
  dateTimeFormats: { medium: string; availableFormats: Record<string, string | undefined> };
}

export interface CldrNumbers {
  defaultNumberingSystem: string;
  [key: string]: unknown;
}

/** A language's CLDR data with the formatter over it (cldrFormat.ts, loaded with the data). */
export interface LoadedLocale {
  data: LocaleData;
  formatDate(date: Date, shape: keyof LocaleData['patterns'], timeZone: string): string;
  formatMoney(amount: number): string;
}
