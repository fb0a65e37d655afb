import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

// Response headers for every response, app and API alike (DESIGN.md, "Privacy and security").
// helmet's defaults are not strict enough (they allow inline styles, frames from the same origin,
// and send HSTS over plain http), so every header is set on purpose here and
// tests/server/headers.test.ts checks the exact strings that go out.

/**
 * Everything is bundled and same-origin: no inline script or style, no eval, no third-party host
 * (fonts and pictograms ship in the build), no plugins, no <base>, never inside a frame, forms only
 * to us. `data:` images are the bundled pictograms Vite inlines.
 */
const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
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

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy,
    // HSTS over plain http means nothing to a browser and misleads a reviewer; sent below, on https only.
    strictTransportSecurity: false,
    // Same meaning as frame-ancestors 'none', for browsers that predate CSP level 2.
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });

  // request.protocol is 'https' for a TLS socket, or, with TRUST_PROXY=1, when the load balancer
  // says so in X-Forwarded-Proto. Registered after helmet, so it also runs before any error reply.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    if (request.protocol === 'https') reply.header('strict-transport-security', STRICT_TRANSPORT_SECURITY);
  });
}
