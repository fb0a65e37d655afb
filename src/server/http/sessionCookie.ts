import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';
import { ApiError } from '../errors';
import { findSession, touchSession, type Db, type Session } from '../store';

export const SESSION_COOKIE = 'tir_session';
const MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

/**
 * HttpOnly (no script can read it), SameSite=Strict (no cross-site request carries it), scoped to
 * /api. Secure whenever the app is reached over https.
 */
export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, config: Config, token: string): void {
  const secure = request.protocol === 'https' || (config.publicUrl?.startsWith('https:') ?? false);
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/api',
    secure,
    maxAge: MAX_AGE_SECONDS,
  });
}

/** The request's live session, or 401: unknown, revoked, or its dossier deleted. */
export async function requireSession(db: Db, request: FastifyRequest): Promise<Session> {
  const token = request.cookies[SESSION_COOKIE];
  const session = token ? await findSession(db, token) : undefined;
  if (!session) throw new ApiError(401, 'unauthenticated', 'This device is not (or no longer) activated.');
  await touchSession(db, session);
  return session;
}
