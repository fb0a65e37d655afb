import type { FastifyInstance, FastifyRequest } from 'fastify';
import { feedbackCsv, feedbackQuerySchema, feedbackRequestSchema, feedbackSummarySchema } from '../../domain/feedback';
import type { Config } from '../config';
import { ApiError } from '../errors';
import { feedbackSummary, storeFeedback, type Db } from '../store';
import { requireAdminToken } from './adminRoutes';
import type { RateLimit } from './deviceRoutes';
import { parseBody } from './errorHandling';

interface FeedbackOptions {
  db: Db;
  config: Config;
  /** Per address (docs/api.md "Rate limits"). */
  limit: RateLimit;
  /** Pieces of feedback this municipality takes per day, from everyone together. */
  dailyCap: number;
}

const SECONDS_PER_DAY = 86_400;

/**
 * `POST /api/feedback` (issue 16, item 5): anonymous feedback on an informatiemap page, from any
 * phone, activated or not. It reads no cookie and stores no address, session or time of day
 * (threat model "Feedback on the informatiemap"); 204 whether it was new or a repeat.
 */
export async function feedbackRoutes(app: FastifyInstance, { db, config, limit, dailyCap }: FeedbackOptions): Promise<void> {
  app.post('/feedback', { bodyLimit: 4096, config: { rateLimit: limit } }, async (request, reply) => {
    const feedback = parseBody(feedbackRequestSchema, request.body);
    const outcome = await storeFeedback(db, config.gemeente, feedback, { dailyCap });
    if (outcome === 'full') {
      const now = new Date();
      const untilTomorrow = SECONDS_PER_DAY - Math.floor((now.getTime() % (SECONDS_PER_DAY * 1000)) / 1000);
      reply.header('retry-after', String(untilTomorrow));
      throw new ApiError(429, 'rate-limited', 'Enough feedback for today; the phone sends it again tomorrow.');
    }
    return reply.status(204).send();
  });
}

/**
 * `GET /api/admin/feedback` (admin token): per page and language of this municipality, the counts
 * per choice and the newest texts; `?format=csv` or `Accept: text/csv` gives the counts as CSV.
 */
export async function feedbackAdminRoutes(app: FastifyInstance, { db, config }: Pick<FeedbackOptions, 'db' | 'config'>): Promise<void> {
  app.addHook('onRequest', requireAdminToken(config));

  app.get('/feedback', async (request: FastifyRequest<{ Querystring: Record<string, unknown> }>, reply) => {
    const query = feedbackQuerySchema.safeParse(request.query);
    if (!query.success) throw new ApiError(400, 'invalid-query', 'format is json or csv.');
    const pages = await feedbackSummary(db, config.gemeente);
    const csv = query.data.format === 'csv' || (query.data.format === undefined && /\btext\/csv\b/.test(request.headers.accept ?? ''));
    if (csv) {
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="feedback-${config.gemeente}.csv"`)
        .send(feedbackCsv(pages));
    }
    return feedbackSummarySchema.parse({ gemeente: config.gemeente, generatedAt: new Date().toISOString(), pages });
  });
}
