import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../errors';
import { findSession, type Db } from '../store';
import { LEGACY_CODE_LENGTH, normaliseActivationCode } from '../store/secrets';
import type { CounterStore } from './counters';
import { decodedPath, isApiPath } from './errorHandling';
import { FailureCounter, type FailureLimit } from './failureCounter';
import { SESSION_COOKIE } from './sessionCookie';
import { sessionExpired } from './sessionLifetime';

// Abuse limits on top of the per-route request rates in deviceRoutes.ts (activation per address,
// sync per device). Those count requests; these count *failures*, which is what guessing produces,
// and so they never slow down a well-behaved device, however many share one address (an AZC, a
// municipality's office). All counters live in a CounterStore (http/counters.ts): shared in
// PostgreSQL with DATABASE_URL, so n instances do not multiply a budget. Why each one exists:
//
// - Activation codes have 16 symbols (~79 bits) and live 14 days; guessing is limited per address
//   (deviceRoutes.ts) and per code prefix, and nothing closes activation for everyone: a global
//   closure would let anyone shut every municipality's intake desk for a quarter of an hour with a
//   thousand requests. Failures of all clients together are still counted (`activationAll`): past
//   the budget the server logs an alarm, once per window, and goes on answering. README
//   ("Rate limits") gives the arithmetic.
// - Codes of 10 symbols (~49.5 bits) from before the longer codes still work until they expire.
//   For them alone the old global budget stays (`activationLegacyAll`): past it, a 10-symbol code
//   is refused for everyone until the window ends, without looking at it; 16-symbol codes are
//   not affected.
// - A code partly known (a half-covered QR, a torn letter) leaves few possibilities: failures are
//   also counted per code prefix (`activationPerCode`), whatever address they come from.
// - Wrong admin tokens lock out the address that sends them (`adminAuthFailures`); the admin API
//   also has a request rate, generous enough for a nightly full import (`adminRequests`).
// - Requests refused as unauthenticated elsewhere (made-up session cookies would otherwise each get
//   a fresh per-device bucket) lock out the address (`authFailures`), but only for requests that
//   carry a cookie that is not a live session: a device with a valid session behind the same
//   address (an AZC, an office) is never locked out, and neither is a request without any cookie
//   (401 `no-session` does not count; it gets no bucket of its own, the sync limit keys it by
//   address, and phones that lost their cookie must still reach activation to sign in again).
//   A refused restore secret (401 on /api/device/restore, which never carries a cookie) does count.
//
// Every refusal is a 429 in the API's error shape with Retry-After (and Cache-Control: no-store,
// like every API response).

export interface RequestRate {
  max: number;
  timeWindow: number;
}

export interface AbuseLimits {
  adminRequests: RequestRate;
  adminAuthFailures: FailureLimit;
  authFailures: FailureLimit;
  activationPerCode: FailureLimit;
  /** An alarm threshold only: reaching it is logged, nobody is refused. */
  activationAll: FailureLimit;
  /** Refuses every 10-symbol code (from before the 16-symbol ones) for the rest of the window. */
  activationLegacyAll: FailureLimit;
}

const MINUTE = 60_000;

export const DEFAULT_ABUSE_LIMITS: AbuseLimits = {
  adminRequests: { max: 1200, timeWindow: MINUTE },
  adminAuthFailures: { max: 10, windowMs: 15 * MINUTE },
  authFailures: { max: 100, windowMs: 10 * MINUTE },
  activationPerCode: { max: 5, windowMs: 15 * MINUTE },
  activationAll: { max: 1000, windowMs: 15 * MINUTE },
  activationLegacyAll: { max: 1000, windowMs: 15 * MINUTE },
};

/** The first 6 symbols: a lock on them leaves the rest of the code space untouched. */
const CODE_PREFIX_LENGTH = 6;

type Area = 'admin' | 'device' | null;

function areaOf(request: FastifyRequest): Area {
  // Decoded: the router serves `/api/%61dmin/…` as the admin API, so it is limited as one.
  const path = decodedPath(request.url);
  if (path === '/api/admin' || path.startsWith('/api/admin/')) return 'admin';
  if (isApiPath(path) && path !== '/api/health') return 'device';
  return null;
}

/** Redeeming a code, and asking whom a code is for (restoreRoutes.ts): the same guessing, the same budgets. */
const ACTIVATION_PATHS = new Set(['/api/activate', '/api/activate/check']);

function isActivation(request: FastifyRequest): boolean {
  return request.method === 'POST' && ACTIVATION_PATHS.has(decodedPath(request.url));
}

/** A restore comes without a cookie by nature; a refused one is still a failed secret. */
function isRestore(request: FastifyRequest): boolean {
  return request.method === 'POST' && decodedPath(request.url) === '/api/device/restore';
}

/** IPv6 clients count per /64, as in @fastify/rate-limit: one host usually has a whole /64. */
const clientOf = (request: FastifyRequest): string => normalizeIP(request.ip);

function typedCode(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('code' in body) || typeof body.code !== 'string') return null;
  return normaliseActivationCode(body.code.slice(0, 64)) || null;
}

function codePrefix(code: string | null): string | null {
  return code ? code.slice(0, CODE_PREFIX_LENGTH) : null;
}

