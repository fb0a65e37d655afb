import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

// The exact security headers every response must carry (src/server/http/securityHeaders.ts),
// written out here rather than imported, so a change there has to be made here on purpose.

// The hash is the page's one inline script's (src/domain/firstPaint.ts): a change there changes it.
const CSP =
  "default-src 'self';script-src 'self' 'wasm-unsafe-eval' 'sha256-cM/I+UCxUBjfXcwEOX/Ae/Jcholazjbu0OWTl0+BXS4=';" +
  "style-src 'self';img-src 'self' data: blob:;connect-src 'self';" +
  "worker-src 'self';manifest-src 'self';object-src 'none';base-uri 'none';frame-ancestors 'none';form-action 'self'";

/** Pages: the app shell, its files, security.txt. */
const PAGE = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()',
};

/** API answers and errors: JSON nothing renders, frames, sniffs or reads cross-origin; no page policy. */
const API = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
};
const PAGE_ONLY = ['referrer-policy', 'cross-origin-opener-policy', 'permissions-policy'];

/** Every response: app shell, API answer, API error, 404, 429; which set follows from its path. */
export function expectSecurityHeaders(response: LightMyRequestResponse): void {
  const path = response.raw.req.url ?? '';
  if (path === '/api' || path.startsWith('/api/')) {
    expect(response.headers).toMatchObject(API);
    for (const name of PAGE_ONLY) expect(response.headers[name], name).toBeUndefined();
  } else expect(response.headers).toMatchObject(PAGE);
  expect(response.headers['x-powered-by']).toBeUndefined();
}
