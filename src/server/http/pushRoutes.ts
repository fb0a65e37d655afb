import type { FastifyInstance } from 'fastify';
import { pushKeyResponseSchema, pushSubscriptionSchema } from '../../domain/webPush';
import type { Config } from '../config';
import { ApiError } from '../errors';
import { checkEndpoint } from '../push/endpointGuard';
import type { Db } from '../store';
import { deleteSubscriptionOfSession, saveSubscription } from '../store/pushSubscriptions';
import type { CounterStore } from './counters';
import { deviceKey, type RateLimit } from './deviceRoutes';
import { parseBody } from './errorHandling';
import { requireSession } from './sessionCookie';

// Notifications with Web Push (docs/api.md, "Notifications"; issue 13, item 4). The session cookie
// is the credential, and a staff session needs its device proof, as for every other staff request.

const DAY_MS = 86_400_000;
/** A PushSubscription's JSON is well under 1 KiB; the endpoint is capped at 1024 characters. */
const SUBSCRIPTION_BODY_LIMIT = 4096;

interface PushRouteOptions {
  db: Db;
  config: Config;
  limit: RateLimit;
  counters: CounterStore;
  /** The device's daily byte budget shared with sync push (deviceRoutes.ts). */
  pushBytesPerDay: number;
}

export async function pushRoutes(app: FastifyInstance, { db, config, limit, counters, pushBytesPerDay }: PushRouteOptions): Promise<void> {
  const route = { bodyLimit: SUBSCRIPTION_BODY_LIMIT, config: { rateLimit: { ...limit, keyGenerator: deviceKey } } };

  app.get('/push/key', async () => pushKeyResponseSchema.parse({ publicKey: config.push.publicKey }));

  app.put('/push/subscription', route, async (request, reply) => {
    const session = await requireSession(db, request);
    const subscription = parseBody(pushSubscriptionSchema, request.body);
    const verdict = checkEndpoint(subscription.endpoint, config.push.endpointAllow);
    // Refused at once, so the device can say so; names that resolve to a private address are refused at sending.
    if (!verdict.ok) throw new ApiError(400, 'push-endpoint-refused', `This push endpoint is not allowed (${verdict.reason}).`);
    // What the subscription stores counts against the device's daily budget, as a sync push does.
    const spent = await counters.increment('bytes:push', session.id, DAY_MS, 0);
    if (spent.count >= pushBytesPerDay) throw new ApiError(429, 'rate-limited', 'This device sent more than it may store today.');
    await saveSubscription(db, session.id, subscription);
    await counters.increment('bytes:push', session.id, DAY_MS, JSON.stringify(subscription).length);
    return reply.status(204).send();
  });

  app.delete('/push/subscription', route, async (request, reply) => {
    const session = await requireSession(db, request);
    await deleteSubscriptionOfSession(db, session.id);
    return reply.status(204).send();
  });
}
