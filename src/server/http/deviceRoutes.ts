import type { FastifyInstance, FastifyRequest } from 'fastify';
import { activateRequestSchema, activateResponseSchema, pullRequestSchema, pushRequestSchema, type ActivateResponse } from '../../domain/sync';
import type { Config } from '../config';
import { ApiError } from '../errors';
import { pull, push, redeemActivationCode, type Db, type Session } from '../store';
import { sha256 } from '../store/secrets';
import { parseBody } from './errorHandling';
import { SESSION_COOKIE, requireSession, setSessionCookie } from './sessionCookie';

const SYNC_BODY_LIMIT = 256 * 1024;

export interface RateLimit {
  max: number;
  timeWindow: number | string;
}

interface DeviceOptions {
  db: Db;
  config: Config;
  activateLimit: RateLimit;
  syncLimit: RateLimit;
}

/**
 * Sync is limited per device (its session cookie), not per IP: a whole AZC or family may share
 * one IP address. Requests without a cookie fall back to the IP.
 */
export function deviceKey(request: FastifyRequest): string {
  const token = request.cookies[SESSION_COOKIE];
  return token ? `s:${sha256(token)}` : `ip:${request.ip}`;
}

/**
 * What the device now is. A staff device has no dossier of its own (dossierId null), so the app
 * never mistakes the first caseload dossier for "mine"; its caseload is listed and arrives by pull.
 */
export function activationAnswer(session: Session): ActivateResponse {
  if (session.kind === 'dossier') return { kind: 'inburgeraar', dossierId: session.dossierId };
  if (session.kind === 'helper') {
    const { dossierId, id: shareId, sections, expiresAt } = session.share;
    return { kind: 'helper', dossierId, shareId, sections, expiresAt };
  }
  const { id: staffId, role, caseload } = session.staff;
  return { kind: 'staff', dossierId: null, staffId, role, dossiers: caseload };
}

/** What a device calls: activation and sync (DESIGN.md, "Contracts"). */
export async function deviceRoutes(app: FastifyInstance, { db, config, activateLimit, syncLimit }: DeviceOptions) {
  // Attempts are limited per IP: a code has ~49 bits, and guessing must stay hopeless.
  app.post('/activate', { bodyLimit: 4096, config: { rateLimit: activateLimit } }, async (request, reply) => {
    const { code } = parseBody(activateRequestSchema, request.body);
    const redeemed = await redeemActivationCode(db, code);
    if (!redeemed) throw new ApiError(400, 'invalid-code', 'This code is not valid (any more). Ask for a new one.');
    setSessionCookie(reply, request, config, redeemed.token);
    // The restore secret (restoreRoutes.ts) goes to the phone once; only its hash is stored.
    const { restoreSecret } = redeemed;
    return activateResponseSchema.parse({ ...activationAnswer(redeemed.session), ...(restoreSecret ? { restoreSecret } : {}) });
  });

  const syncRoute = { bodyLimit: SYNC_BODY_LIMIT, config: { rateLimit: { ...syncLimit, keyGenerator: deviceKey } } };

  app.post('/sync/pull', syncRoute, async (request) => {
    const session = await requireSession(db, request);
    return pull(db, session, parseBody(pullRequestSchema, request.body));
  });

  app.post('/sync/push', syncRoute, async (request) => {
    const session = await requireSession(db, request);
    return push(db, session, parseBody(pushRequestSchema, request.body));
  });
}
