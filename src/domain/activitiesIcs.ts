import type { Activity } from './activities';
import { AMSTERDAM, amsterdamLocal, amsterdamMoment, nextWeekday } from './amsterdamTime';

// Activities as iCalendar (RFC 5545): the public feed `GET /api/activities.ics` and the file the
// phone makes for "add to my calendar". A small writer of our own, because a weekly repeat must
// keep its Dutch wall-clock time across summer time: DTSTART;TZID=Europe/Amsterdam with a
// VTIMEZONE, which the `ics` package (UTC times only) cannot write.

const CRLF = '\r\n';
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; a continuation line starts with a space, so 74 more.
    const limit = parts.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const utc = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** The Dutch time rules since 1996 (EU): enough for every date an activity can have. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${AMSTERDAM}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export interface IcsOptions {
  calendarName: string;
  gemeente: string;
  /** The reader's language: its translation, when the activity has one, goes before the Dutch text. */
  language?: string;
}

function texts(activity: Activity, language: string | undefined): { title: string; description: string } {
  const translation = language ? activity.translations?.[language as keyof NonNullable<Activity['translations']>] : undefined;
  if (!translation) return { title: activity.title_nl, description: activity.description_nl };
  return {
    title: translation.title,
    description: `${translation.description}\n\n${activity.title_nl}\n${activity.description_nl}`,
  };
}

function eventLines(activity: Activity, options: IcsOptions): string[] {
  const { title, description } = texts(activity, options.language);
  const lines = ['BEGIN:VEVENT', `UID:${activity.id}.${options.gemeente}@activiteiten.thuis-in-rijswijk`, `DTSTAMP:${utc(activity.updatedAt)}`];
  const tz = `;TZID=${AMSTERDAM}`;
  if (activity.weekly) {
    const w = activity.weekly;
    const firstDay = nextWeekday(w.from ?? activity.updatedAt.slice(0, 10), w.weekday);
    lines.push(`DTSTART${tz}:${amsterdamLocal(new Date(amsterdamMoment(firstDay, w.startTime)))}`);
    lines.push(`DTEND${tz}:${amsterdamLocal(new Date(amsterdamMoment(firstDay, w.endTime)))}`);
    // With a TZID start, UNTIL is in UTC (RFC 5545 3.3.10): the end of the last day, Dutch time.
    const until = w.until ? `;UNTIL=${utc(amsterdamMoment(w.until, '23:59'))}` : '';
    lines.push(`RRULE:FREQ=WEEKLY;BYDAY=${WEEKDAYS[w.weekday - 1]}${until}`);
  } else if (activity.start && activity.end) {
    lines.push(`DTSTART${tz}:${amsterdamLocal(new Date(activity.start))}`);
    lines.push(`DTEND${tz}:${amsterdamLocal(new Date(activity.end))}`);
  }
  lines.push(`SUMMARY:${escapeText(title)}`);
  lines.push(`DESCRIPTION:${escapeText(description)}`);
  lines.push(`LOCATION:${escapeText(`${activity.location.name}, ${activity.location.address}`)}`);
  if (activity.url) lines.push(`URL:${activity.url}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** One VCALENDAR with a VEVENT per activity (a weekly one with its RRULE). */
export function activitiesToICalendar(activities: readonly Activity[], options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Thuis in Rijswijk//Activiteiten//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
    `X-WR-TIMEZONE:${AMSTERDAM}`,
    ...VTIMEZONE,
    ...activities.flatMap((a) => eventLines(a, options)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A safe file name for one activity's `.ics`. */
export function activityFileName(activity: Pick<Activity, 'id'>): string {
  return `${activity.id}.ics`;
}