/** A live session behind the request's cookie (read only: the route renews it, if it gets there). */
async function hasLiveSession(db: Db, request: FastifyRequest): Promise<boolean> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return false;
  const session = await findSession(db, token);
  return session !== undefined && !sessionExpired(session.lastSeenAt, session.kind);
}

function refuse(reply: FastifyReply, waitMs: number): never {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  reply.header('retry-after', String(seconds));
  throw new ApiError(429, 'rate-limited', `Too many attempts; try again in ${seconds} seconds.`);
}

function refuseWhileLocked(reply: FastifyReply, lockedForMs: number): void {
  if (lockedForMs > 0) refuse(reply, lockedForMs);
}

export interface AbuseLimitOptions {
  db: Db;
  counters: CounterStore;
  overrides?: Partial<AbuseLimits>;
}

export function installAbuseLimits(app: FastifyInstance, { db, counters, overrides = {} }: AbuseLimitOptions): void {
  const limits = { ...DEFAULT_ABUSE_LIMITS, ...overrides };
  const adminFailures = new FailureCounter(counters, 'fail:admin-auth', limits.adminAuthFailures);
  const authFailures = new FailureCounter(counters, 'fail:device-auth', limits.authFailures);
  const codeFailures = new FailureCounter(counters, 'fail:activation-prefix', limits.activationPerCode);
  const allFailures = new FailureCounter(counters, 'fail:activation-all', limits.activationAll);
  const legacyFailures = new FailureCounter(counters, 'fail:activation-legacy', limits.activationLegacyAll);
  // The alarm counter locks nobody, so other instances' counts of it need not be learnt.
  const lockingCounters = [adminFailures, authFailures, codeFailures, legacyFailures];
  const adminRate = app.createRateLimit({ ...limits.adminRequests, keyGenerator: (request) => `admin:${clientOf(request)}` });

  // Locks set by other instances, about every second; and ended windows deleted now and then.
  if (counters.shared) {
    let ticks = 0;
    const timer = setInterval(() => {
      const sweep = ++ticks % 60 === 0 ? counters.sweep() : Promise.resolve(0);
      Promise.all([...lockingCounters.map((c) => c.refresh()), sweep]).catch((error: unknown) =>
        app.log.warn({ err: error }, 'rate counters could not be refreshed'),
      );
    }, 1000);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
  }

  // Root hooks run before any route's own hooks, so a locked client never reaches the admin token
  // check or a session lookup.
  app.addHook('onRequest', async (request, reply) => {
    const area = areaOf(request);
    if (area === 'admin') {
      refuseWhileLocked(reply, adminFailures.lockedFor(clientOf(request)));
      const rate = await adminRate(request);
      if (!rate.isAllowed && rate.isExceeded) refuse(reply, rate.ttl);
    } else if (area === 'device' && (request.cookies[SESSION_COOKIE] || isRestore(request))) {
      // Only a locked address pays for the session lookup; a live session passes whatever others
      // behind its address did. A restore carries no cookie, so a locked address cannot restore.
      const wait = authFailures.lockedFor(clientOf(request));
      if (wait > 0 && !(await hasLiveSession(db, request))) refuse(reply, wait);
    }
  });

  // After the body is parsed (the code is in it) and after the route's per-address limit.
  app.addHook('preHandler', async (request, reply) => {
    if (!isActivation(request)) return;
    const code = typedCode(request.body);
    if (code?.length === LEGACY_CODE_LENGTH) refuseWhileLocked(reply, legacyFailures.lockedFor('all'));
    const prefix = codePrefix(code);
    if (prefix) refuseWhileLocked(reply, codeFailures.lockedFor(prefix));
  });

  // Any refusal counts as a failed attempt, whatever its code: that way a change in how the route
  // words an invalid code cannot silently switch the counting off. A 429 is no attempt. Counted
  // before the answer leaves (onSend), so a client cannot outrun its own count with the next request.
  app.addHook('onSend', async (request, reply, payload) => {
    const status = reply.statusCode;
    if (status === 401) {
      const area = areaOf(request);
      const cookieless = area === 'device' && !request.cookies[SESSION_COOKIE] && !isRestore(request);
      const counter = cookieless ? null : area === 'admin' ? adminFailures : area === 'device' ? authFailures : null;
      if (await counter?.fail(clientOf(request))) request.log.warn({ limit: `${area}-auth-failures` }, 'client locked out');
    }
    if (isActivation(request) && status >= 400 && status < 500 && status !== 429) {
      const code = typedCode(request.body);
      if (await allFailures.fail('all')) {
        request.log.error({ limit: 'activation-all', max: limits.activationAll.max }, 'alarm: many failed activations from all clients together (activation stays open)');
      }
      if (code?.length === LEGACY_CODE_LENGTH && (await legacyFailures.fail('all'))) {
        request.log.warn({ limit: 'activation-legacy' }, '10-symbol activation codes locked for everyone');
      }
      const prefix = codePrefix(code);
      // The prefix is part of a secret: never logged.
      if (prefix && (await codeFailures.fail(prefix))) request.log.warn({ limit: 'activation-per-code' }, 'activation locked for one code prefix');
    }
    return payload;
  });
}
