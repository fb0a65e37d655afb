import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain/sync';
import { backends } from './backends';
import { expectErrorBody, serverFor, type TestServer } from './harness';

describe.each(backends)('health and API basics on $name', (backend) => {
  let server: TestServer;
  serverFor(backend, (s) => {
    server = s;
  });

  it('reports the database and the sync schema version', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true, db: backend.name, schemaVersion: SCHEMA_VERSION, schemaVersions: [SCHEMA_VERSION] });
  });

  it('marks API responses as not cacheable and sends a strict CSP', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['cache-control']).toBe('no-store');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('answers an unknown API route with a JSON 404', async () => {
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      const response = await server.app.inject({ method, url: '/api/does-not-exist' });
      expectErrorBody(response, 404, 'not-found');
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });
});
