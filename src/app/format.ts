import { intlHas, localeDataOf, type LocaleData } from './i18n/localeData';

// Dates and times in the reader's language. Appointments happen in the Netherlands, so they are
// always shown in Dutch time, whatever the phone's time zone. Where the browser has no data for a
// language (localeData.ts), the app formats with CLDR's patterns and names itself.

export const APPOINTMENT_TIME_ZONE = 'Europe/Amsterdam';

type Shape = keyof LocaleData['patterns'];

/** The Intl options of each shape; a 24-hour clock everywhere, as Dutch letters and schools write times. */
const INTL_OPTIONS: Record<Shape, Intl.DateTimeFormatOptions> = {
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  weekdayDayMonth: { weekday: 'long', day: 'numeric', month: 'long' },
  dayMonth: { day: 'numeric', month: 'short' },
  monthYearShort: { month: 'short', year: 'numeric' },
  monthYear: { month: 'long', year: 'numeric' },
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  dateTime: { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

/** Before a language's data has arrived: numbers only, never another language's month names. */
const NUMERIC: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'numeric', year: 'numeric' };

/**
 * A formatter is made once per language and shape and then reused: making one is slow (on a cheap
 * phone a few milliseconds each, more for the first in a time zone), and a screen formats many dates.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function intlFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // Always the Gregorian calendar: dates must match the letters and the school's timetable
    // (Persian and Dari would otherwise get the Solar Hijri calendar).
    formatter = new Intl.DateTimeFormat(locale, { timeZone: APPOINTMENT_TIME_ZONE, calendar: 'gregory', ...options });
    formatters.set(key, formatter);
  }
  return formatter;
}

function format(date: Date, language: string, shape: Shape): string {
  if (intlHas(language)) return intlFormatter(language, INTL_OPTIONS[shape]).format(date);
  const cldr = localeDataOf(language);
  if (cldr) return cldr.formatDate(date, shape, APPOINTMENT_TIME_ZONE);
  return intlFormatter('nl', shape === 'time' ? INTL_OPTIONS.time : NUMERIC).format(date);
}

const noon = (isoDate: string) => new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);

export function formatTime(iso: string, language: string): string {
  return format(new Date(iso), language, 'time');
}

/** A weekday with its date, e.g. "dinsdag 8 december". */
export function formatDay(iso: string, language: string): string {
  return format(new Date(iso), language, 'weekdayDayMonth');
}

/** A weekday, date and time in the language's own order and separators, e.g. "dinsdag 8 december om 18:30". */
export function formatDayTime(iso: string, language: string): string {
  return format(new Date(iso), language, 'dateTime');
}

/** A calendar date (`YYYY-MM-DD`, e.g. a step or the end of the term) with its year. */
export function formatDate(isoDate: string, language: string): string {
  return format(noon(isoDate), language, 'date');
}

/** A month (`YYYY-MM`), e.g. "november 2026". */
export function formatMonth(month: string, language: string): string {
  return format(noon(`${month.slice(0, 7)}-15`), language, 'monthYear');
}

/** A short day and month, e.g. "1 dec.", for lists where the month is already clear. */
export function formatDayMonth(isoDate: string, language: string): string {
  return format(noon(isoDate), language, 'dayMonth');
}

/** A short month with its year (`YYYY-MM`), e.g. "nov. 2026", for small calendar boxes. */
export function formatMonthShort(month: string, language: string): string {
  return format(noon(`${month.slice(0, 7)}-15`), language, 'monthYearShort');
}

/** The calendar day in Dutch time, e.g. `2026-11-24`, to group and compare days. */
export function dayKey(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return intlFormatter('en-CA', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(d);
}

function hourInNl(iso: string): number {
  return Number(intlFormatter('en-GB', { hour: '2-digit', hourCycle: 'h23' }).format(new Date(iso)));
}

export function isEvening(iso: string): boolean {
  return hourInNl(iso) >= 17;
}

export function isWeekend(iso: string): boolean {
  const weekday = intlFormatter('en-GB', { weekday: 'short' }).format(new Date(iso));
  return weekday === 'Sat' || weekday === 'Sun';
}

export function mapsUrl(address: string): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}
