import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../errors';
import { normaliseActivationCode } from '../store/secrets';
import { isApiPath } from './errorHandling';
import { FailureCounter, type FailureLimit } from './failureCounter';
import { SESSION_COOKIE } from './sessionCookie';

// Abuse limits on top of the per-route request rates in deviceRoutes.ts (activation per address,
// sync per device). Those count requests; these count *failures*, which is what guessing produces,
// and so they never slow down a well-behaved device, however many share one address (an AZC, a
// municipality's office). Why each one exists:
//
// - Activation codes have ~49.5 bits and live 14 days. A per-address limit alone does not stop a
//   botnet: 10,000 addresses at 10 guesses a minute would find one of 10,000 live codes within a
//   year. So failed activations also count for all clients together (`activationAll`): past the
//   budget, activation is refused for everyone until the window ends, without looking at the code
//   (answering a right code during the lockout would keep the guessing going). At 1,000 failures
//   per 15 minutes per instance, the chance to hit one of 10,000 live codes stays below 1 in 1,000
//   a year; a typo at the desk never comes near it.
// - A code partly known (a half-covered QR, a torn letter) leaves few possibilities: failures are
//   also counted per code prefix (`activationPerCode`), whatever address they come from.
// - Wrong admin tokens lock out the address that sends them (`adminAuthFailures`); the admin API
//   also has a request rate, generous enough for a nightly full import (`adminRequests`).
// - Requests refused as unauthenticated elsewhere (made-up session cookies would otherwise each get
//   a fresh per-device bucket) lock out the address (`authFailures`). A device request without
//   any session cookie (401 `no-session`) does not count: it gets no bucket of its own (the sync
//   limit keys it by address), and phones that lost their cookie must still reach activation
//   from a shared address to sign in again. A refused restore secret (401 on
//   /api/device/restore, which never carries a cookie) does count.
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
  activationAll: FailureLimit;
}

const MINUTE = 60_000;

export const DEFAULT_ABUSE_LIMITS: AbuseLimits = {
  adminRequests: { max: 1200, timeWindow: MINUTE },
  adminAuthFailures: { max: 10, windowMs: 15 * MINUTE },
  authFailures: { max: 100, windowMs: 10 * MINUTE },
  activationPerCode: { max: 5, windowMs: 15 * MINUTE },
  activationAll: { max: 1000, windowMs: 15 * MINUTE },
};

/** The first 6 of the 10 symbols: a lock on them leaves the rest of the code space untouched. */
const CODE_PREFIX_LENGTH = 6;

type Area = 'admin' | 'device' | null;

function areaOf(request: FastifyRequest): Area {
  const path = request.url.split('?', 1)[0] ?? '';
  if (path === '/api/admin' || path.startsWith('/api/admin/')) return 'admin';
  if (isApiPath(path) && path !== '/api/health') return 'device';
  return null;
}

/** Redeeming a code, and asking whom a code is for (restoreRoutes.ts): the same guessing, the same budgets. */
const ACTIVATION_PATHS = new Set(['/api/activate', '/api/activate/check']);

function isActivation(request: FastifyRequest): boolean {
  return request.method === 'POST' && ACTIVATION_PATHS.has(request.url.split('?', 1)[0] ?? '');
}

/** A restore comes without a cookie by nature; a refused one is still a failed secret. */
function isRestore(request: FastifyRequest): boolean {
  return request.method === 'POST' && (request.url.split('?', 1)[0] ?? '') === '/api/device/restore';
}

/** IPv6 clients count per /64, as in @fastify/rate-limit: one host usually has a whole /64. */
const clientOf = (request: FastifyRequest): string => normalizeIP(request.ip);

function codePrefix(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('code' in body) || typeof body.code !== 'string') return null;
  const prefix = normaliseActivationCode(body.code.slice(0, 64)).slice(0, CODE_PREFIX_LENGTH);
  return prefix || null;
}

function refuse(reply: FastifyReply, waitMs: number): never {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  reply.header('retry-after', String(seconds));
  throw new ApiError(429, 'rate-limited', `Too many attempts; try again in ${seconds} seconds.`);
}

function refuseWhileLocked(reply: FastifyReply, lockedForMs: number): void {
  if (lockedForMs > 0) refuse(reply, lockedForMs);
}

export function installAbuseLimits(app: FastifyInstance, overrides: Partial<AbuseLimits> = {}): void {
  const limits = { ...DEFAULT_ABUSE_LIMITS, ...overrides };
  const adminFailures = new FailureCounter(limits.adminAuthFailures);
  const authFailures = new FailureCounter(limits.authFailures);
  const codeFailures = new FailureCounter(limits.activationPerCode);
  const allFailures = new FailureCounter(limits.activationAll, 1);
  const adminRate = app.createRateLimit({ ...limits.adminRequests, keyGenerator: clientOf });

  // Root hooks run before any route's own hooks, so a locked client never reaches the admin token
  // check or a session lookup.
  app.addHook('onRequest', async (request, reply) => {
    const area = areaOf(request);
    if (area === 'admin') {
      refuseWhileLocked(reply, adminFailures.lockedFor(clientOf(request)));
      const rate = await adminRate(request);
      if (!rate.isAllowed && rate.isExceeded) refuse(reply, rate.ttl);
    } else if (area === 'device') {
      refuseWhileLocked(reply, authFailures.lockedFor(clientOf(request)));
    }
  });

  // After the body is parsed (the prefix is in it) and after the route's per-address limit.
  app.addHook('preHandler', async (request, reply) => {
    if (!isActivation(request)) return;
    refuseWhileLocked(reply, allFailures.lockedFor('all'));
    const prefix = codePrefix(request.body);
    if (prefix) refuseWhileLocked(reply, codeFailures.lockedFor(prefix));
  });

  // Any refusal counts as a failed attempt, whatever its code: that way a change in how the route
  // words an invalid code cannot silently switch the counting off. A 429 is no attempt.
  app.addHook('onResponse', async (request, reply) => {
    const status = reply.statusCode;
    if (status === 401) {
      const area = areaOf(request);
      const cookieless = area === 'device' && !request.cookies[SESSION_COOKIE] && !isRestore(request);
      const counter = cookieless ? null : area === 'admin' ? adminFailures : area === 'device' ? authFailures : null;
      if (counter?.fail(clientOf(request))) request.log.warn({ limit: `${area}-auth-failures` }, 'client locked out');
    }
    if (isActivation(request) && status >= 400 && status < 500 && status !== 429) {
      if (allFailures.fail('all')) request.log.warn({ limit: 'activation-all' }, 'activation locked for everyone');
      const prefix = codePrefix(request.body);
      // The prefix is part of a secret: never logged.
      if (prefix && codeFailures.fail(prefix)) request.log.warn({ limit: 'activation-per-code' }, 'activation locked for one code prefix');
    }
  });
}
