import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './backends';
import { aBuiltApp } from './builtApp';
import { admin, expectErrorBody, serverFor, startServer, type TestServer } from './harness';
import { expectSecurityHeaders } from './securityExpectations';

// The exact security headers that go out, on the app shell, on API answers and on API errors
// (helmet's defaults are not what we send: see src/server/http/securityHeaders.ts).

describe.each(backends)('security headers on $name', (backend) => {
  let server: TestServer;
  let staticDir: string;
  beforeAll(async () => {
    staticDir = await aBuiltApp();
    server = await startServer(backend, { env: { STATIC_DIR: staticDir } });
  });
  afterAll(async () => {
    await server.close();
    await rm(staticDir, { recursive: true, force: true });
  });

  it('sends the strict policy with the app shell, and no unsafe source for scripts', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
    expect(response.statusCode).toBe(200);
    expectSecurityHeaders(response);
    const csp = String(response.headers['content-security-policy']);
    // 'wasm-unsafe-eval' compiles bundled WebAssembly (a staff device's Argon2id) and allows no JavaScript eval.
    expect(csp.replace(" 'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-|\*|https?:/);
    expect(csp.match(/unsafe-/g)).toHaveLength(1);
  });

  it('sends the headers an API needs, no page policy, and no-store, with API answers', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it.each([
    ['an unknown API path', { method: 'GET', url: '/api/nothing-here' }, 404, 'not-found'],
    ['a missing admin token', { method: 'GET', url: '/api/admin/dossiers/rw-x' }, 401, 'unauthenticated'],
    ['a malformed body', { method: 'POST', url: '/api/activate', payload: '{"code":', headers: { 'content-type': 'application/json' } }, 400, 'invalid-json'],
    ['a body too large', { method: 'POST', url: '/api/activate', payload: { code: 'x'.repeat(5000) } }, 413, 'body-too-large'],
    ['an undecodable URL, answered before any hook runs', { method: 'GET', url: '/api/admin/dossiers/%' }, 400, 'bad-url'],
    ['a path parameter over 100 characters', { method: 'GET', url: `/api/admin/dossiers/${'x'.repeat(101)}`, headers: admin }, 404, 'not-found'],
    ['a wrong media type', { method: 'POST', url: '/api/activate', payload: 'code=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415, 'unsupported-media-type'],
  ] as const)('sends them, and no-store, with the error for %s', async (_name, request, status, code) => {
    const response = await server.app.inject(request);
    expectErrorBody(response, status, code);
    expectSecurityHeaders(response);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('sends no HSTS over plain http, even when the client claims https without a trusted proxy', async () => {
    for (const headers of [{}, { 'x-forwarded-proto': 'https' }]) {
      const response = await server.app.inject({ method: 'GET', url: '/api/health', headers });
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('serves security.txt as plain UTF-8 text with a contact and an expiry within the year', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/.well-known/security.txt' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expectSecurityHeaders(response);
    expect(response.body).toMatch(/^Contact: mailto:security@example\.test$/m);
    const expires = Date.parse(/^Expires: (.+)$/m.exec(response.body)?.[1] ?? '');
    expect(expires).toBeGreaterThan(Date.now());
    expect(expires).toBeLessThanOrEqual(Date.now() + 366 * 86_400_000);
    expect(response.body).not.toMatch(/PLACEHOLDER/);
  });
});

describe.each(backends)('behind a TLS-terminating proxy (TRUST_PROXY=1) on $name', (backend) => {
  let server: TestServer;
  serverFor(
    backend,
    (s) => {
      server = s;
    },
    { env: { TRUST_PROXY: '1', PUBLIC_URL: 'https://thuis.example.nl' } },
  );

  const https = { 'x-forwarded-proto': 'https' };

  it('sends HSTS for one year with subdomains on every answer that came in over https', async () => {
    for (const request of [
      { method: 'GET', url: '/api/health', headers: https },
      { method: 'GET', url: '/api/nothing-here', headers: https },
      { method: 'GET', url: '/api/admin/dossiers/rw-x', headers: { ...https, ...admin } },
      { method: 'GET', url: '/.well-known/security.txt', headers: https },
      { method: 'GET', url: '/api/%', headers: https },
    ] as const) {
      const response = await server.app.inject(request);
      expect(response.headers['strict-transport-security'], request.url).toBe('max-age=31536000; includeSubDomains');
      expectSecurityHeaders(response);
    }
  });

  it('sends no HSTS when the proxy says the request was plain http', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'http' } });
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('names the canonical address of security.txt', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/.well-known/security.txt', headers: https });
    expect(response.body).toContain('Canonical: https://thuis.example.nl/.well-known/security.txt\n');
  });
});
