import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { fastifyTrustProxy, gemeenteOf, type Config, type LogLevel } from './config';
import type { Dialect } from './db/createDatabase';
import { ApiError } from './errors';
import { activityAdminRoutes, activityPublicRoutes } from './http/activityRoutes';
import { adminRoutes } from './http/adminRoutes';
import { calendarRoutes, redactFeedToken } from './http/calendarRoutes';
import { DatabaseCounterStore, counterStoreFor, rateLimitStoreFor, type CounterStore } from './http/counters';
import { DeviceRateCounts } from './http/deviceRateCounts';
import { deviceRoutes, type RateLimit } from './http/deviceRoutes';
import { feedbackAdminRoutes, feedbackRoutes } from './http/feedbackRoutes';
import { installErrorHandling, installNotFound } from './http/errorHandling';
import { installJsonParser } from './http/jsonBodies';
import { installAbuseLimits, type AbuseLimits } from './http/rateLimits';
import { frameworkErrorAnswer, registerSecurityHeaders } from './http/securityHeaders';
import { securityTxtRoute } from './http/securityTxt';
import { installSessionRenewal } from './http/sessionCookie';
import { restoreRoutes } from './http/restoreRoutes';
import { healthResponseSchema } from './http/apiSchemas';
import { buildOpenApiDocument, OPENAPI_PATH } from './http/openapi';
import { pushRoutes } from './http/pushRoutes';
import { signOutRoutes } from './http/signOutRoutes';
import { PushDispatcher } from './push/dispatcher';
import { registerStaticFiles } from './http/staticFiles';
import { staffAdminRoutes } from './http/staffAdminRoutes';
import { questionPhotoRoutes } from './http/questionPhotoRoutes';
import { staffRoutes } from './http/staffRoutes';
import { FullPullCache, SYNC_SCHEMAS, spokenVersions, type Db, type SyncSchemas } from './store';

/** Larger answers (a big caseload's first pull) are compressed as a stream, off the event loop. */
const SYNC_COMPRESS_MAX_BYTES = 256 * 1024;
/** About 6,000 dossiers' first syncs at 2.5 KiB each (docs/threat-model.md: memory only, per instance). */
const FULL_PULL_CACHE_BYTES = 16 * 1024 * 1024;

export interface AppOptions {
  db: Db;
  dialect: Dialect;
  config: Config;
  /** Tests pass false; the default logs requests without bodies, cookies or tokens. */
  logger?: FastifyServerOptions['logger'];
  activateRateLimit?: RateLimit;
  syncRateLimit?: RateLimit;
  /** Failure-based limits (http/rateLimits.ts); tests raise them, or lower them to test them. */
  abuseLimits?: Partial<AbuseLimits>;
  /** A device's push budget in bytes per day (default 4 MiB). */
  pushBytesPerDay?: number;
  /** Where rate and failure counts live; by default shared in PostgreSQL, in memory on SQLite. */
  counters?: CounterStore;
  /** The sync schema versions spoken; tests give a "next" release's (store/syncSchemas.ts). */
  syncSchemas?: SyncSchemas;
  /** Feedback on the informatiemap (http/feedbackRoutes.ts): per address, and per municipality per day. */
  feedbackRateLimit?: RateLimit;
  feedbackDailyCap?: number;
  /** Room for full pulls' gzipped copies, per instance (store/fullPullCache.ts); default 16 MiB. */
  fullPullCacheBytes?: number;
  /** Web Push sending (push/dispatcher.ts): on by default; tests may turn it off or poll faster. */
  pushDispatch?: false | { pollMs?: number; termCheckMs?: number };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Sends queued notifications (push/dispatcher.ts); null when turned off. */
    pushDispatcher: PushDispatcher | null;
  }
}

