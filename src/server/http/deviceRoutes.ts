import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  activateRequestSchema,
  activateResponseSchema,
  pullRequestSchema,
  pushRequestSchema,
  type ActivateResponse,
  type PushRequest,
  type PushResponse,
} from '../../domain/sync';
import type { Config } from '../config';
import { ApiError } from '../errors';
import { acceptsGzip, gzipWithTail } from '../gzipParts';
import { findPullSession, findSession, fullPullTail, pull, pullAnswer, push, redeemActivationCode, syncSchemaFor, type Db, type FullPullCache, type PullPrefetch, type Session, type SyncSchemas } from '../store';
import { sha256 } from '../store/secrets';
import type { CounterStore } from './counters';
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
  counters: CounterStore;
  /** What one device may add to the database per day through push (see `storedBytes`). */
  pushBytesPerDay: number;
  /** The sync schema versions spoken (store/syncSchemas.ts). */
  syncSchemas: SyncSchemas;
  /** Full pulls' serialized, gzipped copies (store/fullPullCache.ts). */
  fullPulls: FullPullCache;
}

const DAY_MS = 86_400_000;
/** What a mutation record and its audit entry take, besides the arguments. */
const RECORD_BYTES = 256;

/**
 * Roughly what a push stored: each applied mutation with its arguments, each refusal as a bare
 * record (a repeated refusal is merged and costs less; counting it anyway makes a device that
 * keeps sending refused changes run out of budget sooner, which is the point).
 */
function storedBytes(request: PushRequest, response: PushResponse): number {
  const applied = new Set(response.results.filter((r) => r.status === 'applied').map((r) => r.id));
  const processed = response.results.filter((r) => r.status !== 'alreadyProcessed').length;
  let bytes = processed * RECORD_BYTES;
  for (const m of request.mutations) if (applied.has(m.id)) bytes += Buffer.byteLength(JSON.stringify(m.args ?? null));
  return bytes;
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

function sendGzippedJson(reply: FastifyReply, gzipped: Buffer): FastifyReply {
  // @fastify/compress leaves an answer alone that already has a Content-Encoding.
  return reply.header('content-type', 'application/json; charset=utf-8').header('content-encoding', 'gzip').header('vary', 'accept-encoding').send(gzipped);
}

/** What a device calls: activation and sync (docs/api.md, "Devices" and "Sync"). */
export async function deviceRoutes(app: FastifyInstance, { db, config, activateLimit, syncLimit, counters, pushBytesPerDay, syncSchemas, fullPulls }: DeviceOptions) {
  // Attempts are limited per IP (and per code prefix, http/rateLimits.ts): guessing must stay hopeless.
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

  // An app of an older sync schema still spoken is answered through its translation; any other
  // version is a 409 'schema-version' before anything is read or stored (store/syncSchemas.ts).
  // A full pull in the current schema to a device that takes gzip comes from (or goes into) the
  // cache of full answers; the answer means the same, its fields in another order.
  app.post('/sync/pull', syncRoute, async (request, reply) => {
    // The clientId is needed to read the session, the client and the dossier in one statement;
    // a body that does not parse is still refused after the session is checked, as before.
    const sent = pullRequestSchema.safeParse(request.body);
    let prefetch: PullPrefetch | undefined;
    const find = async (token: string) => {
      if (!sent.success) return findSession(db, token);
      const found = await findPullSession(db, token, sent.data.clientId);
      prefetch = found?.prefetch;
      return found?.session;
    };
    const session = await requireSession(db, request, { find });
    const body = sent.success ? sent.data : parseBody(pullRequestSchema, request.body);
    const schema = syncSchemaFor(syncSchemas, body.schemaVersion);
    const current = { ...body, schemaVersion: syncSchemas.current };
    if (body.schemaVersion !== syncSchemas.current || !acceptsGzip(request.headers['accept-encoding'])) {
      return schema.pullOut(await pull(db, session, current, prefetch));
    }
    const answer = await pullAnswer(db, session, current, fullPulls, prefetch);
    if (answer.kind === 'built') return answer.response;
    return sendGzippedJson(reply, gzipWithTail(answer.copy.head, fullPullTail(answer.lastMutationId)));
  });

  // A device's byte budget per day: however it is built, it cannot fill the server's disk. Past
  // the budget its pushes wait (429 until the day's window ends); its pulls go on.
  app.post('/sync/push', syncRoute, async (request, reply) => {
    const session = await requireSession(db, request);
    const sent = parseBody(pushRequestSchema, request.body);
    const schema = syncSchemaFor(syncSchemas, sent.schemaVersion);
    const body: PushRequest = { ...sent, schemaVersion: syncSchemas.current, mutations: schema.mutationsIn(sent.mutations) };
    const spent = await counters.increment('bytes:push', session.id, DAY_MS, 0);
    if (spent.count >= pushBytesPerDay) {
      const seconds = Math.max(1, Math.ceil((spent.resetAt - Date.now()) / 1000));
      reply.header('retry-after', String(seconds));
      request.log.warn({ limit: 'push-bytes-per-day', sessionId: session.id }, 'device over its daily storage budget');
      throw new ApiError(429, 'rate-limited', `This device sent more than it may store today; try again in ${seconds} seconds.`);
    }
    const response = await push(db, session, body);
    await counters.increment('bytes:push', session.id, DAY_MS, storedBytes(body, response));
    return response;
  });
}
