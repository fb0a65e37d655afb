import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

// The exact security headers every response must carry (src/server/http/securityHeaders.ts),
// written out here rather than imported, so a change there has to be made here on purpose.

const CSP =
  "default-src 'self';script-src 'self' 'wasm-unsafe-eval';style-src 'self';img-src 'self' data:;connect-src 'self';" +
  "worker-src 'self';manifest-src 'self';object-src 'none';base-uri 'none';frame-ancestors 'none';form-action 'self'";

const EVERY_RESPONSE = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Every response: app shell, API answer, API error, 404, 429. */
export function expectSecurityHeaders(response: LightMyRequestResponse): void {
  expect(response.headers).toMatchObject(EVERY_RESPONSE);
  expect(response.headers['x-powered-by']).toBeUndefined();
}
