import { createEvents, type EventAttributes } from 'ics';
import type { Appointment } from './dossier';

// Appointments as iCalendar (RFC 5545), built with the `ics` package: the same code makes the
// `.ics` file a phone downloads offline and the subscription feed the server serves. Times are
// written in UTC (…Z), so no calendar app has to know Dutch summer time.

export interface CalendarLabels {
  /** Name of the calendar in the phone's calendar app. */
  calendarName: string;
  /** Put before what to bring, e.g. "Neem mee". */
  bring: string;
  /** Put before the title of a cancelled appointment, e.g. "Gaat niet door". */
  cancelled: string;
}

export const DUTCH_LABELS: CalendarLabels = {
  calendarName: 'Thuis in Rijswijk',
  bring: 'Neem mee',
  cancelled: 'Gaat niet door',
};

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';

function toEvent(a: Appointment, dossierId: string, labels: CalendarLabels): EventAttributes {
  const cancelled = a.status === 'cancelled';
  const description = [a.bring ? `${labels.bring}: ${a.bring}` : '', a.note ?? ''].filter(Boolean).join('\n');
  const location = [a.location?.name, a.location?.address].filter(Boolean).join(', ');
  return {
    // Stable across downloads and feed refreshes, so a calendar updates the event instead of
    // adding a second one.
    uid: `${a.id}.${dossierId}@thuis-in-rijswijk`,
    start: Date.parse(a.start),
    end: Date.parse(a.end),
    title: cancelled ? `${labels.cancelled}: ${a.title}` : a.title,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: cancelled ? 'FREE' : 'BUSY',
    ...(description ? { description } : {}),
    ...(location ? { location } : {}),
    ...(cancelled ? {} : { alarms: [{ action: 'display' as const, description: a.title, trigger: { hours: 1, before: true } }] }),
  };
}

/** One VCALENDAR with a VEVENT per appointment. Throws when `ics` refuses the input. */
export function appointmentsToICalendar(
  appointments: readonly Appointment[],
  dossierId: string,
  labels: CalendarLabels = DUTCH_LABELS,
): string {
  const sorted = [...appointments].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const { error, value } = createEvents(
    sorted.map((a) => toEvent(a, dossierId, labels)),
    { productId: '-//Thuis in Rijswijk//Agenda//NL', calName: labels.calendarName },
  );
  if (error || !value) throw error ?? new Error('ics produced no calendar');
  return value;
}

/** A safe file name for one appointment's `.ics`, e.g. `nederlandse-les-2026-11-24.ics`. */
export function icsFileName(a: Pick<Appointment, 'title' | 'start'>): string {
  const slug = a.title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 40);
  return `${slug || 'afspraak'}-${a.start.slice(0, 10)}.ics`;
}
