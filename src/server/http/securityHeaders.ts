import { createHash } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import type { TrustProxy } from '../config';
import { FIRST_PAINT_SCRIPT } from '../../domain/firstPaint';
import { ApiError } from '../errors';
import { isApiPath } from './errorHandling';

// Response headers for every response (README, "Security"). Pages (the app shell, its files,
// security.txt) get the full policy; an API answer is JSON that no browser renders as a page, so it
// gets the few headers an API needs (OWASP's REST cheat sheet) and the page policy stays on pages:
// an idle sync is mostly headers, and a prepaid phone pays for each byte (issue "Faster than the
// floor": ≤ 700 bytes on the wire). helmet's defaults are not strict enough (they allow inline
// styles, frames from the same origin, and send HSTS over plain http), so every header is set on
// purpose here and tests/server/headers.test.ts checks the exact strings that go out.

/**
 * The one inline script: the check before the first paint whether the prerendered welcome screen
 * stays (src/domain/firstPaint.ts). Allowed by its hash only, so no other inline script runs.
 */
export const FIRST_PAINT_SCRIPT_SOURCE = `'sha256-${createHash('sha256').update(FIRST_PAINT_SCRIPT).digest('base64')}'`;

/**
 * Everything is bundled and same-origin: no inline script but the one above, no inline style, no eval, no third-party host
 * (fonts and pictograms ship in the build), no plugins, no <base>, never inside a frame, forms only
 * to us. `data:` images are the bundled pictograms Vite inlines; `blob:` images are a question's
 * photo (issue 16), which the app itself turns into an object URL to preview or show it.
 */
const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    // 'wasm-unsafe-eval' lets bundled WebAssembly compile (Argon2id for a staff device's secret,
    // hash-wasm); it allows no JavaScript eval and no script from anywhere else.
    scriptSrc: ["'self'", "'wasm-unsafe-eval'", FIRST_PAINT_SCRIPT_SOURCE],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'"],
    manifestSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
  },
};

/** One year, subdomains included; no `preload`, which a municipality must decide for its domain. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/**
 * The camera is for scanning an activation QR code on this origin; nothing else the app does
 * needs a powerful feature, so an injected script could not ask for one either.
 */
export const PERMISSIONS_POLICY = 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()';

const helmetOptions = {
  contentSecurityPolicy,
  // HSTS over plain http means nothing to a browser and misleads a reviewer; sent below, on https only.
  strictTransportSecurity: false,
  // Same meaning as frame-ancestors 'none', for browsers that predate CSP level 2.
  xFrameOptions: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
} satisfies HelmetOptions;

const pageHeaders = helmet(helmetOptions);

/**
 * An API answer: nothing may render it, frame it, sniff it into a script or read it from another
 * origin. (`cache-control: no-store` is set with every API answer where it is made.)
 */
export const API_HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
} as const;

/**
 * The headers for this request's answer. `https`: request.protocol is 'https' for a TLS socket, or,
 * with a trusted proxy, when X-Forwarded-Proto says so.
 */
function securityHeaders(request: FastifyRequest, reply: FastifyReply, https = request.protocol === 'https'): void {
  if (isApiPath(request.url)) reply.headers(API_HEADERS);
  else {
    pageHeaders(request.raw, reply.raw, () => undefined);
    reply.header('permissions-policy', PERMISSIONS_POLICY);
  }
  if (https) reply.header('strict-transport-security', STRICT_TRANSPORT_SECURITY);
}

/** request.protocol as Fastify works it out, for the one place where Fastify does not honour trustProxy. */
function cameInOverHttps(request: FastifyRequest, trustProxy: boolean): boolean {
  if ('encrypted' in request.raw.socket && request.raw.socket.encrypted === true) return true;
  const forwarded = request.headers['x-forwarded-proto'];
  if (!trustProxy || typeof forwarded !== 'string') return false;
  return forwarded.slice(forwarded.lastIndexOf(',') + 1).trim() === 'https';
}

export function registerSecurityHeaders(app: FastifyInstance): void {
  // Registered before every other hook, so it also holds for an early error reply.
  app.addHook('onRequest', async (request, reply) => securityHeaders(request, reply));
}

/**
 * Fastify's `frameworkErrors`: a URL it cannot decode (`/api/%`) or a path parameter over 100
 * characters is answered before any hook runs, so without this such answers would go out without
 * the headers above and in Fastify's own error shape (found by tests/server/fuzz.test.ts).
 */
export function frameworkErrorAnswer(trustProxy: TrustProxy) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    securityHeaders(request, reply, cameInOverHttps(request, trustProxy !== false));
    const apiError =
      error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? new ApiError(404, 'not-found', 'Nothing at this address.')
        : new ApiError(400, 'bad-url', 'The address is not a valid URL.');
    void reply.status(apiError.statusCode).header('cache-control', 'no-store').send(apiError.toBody());
  };
}
