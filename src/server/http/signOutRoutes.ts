import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';
import type { Db } from '../store';
import { signOutDevice } from '../store/signOut';
import { signOutBodySchema } from './apiSchemas';
import { parseBody } from './errorHandling';
import { SESSION_COOKIE } from './sessionCookie';

interface SignOutOptions {
  db: Db;
  config: Config;
}

/** The same attributes as when it was set (sessionCookie.ts), or the browser keeps it. */
function clearSessionCookie(reply: FastifyReply, request: FastifyRequest, config: Config): void {
  const secure = request.protocol === 'https' || (config.publicUrl?.startsWith('https:') ?? false);
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', path: '/api', secure });
}

/** No body, or an empty object: there is nothing to say but "this device". */

/**
 * `POST /api/device/signout` (session cookie): the phone ends its own session when its owner
 * removes their data from it, so the forgotten cookie is dead on the server too. Always 204 and
 * the cookie cleared — for an unknown, revoked or missing cookie as well: a phone that signed out
 * offline sends this when it is back online, maybe twice, and must not be told anything about
 * someone else's token.
 */
export async function signOutRoutes(app: FastifyInstance, { db, config }: SignOutOptions): Promise<void> {
  app.post(
    '/device/signout',
    { bodyLimit: 1024, config: { rateLimit: { max: 60, timeWindow: '1 minute' } } },
    async (request: FastifyRequest, reply) => {
      parseBody(signOutBodySchema, request.body);
      const token = request.cookies[SESSION_COOKIE];
      if (token) await signOutDevice(db, token);
      clearSessionCookie(reply, request, config);
      return reply.status(204).send();
    },
  );
}