// No personal data in logs (README, "Security"): pino's default request serializer logs no
// headers or bodies; the redaction is a second line of defence should someone log a whole request.
// The URL of a calendar feed holds its secret token, so the request serializer leaves it out.
export function productionLogger(stream?: { write(line: string): void }, level: LogLevel = 'info'): FastifyServerOptions['logger'] {
  return {
    ...(stream ? { stream } : {}),
    level,
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: redactFeedToken(request.url),
        host: request.host,
        remoteAddress: request.ip,
      }),
    },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', 'req.body'],
      remove: true,
    },
  };
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { db, dialect, config } = options;
  const app = Fastify({
    logger: options.logger ?? productionLogger(undefined, config.logLevel),
    trustProxy: fastifyTrustProxy(config.trustProxy),
    bodyLimit: 256 * 1024,
    // A JSON body with __proto__ or constructor.prototype is refused (400), never merged into objects.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    frameworkErrors: frameworkErrorAnswer(config.trustProxy),
  });

  installErrorHandling(app);
  installJsonParser(app);
  registerSecurityHeaders(app);
  // Answers up to 256 KiB are compressed in one synchronous call: above its default limit (8 KiB
  // on two cores) the plugin built a zlib stream, a Readable and a pipeline for every full pull
  // (docs/benchmarks.md, "Where a pull's time goes").
  await app.register(fastifyCompress, { global: true, syncThreshold: SYNC_COMPRESS_MAX_BYTES });
  await app.register(fastifyCookie);
  const counters = options.counters ?? counterStoreFor(db, dialect);
  const deviceRates = counters instanceof DatabaseCounterStore ? new DeviceRateCounts(counters, (error) => app.log.warn({ err: error }, 'sync request counts could not be shared')) : null;
  if (deviceRates) app.addHook('onClose', async () => deviceRates.close());
  await app.register(fastifyRateLimit, {
    global: false,
    store: rateLimitStoreFor(counters, deviceRates ? { counts: deviceRates, urls: SYNC_ROUTES } : undefined),
    errorResponseBuilder: (_request, context) =>
      new ApiError(429, 'rate-limited', `Too many requests; try again in ${context.after}.`),
  });
  installAbuseLimits(app, { db, counters, overrides: options.abuseLimits ?? {} });
  installSessionRenewal(app, config);

  securityTxtRoute(app, config);
  const syncSchemas = options.syncSchemas ?? SYNC_SCHEMAS;
  app.get('/api/health', async () =>
    healthResponseSchema.parse({ ok: true, db: dialect, schemaVersion: syncSchemas.current, schemaVersions: spokenVersions(syncSchemas) }),
  );
  // Built once, on the first request: the same zod schemas the routes validate with (docs/openapi.json).
  let openApi: object | undefined;
  app.get(OPENAPI_PATH, async () => (openApi ??= buildOpenApiDocument()));
  await app.register(adminRoutes, { prefix: '/api/admin', db, config });
  await app.register(staffAdminRoutes, { prefix: '/api/admin', db, config });
  await app.register(feedbackAdminRoutes, { prefix: '/api/admin', db, config });
  await app.register(feedbackRoutes, {
    prefix: '/api',
    db,
    config,
    limit: options.feedbackRateLimit ?? { max: 20, timeWindow: '1 minute' },
    dailyCap: options.feedbackDailyCap ?? 2000,
  });
  await app.register(activityAdminRoutes, { prefix: '/api/admin', db, config });
  await app.register(activityPublicRoutes, { prefix: '/api', db, config });
  await app.register(deviceRoutes, {
    prefix: '/api',
    db,
    config,
    activateLimit: options.activateRateLimit ?? { max: 10, timeWindow: '1 minute' },
    syncLimit: options.syncRateLimit ?? { max: 300, timeWindow: '1 minute' },
    counters,
    pushBytesPerDay: options.pushBytesPerDay ?? 4 * 1024 * 1024,
    syncSchemas,
    fullPulls: new FullPullCache(options.fullPullCacheBytes ?? FULL_PULL_CACHE_BYTES),
  });
  await app.register(calendarRoutes, { prefix: '/api', db, config });
  await app.register(staffRoutes, { prefix: '/api/staff', db, config, limit: options.syncRateLimit ?? { max: 60, timeWindow: '1 minute' } });
  await app.register(signOutRoutes, { prefix: '/api', db, config });
  await app.register(restoreRoutes, { prefix: '/api', db, config, activateLimit: options.activateRateLimit ?? { max: 10, timeWindow: '1 minute' } });

  const pushBytesPerDay = options.pushBytesPerDay ?? 4 * 1024 * 1024;
  await app.register(questionPhotoRoutes, { prefix: '/api', db, counters, pushBytesPerDay, limit: options.syncRateLimit ?? { max: 60, timeWindow: '1 minute' } });
  await app.register(pushRoutes, { prefix: '/api', db, config, counters, pushBytesPerDay, limit: options.syncRateLimit ?? { max: 60, timeWindow: '1 minute' } });
  installPushDispatch(app, { db, config, options: options.pushDispatch });

  const shell = await registerStaticFiles(app, config.staticDir, gemeenteOf(config));
  installNotFound(app, { spaFallback: shell?.html ?? null });
  return app;
}

const PULL_ROUTE = '/api/sync/pull';
/** Limited per device, counted in batches on PostgreSQL (http/deviceRateCounts.ts). */
const SYNC_ROUTES: ReadonlySet<string> = new Set([PULL_ROUTE, '/api/sync/push']);

/**
 * Every instance sends what the queue holds (push/dispatcher.ts). A request that may have stored a
 * change kicks this instance's dispatcher at once; the others find it at their next poll (1 s), so
 * a notification leaves well within 5 s of the change.
 */
function installPushDispatch(app: FastifyInstance, { db, config, options }: { db: Db; config: Config; options: AppOptions['pushDispatch'] }): void {
  if (options === false) {
    app.decorate('pushDispatcher', null);
    return;
  }
  const dispatcher = new PushDispatcher({ db, config: config.push, log: app.log, ...options });
  app.decorate('pushDispatcher', dispatcher);
  app.addHook('onReady', async () => dispatcher.start());
  app.addHook('onClose', async () => dispatcher.stop());
  app.addHook('onResponse', async (request, reply) => {
    if (request.method === 'GET' || request.method === 'HEAD' || reply.statusCode >= 400) return;
    // A pull stores nothing that is notified, and kicking on every one kept a drain of the queue
    // running without pause under load (docs/benchmarks.md, "Where a pull's time goes").
    if (request.routeOptions.url === PULL_ROUTE) return;
    dispatcher.kick();
  });
}
