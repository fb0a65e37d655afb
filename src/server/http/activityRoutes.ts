import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { activitiesResponseSchema, activityBodySchema, activityIdSchema, activitySchema } from '../../domain/activities';
import { activitiesToICalendar } from '../../domain/activitiesIcs';
import { ICS_CONTENT_TYPE } from '../../domain/calendar';
import { gemeenteById } from '../../gemeenten';
import type { Config } from '../config';
import { ApiError } from '../errors';
import { deleteActivity, listActivities, upsertActivity, type Db } from '../store';
import { requireAdminToken } from './adminRoutes';
import { parseBody } from './errorHandling';

// Local activities (docs/api.md, "Activities"): the admin API keeps this municipality's list, and
// anyone may read it, as JSON for the informatiemap and as an iCalendar feed.

interface Options {
  db: Db;
  config: Config;
}

type WithId = FastifyRequest<{ Params: { id: string } }>;

/** 1,000 characters of description in twelve languages, in any script, fit well. */
const ACTIVITY_BODY_LIMIT = 64 * 1024;
/** Public and cheap to answer, but each answer reads the database: limited per address. */
const PUBLIC_RATE = { config: { rateLimit: { max: 120, timeWindow: '1 minute' } } };

const notFound = () => new ApiError(404, 'not-found', 'No such activity.');

/** The admin side, under /api/admin: create or replace, and delete. */
export async function activityAdminRoutes(app: FastifyInstance, { db, config }: Options): Promise<void> {
  app.addHook('onRequest', requireAdminToken(config));

  app.put('/activities/:id', { bodyLimit: ACTIVITY_BODY_LIMIT }, async (request: WithId, reply) => {
    if (!activityIdSchema.safeParse(request.params.id).success) {
      throw new ApiError(400, 'invalid-id', 'An activity id is 2 to 64 lowercase letters, digits and single hyphens.');
    }
    const body = parseBody(activityBodySchema, request.body);
    const result = await upsertActivity(db, config.gemeente, request.params.id, body);
    if (!result.ok) throw new ApiError(409, result.code, 'This municipality has the most activities it may have; delete old ones first.');
    return reply.status(result.created ? 201 : 200).send(activitySchema.parse(result.activity));
  });

  app.delete('/activities/:id', async (request: WithId, reply) => {
    const id = request.params.id;
    // A malformed id names nothing; another municipality's id is not ours: both 404.
    if (!activityIdSchema.safeParse(id).success || !(await deleteActivity(db, config.gemeente, id))) throw notFound();
    return reply.status(204).send();
  });
}

/**
 * Answers 304 when the client already has this text (If-None-Match), else sends it with its ETag.
 * Public data: the answer may be kept, but is checked with the server each time it is used
 * (`Cache-Control: public, no-cache`, set for these paths in errorHandling.ts).
 */
function sendCacheable(request: FastifyRequest, reply: FastifyReply, type: string, text: string) {
  const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
  void reply.header('etag', etag);
  const match = request.headers['if-none-match'];
  if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return reply.status(304).send();
  return reply.type(type).send(text);
}

/** The public side, under /api: no login, no cookie. */
export async function activityPublicRoutes(app: FastifyInstance, { db, config }: Options): Promise<void> {
  app.get('/activities', PUBLIC_RATE, async (request, reply) => {
    const answer = activitiesResponseSchema.parse({ gemeente: config.gemeente, activities: await listActivities(db, config.gemeente) });
    return sendCacheable(request, reply, 'application/json; charset=utf-8', JSON.stringify(answer));
  });

  app.get('/activities.ics', PUBLIC_RATE, async (request, reply) => {
    const gemeente = gemeenteById(config.gemeente);
    const text = activitiesToICalendar(await listActivities(db, config.gemeente), {
      calendarName: `Activiteiten ${gemeente?.name ?? config.gemeente}`,
      gemeente: config.gemeente,
    });
    void reply.header('content-disposition', 'inline; filename="activiteiten.ics"');
    return sendCacheable(request, reply, ICS_CONTENT_TYPE, text);
  });
}
