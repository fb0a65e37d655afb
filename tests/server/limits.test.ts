import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain/sync';
import { backends } from './backends';
import { aFullDossier } from '../support/builders';
import { activateDevice, admin, expectErrorBody, newCode, putDossier, serverFor, serverWithDossier, type TestServer } from './harness';
import { expectSecurityHeaders } from './securityExpectations';

// The abuse limits (src/server/http/rateLimits.ts and the per-route rates in deviceRoutes.ts), each
// lowered to a few attempts so the test can reach it. Every client has its own address here, so a
// limit that must not depend on the address is seen to hold across addresses.

const WINDOW = 60_000;
const pullBody = { schemaVersion: SCHEMA_VERSION, clientId: 'client-limits-1', cookie: null };
let nextAddress = 1;
const anAddress = () => `198.51.100.${nextAddress++}`;

function expectLimited(response: LightMyRequestResponse): void {
  expectErrorBody(response, 429, 'rate-limited');
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  expect(response.headers['cache-control']).toBe('no-store');
  expectSecurityHeaders(response);
}

describe.each(backends)('activation attempts on $name', (backend) => {
  let server: TestServer;
  let dossierId: string;
  serverWithDossier(
    backend,
    (s, d) => {
      server = s;
      dossierId = d;
    },
    {
      app: { abuseLimits: { activationPerCode: { max: 3, windowMs: WINDOW } } },
    },
  );

  const activate = (code: string, remoteAddress = anAddress()) =>
    server.app.inject({ method: 'POST', url: '/api/activate', payload: { code }, remoteAddress });

  it('locks a code prefix after a few failures, whichever addresses they come from', async () => {
    for (const suffix of ['2222', '3333', '4444']) expectErrorBody(await activate(`QQQQ-QQ${suffix}`), 400, 'invalid-code');
    expectLimited(await activate('qqqq qq55 55'));
    // Another prefix is not affected; success does not count as a failure.
    expect((await activate(await newCode(server.app, dossierId))).statusCode).toBe(200);
    expectErrorBody(await activate('RRRR-RR22-22'), 400, 'invalid-code');
  });
});

describe.each(backends)('request limits on $name', (backend) => {
  let server: TestServer;
  let dossierId: string;
  serverWithDossier(
    backend,
    (s, d) => {
      server = s;
      dossierId = d;
    },
    {
      app: {
        activateRateLimit: { max: 3, timeWindow: WINDOW },
        syncRateLimit: { max: 3, timeWindow: WINDOW },
        abuseLimits: {
          adminRequests: { max: 5, timeWindow: WINDOW },
          adminAuthFailures: { max: 3, windowMs: WINDOW },
          authFailures: { max: 3, windowMs: WINDOW },
        },
      },
    },
  );

  const adminGet = (remoteAddress: string, headers: Record<string, string> = admin) =>
    server.app.inject({ method: 'GET', url: `/api/admin/dossiers/${dossierId}`, headers, remoteAddress });

  it('limits activation per address', async () => {
    const address = anAddress();
    const attempt = () => server.app.inject({ method: 'POST', url: '/api/activate', payload: { code: 'WRONG' }, remoteAddress: address });
    for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(400);
    expectLimited(await attempt());
  });

  it('locks out an address that sends wrong admin tokens, even once it sends the right one', async () => {
    const address = anAddress();
    for (let i = 0; i < 3; i++) expectErrorBody(await adminGet(address, { authorization: 'Bearer guess' }), 401, 'unauthenticated');
    expectLimited(await adminGet(address));
    expect((await adminGet(anAddress())).statusCode).toBe(200);
  });

  it('counts wrong admin tokens sent to a percent-encoded admin path like any other', async () => {
    const address = anAddress();
    const encoded = (headers: Record<string, string>) =>
      server.app.inject({ method: 'GET', url: `/api/%61dmin/dossiers/${dossierId}`, headers, remoteAddress: address });
    for (let i = 0; i < 3; i++) expectErrorBody(await encoded({ authorization: 'Bearer guess' }), 401, 'unauthenticated');
    expectLimited(await encoded(admin));
    expectLimited(await adminGet(address));
  });

  it('limits admin requests per address, including those of staff routes added later', async () => {
    const address = anAddress();
    for (let i = 0; i < 5; i++) expect((await adminGet(address)).statusCode).toBe(200);
    expectLimited(await adminGet(address));
    expectLimited(await server.app.inject({ method: 'GET', url: '/api/admin/anything', headers: admin, remoteAddress: address }));
  });

  it('limits sync per device, not per address: devices sharing one address each have their own budget', async () => {
    const office = anAddress();
    const first = await activateDevice(server.app, dossierId);
    const second = await activateDevice(server.app, dossierId);
    const pullFrom = (cookie: string) =>
      server.app.inject({ method: 'POST', url: '/api/sync/pull', headers: { cookie }, payload: pullBody, remoteAddress: office });
    for (let i = 0; i < 3; i++) expect((await pullFrom(first)).statusCode).toBe(200);
    expectLimited(await pullFrom(first));
    expect((await pullFrom(second)).statusCode).toBe(200);
  });

  it('locks out an address that tries made-up session cookies, but never a device with a live session behind it', async () => {
    const address = anAddress();
    const device = await activateDevice(server.app, dossierId);
    const pullWith = (cookie: string) =>
      server.app.inject({ method: 'POST', url: '/api/sync/pull', headers: { cookie }, payload: pullBody, remoteAddress: address });
    for (let i = 0; i < 3; i++) expectErrorBody(await pullWith(`tir_session=made-up-${i}`), 401, 'unauthenticated');
    // Each made-up cookie would get a sync budget of its own: past the failure budget, they are refused.
    expectLimited(await pullWith('tir_session=made-up-next'));
    // The AZC's or the office's own phones, behind the same address, go on syncing.
    const live = await pullWith(device);
    expect(live.statusCode).toBe(200);
  });

  it('does not lock out an address for requests without any cookie: phones that lost theirs can still activate', async () => {
    const address = anAddress();
    for (let i = 0; i < 3; i++) {
      expectErrorBody(await server.app.inject({ method: 'POST', url: '/api/sync/pull', payload: pullBody, remoteAddress: address }), 401, 'no-session');
    }
    // Over the failure budget had they counted; the sync rate (by address, without a cookie) still applies.
    expectLimited(await server.app.inject({ method: 'POST', url: '/api/sync/pull', payload: pullBody, remoteAddress: address }));
    const code = await newCode(server.app, dossierId);
    const activated = await server.app.inject({ method: 'POST', url: '/api/activate', payload: { code }, remoteAddress: address });
    expect(activated.statusCode).toBe(200);
  });
});

