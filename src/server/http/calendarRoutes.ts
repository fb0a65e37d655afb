import type { FastifyInstance, FastifyRequest } from 'fastify';
import { appointmentsToICalendar, DUTCH_LABELS, ICS_CONTENT_TYPE } from '../../domain/calendar';
import { calendarFeedResponseSchema } from '../../domain/personalApi';
import { gemeenteById } from '../../gemeenten';
import type { Config } from '../config';
import { ApiError } from '../errors';
import { createCalendarFeed, readCalendarFeed, revokeCalendarFeed, type Db } from '../store';
import { publicOrigin } from './adminRoutes';
import { decodedPath } from './errorHandling';
import { requireSession } from './sessionCookie';

interface CalendarOptions {
  db: Db;
  config: Config;
}

const FEED_FILE = /^([A-Za-z0-9_-]{32,128})\.ics$/;

/**
 * The feed token is a secret: request logs show `/api/calendar/…ics` instead. Judged on the
 * decoded path, so `/api/%63alendar/<token>.ics` (which the router serves as the feed) or
 * `/api/calendar%2F<token>.ics` are redacted as well, query and all.
 */
export function redactFeedToken(url: string): string {
  return /^\/+api\/+calendar(\/|$)/i.test(decodedPath(url)) ? '/api/calendar/…ics' : url;
}

/** Only the inburgeraar's own phone: a helper reads along, a staff device holds many dossiers. */
async function ownDossier(db: Db, request: FastifyRequest): Promise<string> {
  const session = await requireSession(db, request);
  if (session.kind !== 'dossier') throw new ApiError(403, 'forbidden', 'Only an inburgeraar’s own device can do this.');
  return session.dossierId;
}

/**
 * A private calendar subscription: the phone asks for an address (session cookie), the phone's
 * calendar app then reads `GET /api/calendar/<token>.ics` without any cookie. No mutation: the
 * feed is not synced data, it is a way to read it.
 */
export async function calendarRoutes(app: FastifyInstance, { db, config }: CalendarOptions): Promise<void> {
  const manage = { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } };

  app.post('/calendar-feed', manage, async (request, reply) => {
    const token = await createCalendarFeed(db, await ownDossier(db, request));
    if (!token) throw new ApiError(401, 'unauthenticated', 'This device is no longer activated.');
    const url = `${publicOrigin(request, config)}/api/calendar/${token}.ics`;
    return reply.status(201).send(calendarFeedResponseSchema.parse({ url }));
  });

  app.delete('/calendar-feed', manage, async (request, reply) => {
    await revokeCalendarFeed(db, await ownDossier(db, request));
    return reply.status(204).send();
  });

  app.get(
    '/calendar/:file',
    { config: { rateLimit: { max: 60, timeWindow: '1 minute' } } },
    async (request: FastifyRequest<{ Params: { file: string } }>, reply) => {
      const token = FEED_FILE.exec(request.params.file)?.[1];
      const feed = token ? await readCalendarFeed(db, token) : undefined;
      if (!feed) throw new ApiError(404, 'not-found', 'No such calendar (any more).');
      return reply
        .type(ICS_CONTENT_TYPE)
        .header('content-disposition', 'inline; filename="afspraken.ics"')
        .send(
          appointmentsToICalendar(feed.appointments, feed.dossierId, {
            ...DUTCH_LABELS,
            calendarName: gemeenteById(feed.gemeente)?.appName ?? DUTCH_LABELS.calendarName,
          }),
        );
    },
  );
}
