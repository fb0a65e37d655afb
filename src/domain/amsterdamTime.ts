// Local activities happen in the Netherlands: their weekly times are Dutch wall-clock times, whatever
// the phone's or the server's time zone. These helpers turn a Dutch date and time into a moment and
// back, through Intl (no time-zone table of our own).

export const AMSTERDAM = 'Europe/Amsterdam';
const DAY = 86_400_000;

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: AMSTERDAM });
const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: AMSTERDAM,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Dutch calendar day of a moment, `YYYY-MM-DD`. */
export function amsterdamDate(moment: Date): string {
  return dayFormat.format(moment);
}

/** The Dutch wall-clock time of a moment as `YYYYMMDDTHHMMSS` (iCalendar's local form). */
export function amsterdamLocal(moment: Date): string {
  const p = Object.fromEntries(partsFormat.formatToParts(moment).map((x) => [x.type, x.value]));
  return `${p.year}${p.month}${p.day}T${p.hour}${p.minute}${p.second}`;
}

/** Minutes Amsterdam is ahead of UTC at this moment (60 in winter, 120 in summer). */
function offsetMinutes(moment: Date): number {
  const local = amsterdamLocal(moment);
  const asUtc = Date.UTC(+local.slice(0, 4), +local.slice(4, 6) - 1, +local.slice(6, 8), +local.slice(9, 11), +local.slice(11, 13), +local.slice(13, 15));
  return Math.round((asUtc - Math.floor(moment.getTime() / 1000) * 1000) / 60_000);
}

/** A Dutch date and wall-clock time (`HH:MM`) as an ISO 8601 moment with its offset, e.g. `2026-12-08T14:00:00+01:00`. */
export function amsterdamMoment(date: string, time: string): string {
  const naive = Date.parse(`${date}T${time}:00Z`);
  // The offset of the moment itself; checked twice so a time just after a switch gets the right one.
  let offset = offsetMinutes(new Date(naive - 60 * 60_000));
  offset = offsetMinutes(new Date(naive - offset * 60_000));
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${date}T${time}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` plus n days. */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay() || 7;
}

/** The Monday of the Dutch week a moment falls in. */
export function mondayOf(moment: Date): string {
  const today = amsterdamDate(moment);
  return addDays(today, 1 - isoWeekday(today));
}

/** The first date on or after `date` that falls on ISO `weekday`. */
export function nextWeekday(date: string, weekday: number): string {
  return addDays(date, (weekday - isoWeekday(date) + 7) % 7);
}
