import type { FastifyInstance } from 'fastify';
import { activateRequestSchema, activateResponseSchema, activationCheckResponseSchema, restoreRequestSchema } from '../../domain/sync';
import type { Config } from '../config';
import { ApiError } from '../errors';
import { checkActivationCode, restoreSession, type Db } from '../store';
import { activationAnswer, type RateLimit } from './deviceRoutes';
import { parseBody } from './errorHandling';
import { setSessionCookie } from './sessionCookie';

interface RestoreOptions {
  db: Db;
  config: Config;
  /** The same per-address limit as activation: both take a secret from an unauthenticated client. */
  activateLimit: RateLimit;
}

/**
 * Device identity beside activation (README "Sessions"; threat model "Activation, lost cookies and
 * device identity"). Both routes take a secret from a client without a session cookie, so both are
 * limited per address like activation, and their refusals count as failed attempts (rateLimits.ts).
 */
export async function restoreRoutes(app: FastifyInstance, { db, config, activateLimit }: RestoreOptions): Promise<void> {
  const limited = { bodyLimit: 4096, config: { rateLimit: activateLimit } };

  /** `POST /api/activate/check` body `{ code }` → whom the code is for; the code stays unused. */
  app.post('/activate/check', limited, async (request) => {
    const { code } = parseBody(activateRequestSchema, request.body);
    const holder = await checkActivationCode(db, code);
    if (!holder) throw new ApiError(400, 'invalid-code', 'This code is not valid (any more). Ask for a new one.');
    return activationCheckResponseSchema.parse(holder);
  });

  /**
   * `POST /api/device/restore` body `{ restoreSecret }` → a fresh session cookie for the same
   * session, and the activation answer with the next restore secret. 401 `unauthenticated` when
   * the secret opens no live session: the device's access ended, as for an ended cookie.
   */
  app.post('/device/restore', limited, async (request, reply) => {
    const { restoreSecret } = parseBody(restoreRequestSchema, request.body);
    const restored = await restoreSession(db, restoreSecret);
    if (!restored) throw new ApiError(401, 'unauthenticated', 'This device is not (or no longer) activated.');
    setSessionCookie(reply, request, config, restored.token);
    return activateResponseSchema.parse({ ...activationAnswer(restored.session), restoreSecret: restored.restoreSecret });
  });
}
