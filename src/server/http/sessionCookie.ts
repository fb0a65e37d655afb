import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';
import { ApiError } from '../errors';
import { findSession, touchSession, type Db, type Session } from '../store';
import { requireDeviceProof } from './deviceProof';
import { SESSION_COOKIE_MAX_AGE_SECONDS, sessionExpired } from './sessionLifetime';

export const SESSION_COOKIE = 'tir_session';

/** Requests whose session moved its sliding expiry on; their answer renews the cookie. */
const renewals = new WeakMap<FastifyRequest, string>();

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
    maxAge: SESSION_COOKIE_MAX_AGE_SECONDS,
  });
  // A cookie set by the route itself (a new session) wins over a renewal of the old one.
  renewals.delete(request);
}

/**
 * The request's live session, or 401. Two codes, because the device must act differently:
 * - `no-session`: the request carries no session cookie at all. The browser lost it (Chromium
 *   writes cookies to disk only now and then, so a phone killed right after activation comes back
 *   without one), or never had one. Nothing says the device's access ended: it keeps its data and
 *   its waiting changes, and asks its owner to activate again.
 * - `unauthenticated`: a cookie that is unknown, revoked, its dossier/share/staff member gone, or
 *   unused too long. The access ended: the device wipes itself.
 *
 * A staff session must also prove the request with its device key (deviceProof.ts): 401
 * 428 `proof-required` / 401 `proof-invalid` otherwise. Only the route that registers that key passes
 * `{ proof: false }`. A request without a valid proof does not count as use either, so a stolen
 * cookie cannot keep a staff session alive. `find` reads the session (a pull reads more with it).
 */
export async function requireSession(
  db: Db,
  request: FastifyRequest,
  { proof = true, find = (token) => findSession(db, token) }: { proof?: boolean; find?: (token: string) => Promise<Session | undefined> } = {},
): Promise<Session> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) throw new ApiError(401, 'no-session', 'This request carries no session cookie; activate this device again.');
  const session = await find(token);
  if (!session || sessionExpired(session.lastSeenAt, session.kind)) {
    throw new ApiError(401, 'unauthenticated', 'This device is not (or no longer) activated.');
  }
  if (proof && session.kind === 'staff') await requireDeviceProof(db, request, session);
  if (await touchSession(db, session)) renewals.set(request, token);
  return session;
}

/** Sliding expiry on the device's side: a successful answer to a used session renews its cookie. */
export function installSessionRenewal(app: FastifyInstance, config: Config): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const token = renewals.get(request);
    if (token && reply.statusCode < 400) setSessionCookie(reply, request, config, token);
    return payload;
  });
}