describe.each(backends)('body limits and prototype poisoning on $name', (backend) => {
  let server: TestServer;
  let device: string;
  serverFor(backend, async (s) => {
    server = s;
    const dossierId = (await putDossier(server.app, aFullDossier())).id;
    device = await activateDevice(server.app, dossierId);
  });

  const json = { 'content-type': 'application/json' };

  it('accepts a dossier import up to 1 MiB and refuses a bigger one with 413', async () => {
    const dossier = aFullDossier();
    const big = { ...dossier, padding: 'x'.repeat(900 * 1024) };
    // Under the limit: read, and refused only for the unknown field.
    expectErrorBody(await server.app.inject({ method: 'PUT', url: `/api/admin/dossiers/${dossier.id}`, headers: admin, payload: big }), 400, 'invalid-body');
    const tooBig = { ...dossier, padding: 'x'.repeat(1024 * 1024) };
    expectErrorBody(await server.app.inject({ method: 'PUT', url: `/api/admin/dossiers/${dossier.id}`, headers: admin, payload: tooBig }), 413, 'body-too-large');
  });

  it('refuses a sync body over 256 KiB with 413', async () => {
    for (const url of ['/api/sync/pull', '/api/sync/push']) {
      const payload = { ...pullBody, cookie: 'x'.repeat(256 * 1024) };
      expectErrorBody(await server.app.inject({ method: 'POST', url, headers: { cookie: device }, payload }), 413, 'body-too-large');
    }
  });

  it('refuses JSON nested deeper than any body of the contract, and text with NUL, before a route sees it', async () => {
    const deepArgs = '['.repeat(33) + ']'.repeat(33);
    const deep = `{"schemaVersion":1,"clientId":"client-limits-1","mutations":[{"id":1,"name":"x","args":${deepArgs}}]}`;
    const nul = JSON.stringify({ schemaVersion: 1, clientId: 'client-limits-1', mutations: [{ id: 1, name: 'a\u0000b', args: {} }] });
    for (const payload of [deep, nul]) {
      const response = await server.app.inject({ method: 'POST', url: '/api/sync/push', headers: { ...json, cookie: device }, payload });
      expectErrorBody(response, 400, 'invalid-json');
    }
  });

  it.each([
    ['__proto__ at the top', '{"__proto__":{"admin":true},"code":"ABCD-EFGH-JK"}'],
    ['__proto__ deep inside', '{"schemaVersion":1,"clientId":"client-limits-1","mutations":[{"id":1,"name":"x","args":{"a":{"__proto__":{"x":1}}}}]}'],
    ['constructor.prototype', '{"schemaVersion":1,"clientId":"client-limits-1","cookie":{"constructor":{"prototype":{"x":1}}}}'],
  ])('refuses %s with 400', async (_name, payload) => {
    for (const url of ['/api/activate', '/api/sync/pull', '/api/sync/push']) {
      const response = await server.app.inject({ method: 'POST', url, headers: { ...json, cookie: device }, payload });
      expectErrorBody(response, 400, 'invalid-json');
    }
    const put = await server.app.inject({ method: 'PUT', url: '/api/admin/dossiers/rw-proto', headers: { ...json, ...admin }, payload });
    expectErrorBody(put, 400, 'invalid-json');
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});
