import { useLiveQuery } from 'dexie-react-hooks';
import { CALENDAR_FEED_PATH } from '../domain/personalApiPaths';
import { db } from './device';
import { getMeta } from './local';

// The private calendar subscription. Creating one needs the internet (the server makes the
// secret address); the address is then kept on this phone so it can be shown and copied offline.
// It lives in IndexedDB, so "remove my data" and a new activation remove it too.

export class CalendarFeedError extends Error {
  /** `offline` (no connection), `signed-out` (no access any more) or `server`. */
  constructor(readonly code: 'offline' | 'signed-out' | 'server') {
    super(code);
    this.name = 'CalendarFeedError';
  }
}

async function call(method: 'POST' | 'DELETE'): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(CALENDAR_FEED_PATH, { method, credentials: 'same-origin' });
  } catch {
    throw new CalendarFeedError('offline');
  }
  if (response.status === 401 || response.status === 403) throw new CalendarFeedError('signed-out');
  if (!response.ok) throw new CalendarFeedError('server');
  return response;
}

/** The subscription address kept on this phone; null when there is none. */
export function useCalendarFeedUrl(): string | null | undefined {
  return useLiveQuery(async () => (await getMeta<string>(db, 'calendarFeedUrl')) ?? null);
}

/**
 * Makes a new private address for the phone's calendar app (the previous one stops working) and
 * keeps it on this phone. Throws CalendarFeedError.
 */
export async function subscribeCalendar(): Promise<string> {
  const response = await call('POST');
  // The schema (with zod) loads when a calendar is first linked, not with the agenda.
  const { calendarFeedResponseSchema } = await import('../domain/personalApi');
  const { url } = calendarFeedResponseSchema.parse(await response.json());
  await db.meta.put({ key: 'calendarFeedUrl', value: url });
  return url;
}

/** Stops the address: the calendar app gets nothing new from it. Throws CalendarFeedError. */
export async function stopCalendar(): Promise<void> {
  await call('DELETE');
  await db.meta.delete('calendarFeedUrl');
}
