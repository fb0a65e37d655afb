import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isDatabaseUnavailable } from '../db/createDatabase';
import { ApiError } from '../errors';

// One error shape for the whole API: `{ "error": { "code", "message" } }` with a fitting status.
// Bad input of any kind is a 4xx with a readable message, never a 500.

/**
 * A path as the router may read it: percent-decoded (repeatedly, a few times at most), so that
 * `/api/%61dmin/…` is judged as the admin API it reaches, and a secret in it is recognised.
 */
export function decodedPath(url: string): string {
  let path = url.split('?', 1)[0] ?? '';
  for (let i = 0; i < 4; i++) {
    try {
      const next = decodeURIComponent(path);
      if (next === path) break;
      path = next;
    } catch {
      break;
    }
  }
  return path;
}

export function isApiPath(url: string): boolean {
  const path = url.split('?', 1)[0] ?? '';
  return path === '/api' || path.startsWith('/api/');
}

/** The only /api answers anyone may keep: the public activities (the same for everyone, no personal data). */
const PUBLIC_PATHS = new Set(['/api/activities', '/api/activities.ics']);

/** The Cache-Control of an /api answer: `no-store`, except a successful answer of a public path. */
export function apiCacheControl(url: string, statusCode: number): string {
  return statusCode < 400 && PUBLIC_PATHS.has(url.split('?', 1)[0] ?? '') ? 'public, no-cache' : 'no-store';
}

/** Parses a request body with a zod schema; a mismatch is a 400 that says what is wrong. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(400, 'invalid-body', z.prettifyError(parsed.error));
  return parsed.data;
}

const FASTIFY_ERRORS: Record<string, [status: number, code: string, message: string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid-json', 'The body is not valid JSON (or contains a forbidden key).'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid-json', 'The body is empty.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body-too-large', 'The body is too large.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported-media-type', 'Send JSON (Content-Type: application/json).'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid-body', 'The Content-Length does not match the body.'],
};

function toApiError(error: FastifyError | Error): ApiError | null {
  if (error instanceof ApiError) return error;
  if (error instanceof z.ZodError) return new ApiError(400, 'invalid-body', z.prettifyError(error));
  const known = 'code' in error && typeof error.code === 'string' ? FASTIFY_ERRORS[error.code] : undefined;
  if (known) return new ApiError(...known);
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status >= 400 && status < 500) return new ApiError(status, 'bad-request', error.message);
  return null;
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) => {
    const apiError = toApiError(error);
    if (apiError) return reply.status(apiError.statusCode).send(apiError.toBody());
    if (isDatabaseUnavailable(error)) {
      // The device keeps its changes and sends them again; one that did commit before the connection
      // went is then acknowledged, not applied twice (tests/server/crash.test.ts).
      request.log.warn({ err: error }, 'database unavailable');
      const unavailable = new ApiError(503, 'unavailable', 'The server cannot reach its database right now; try again soon.');
      return reply.status(503).header('retry-after', '5').send(unavailable.toBody());
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ error: { code: 'internal', message: 'Something went wrong on the server.' } });
  });

  // Responses from the API hold personal data or session state: never keep them in any cache.
  // Only the public activities may be kept (and are checked with their ETag each time).
  app.addHook('onSend', async (request, reply, payload) => {
    if (isApiPath(request.url)) reply.header('cache-control', apiCacheControl(request.url, reply.statusCode));
    return payload;
  });
}

/**
 * Unknown routes: /api/* is always a JSON 404. When the PWA is served, a browser navigation to an
 * app path (e.g. /agenda) gets index.html, so deep links and reloads work.
 */
export function installNotFound(app: FastifyInstance, options: { spaFallback: string | null }): void {
  app.setNotFoundHandler((request, reply) => {
    const wantsHtml = request.headers.accept?.includes('text/html') ?? false;
    if (options.spaFallback && request.method === 'GET' && !isApiPath(request.url) && wantsHtml) {
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(options.spaFallback);
    }
    const path = request.url.split('?', 1)[0] ?? '';
    return reply.status(404).send(new ApiError(404, 'not-found', `Nothing at ${request.method} ${path}.`).toBody());
  });
}
