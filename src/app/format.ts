// Dates and times in the reader's language. Appointments happen in the Netherlands, so they are
// always shown in Dutch time, whatever the phone's time zone.

export const APPOINTMENT_TIME_ZONE = 'Europe/Amsterdam';

function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // Not every runtime has data for every language (e.g. Tigrinya): fall back to Dutch.
  const locale = Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0 ? language : 'nl';
  // Always the Gregorian calendar: dates must match the letters and the school's timetable
  // (Persian and Dari would otherwise get the Solar Hijri calendar).
  return new Intl.DateTimeFormat(locale, { timeZone: APPOINTMENT_TIME_ZONE, calendar: 'gregory', ...options });
}

export function formatTime(iso: string, language: string): string {
  return formatter(language, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

export function formatDay(iso: string, language: string): string {
  return formatter(language, { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(iso));
}

/** A calendar date (`YYYY-MM-DD`, e.g. a step or the end of the term) with its year. */
export function formatDate(isoDate: string, language: string): string {
  return formatter(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));
}

/** A month (`YYYY-MM`), e.g. "november 2026". */
export function formatMonth(month: string, language: string): string {
  return formatter(language, { month: 'long', year: 'numeric' }).format(new Date(`${month.slice(0, 7)}-15T12:00:00Z`));
}

/** A short day and month, e.g. "1 dec.", for lists where the month is already clear. */
export function formatDayMonth(isoDate: string, language: string): string {
  return formatter(language, { day: 'numeric', month: 'short' }).format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));
}

/** A short month with its year (`YYYY-MM`), e.g. "nov. 2026", for small calendar boxes. */
export function formatMonthShort(month: string, language: string): string {
  return formatter(language, { month: 'short', year: 'numeric' }).format(new Date(`${month.slice(0, 7)}-15T12:00:00Z`));
}

/** The calendar day in Dutch time, e.g. `2026-11-24`, to group and compare days. */
export function dayKey(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return new Intl.DateTimeFormat('en-CA', { timeZone: APPOINTMENT_TIME_ZONE }).format(d);
}

function hourInNl(iso: string): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: APPOINTMENT_TIME_ZONE, hour: '2-digit', hourCycle: 'h23' }).format(new Date(iso)));
}

export function isEvening(iso: string): boolean {
  return hourInNl(iso) >= 17;
}

export function isWeekend(iso: string): boolean {
  const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: APPOINTMENT_TIME_ZONE, weekday: 'short' }).format(new Date(iso));
  return weekday === 'Sat' || weekday === 'Sun';
}

export function mapsUrl(address: string): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}
