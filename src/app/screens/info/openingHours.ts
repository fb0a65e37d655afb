import { formatTime } from '../../format';
import { intlHas, localeDataOf } from '../../i18n/localeData';

// Opening hours in the reader's language, with the app's date and time formatting (format.ts,
// localeData.ts). Kept here, with the informatiemap, so the first screen does not carry it.

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

function intlWeekday(language: string, date: Date): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', calendar: 'gregory', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** The name of a weekday (ISO: 1 = Monday … 7 = Sunday) in the reader's language, e.g. "maandag". */
export function formatWeekday(day: number, language: string): string {
  // 5 January 2026 is a Monday; noon, so the day is the same in every time zone.
  const date = new Date(Date.UTC(2026, 0, 4 + day, 12));
  if (intlHas(language)) return intlWeekday(language, date);
  const key = WEEKDAY_KEYS[day - 1];
  const cldr = localeDataOf(language);
  if (cldr && key) return cldr.data.days.wide[key] ?? key;
  // Before the language's data has arrived (it comes with its texts): the Dutch name.
  return intlWeekday('nl', date);
}

/** A clock time ("HH:MM", Dutch time) in the language's own digits and separators, e.g. "08:30". */
export function formatClock(hhmm: string, language: string): string {
  // A winter day, when Dutch time is UTC+1 all day, so the time shown is the time given.
  return formatTime(`2026-01-05T${hhmm}:00+01:00`, language);
}
