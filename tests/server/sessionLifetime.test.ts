import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain/sync';
import { findSession } from '../../src/server/store';
import { backends } from './backends';
import { aStaffId, aStaffMember } from '../support/builders';
import { staffDevice } from './devices';
import { activateDevice, admin, expectErrorBody, pullRaw, pushRaw, serverWithDossier, type TestServer } from './harness';

// Sliding expiry (src/server/http/sessionLifetime.ts): 180 days without use ends a session (a
// staff session: 14 days), every use moves the end on and sends the cookie again; the token itself
// is never rotated.

const DAY_MS = 86_400_000;
const COOKIE_MAX_AGE = 400 * 24 * 3600;
const pullBody = { schemaVersion: SCHEMA_VERSION, clientId: 'client-lifetime-1', cookie: null };

describe.each(backends)('session lifetime on $name', (backend) => {
  let server: TestServer;
  let dossierId: string;
  serverWithDossier(backend, (s, d) => {
    server = s;
    dossierId = d;
  });

  const tokenOf = (cookie: string) => cookie.slice('tir_session='.length);

  async function lastSeen(device: string): Promise<string> {
    const session = await findSession(server.db, tokenOf(device));
    if (!session) throw new Error('no session');
    return (await server.db.selectFrom('session').select('last_seen_at').where('id', '=', session.id).executeTakeFirstOrThrow()).last_seen_at;
  }

  async function lastUsedDaysAgo(device: string, days: number): Promise<void> {
    const session = await findSession(server.db, tokenOf(device));
    if (!session) throw new Error('no session');
    const at = new Date(Date.now() - days * DAY_MS).toISOString();
    await server.db.updateTable('session').set({ last_seen_at: at }).where('id', '=', session.id).execute();
  }

  const sessionCookieOf = (response: Awaited<ReturnType<typeof pullRaw>>) => response.cookies.find((c) => c.name === 'tir_session');

  it('lets a device back in after 179 days offline, and renews both ends of the session', async () => {
    const device = await activateDevice(server.app, dossierId);
    await lastUsedDaysAgo(device, 179);
    const before = Date.now();
    const response = await pullRaw(server.app, device, pullBody);
    expect(response.statusCode).toBe(200);
    expect(Date.parse(await lastSeen(device))).toBeGreaterThanOrEqual(before - 1000);
    // Same token (no rotation), a fresh Max-Age, and the same attributes as at activation.
    expect(sessionCookieOf(response)).toMatchObject({
      value: tokenOf(device),
      maxAge: COOKIE_MAX_AGE,
      httpOnly: true,
      sameSite: 'Strict',
      path: '/api',
    });
  });

  it('renews the cookie at most once an hour, not with every answer', async () => {
    const device = await activateDevice(server.app, dossierId);
    await lastUsedDaysAgo(device, 2);
    expect(sessionCookieOf(await pullRaw(server.app, device, pullBody))).toBeDefined();
    expect(sessionCookieOf(await pullRaw(server.app, device, pullBody))).toBeUndefined();
  });

  it('ends a session unused for 180 days: 401, like a revoked one, and no cookie renewed', async () => {
    const device = await activateDevice(server.app, dossierId);
    await lastUsedDaysAgo(device, 180);
    const pulled = await pullRaw(server.app, device, pullBody);
    expectErrorBody(pulled, 401, 'unauthenticated');
    expect(sessionCookieOf(pulled)).toBeUndefined();
    expectErrorBody(await pushRaw(server.app, device, { ...pullBody, cookie: undefined, mutations: [] }), 401, 'unauthenticated');
  });

  it('never renews a revoked device (DELETE /api/admin/devices/:id), however recently it was used', async () => {
    const device = await activateDevice(server.app, dossierId);
    const session = await findSession(server.db, tokenOf(device));
    await lastUsedDaysAgo(device, 1);
    const revoked = await server.app.inject({ method: 'DELETE', url: `/api/admin/devices/${session?.id ?? ''}`, headers: admin });
    expect(revoked.statusCode).toBe(204);
    const pulled = await pullRaw(server.app, device, pullBody);
    expectErrorBody(pulled, 401, 'unauthenticated');
    expect(sessionCookieOf(pulled)).toBeUndefined();
  });

  it('does not renew a session whose request failed', async () => {
    const device = await activateDevice(server.app, dossierId);
    await lastUsedDaysAgo(device, 3);
    const response = await pullRaw(server.app, device, { ...pullBody, schemaVersion: 'one' });
    expectErrorBody(response, 400, 'invalid-body');
    expect(sessionCookieOf(response)).toBeUndefined();
  });
  it('ends a staff session after 14 days without use, and renews it like any other before that', async () => {
    const staff = await staffDevice(server.app, aStaffId(), aStaffMember({ dossiers: [dossierId] }));
    await lastUsedDaysAgo(staff.cookie, 13);
    const renewed = await staff.pullRaw();
    expect(renewed.statusCode, renewed.body).toBe(200);
    expect(sessionCookieOf(renewed)).toMatchObject({ value: tokenOf(staff.cookie), maxAge: COOKIE_MAX_AGE });
    await lastUsedDaysAgo(staff.cookie, 14);
    const ended = await staff.pullRaw();
    expectErrorBody(ended, 401, 'unauthenticated');
    expect(sessionCookieOf(ended)).toBeUndefined();
  });
});
