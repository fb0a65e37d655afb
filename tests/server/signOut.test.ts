import { describe, expect, it } from 'vitest';
import { auditResponseSchema, devicesResponseSchema } from '../../src/domain/adminApi';
import { backends } from './backends';
import { aFullDossier, aShare, aStaffId, aStaffMember } from '../support/builders';
import { activateWith, inburgeraarDevice, share, staffDevice, type TestDevice } from './devices';
import { admin, expectErrorBody, putDossier, serverFor, type TestServer } from './harness';

// POST /api/device/signout: "remove my data from this phone" ends the phone's own session.

describe.each(backends)('a device signs itself out on $name', (backend) => {
  let server: TestServer;
  serverFor(backend, (s) => {
    server = s;
  });

  const signOut = (cookie?: string, payload?: string) =>
    server.app.inject({
      method: 'POST',
      url: '/api/device/signout',
      headers: { ...(cookie ? { cookie } : {}), ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(payload === undefined ? {} : { payload }),
    });

  const expectSignedOut = (response: Awaited<ReturnType<typeof signOut>>) => {
    expect(response.statusCode, response.body).toBe(204);
    expect(response.body).toBe('');
    expect(response.headers['cache-control']).toBe('no-store');
    const cleared = response.cookies.find((c) => c.name === 'tir_session');
    expect(cleared).toMatchObject({ value: '', path: '/api', httpOnly: true, sameSite: 'Strict' });
    expect(cleared?.expires?.getTime() ?? Number.POSITIVE_INFINITY).toBeLessThan(Date.now());
  };

  const devicesOf = async (dossierId: string) => {
    const response = await server.app.inject({ method: 'GET', url: `/api/admin/dossiers/${dossierId}/devices`, headers: admin });
    return devicesResponseSchema.parse(response.json()).devices;
  };

  it('revokes only this device: its next pull and push get 401, the other phone keeps syncing', async () => {
    const dossierId = (await putDossier(server.app, aFullDossier())).id;
    const phone = await inburgeraarDevice(server.app, dossierId);
    const other = await inburgeraarDevice(server.app, dossierId);
    expect((await phone.pull()).patch.length).toBeGreaterThan(1);

    expectSignedOut(await signOut(phone.cookie));

    expectErrorBody(await phone.pullRaw(), 401, 'unauthenticated');
    expectErrorBody(await phone.pushRaw(), 401, 'unauthenticated');
    expect((await other.pull()).patch.length).toBeGreaterThan(1);
    const devices = await devicesOf(dossierId);
    expect(devices.map((d) => d.revokedAt === null)).toEqual([false, true]);

    const { entries } = auditResponseSchema.parse(
      (await server.app.inject({ method: 'GET', url: `/api/admin/dossiers/${dossierId}/audit`, headers: admin })).json(),
    );
    const signedOut = entries.filter((e) => e.action === 'device.signout');
    expect(signedOut).toEqual([expect.objectContaining({ actor: 'inburgeraar', dossierId, sessionId: devices[0]?.id })]);
  });

  it('is idempotent: twice, a revoked, an unknown or no cookie is 204 and changes nothing', async () => {
    const dossierId = (await putDossier(server.app, aFullDossier())).id;
    const phone = await inburgeraarDevice(server.app, dossierId);
    const other = await inburgeraarDevice(server.app, dossierId);
    expectSignedOut(await signOut(phone.cookie));
    const after = await devicesOf(dossierId);
    expectSignedOut(await signOut(phone.cookie));
    expectSignedOut(await signOut('tir_session=made-up-token'));
    expectSignedOut(await signOut());
    expectSignedOut(await signOut(phone.cookie, '{}'));
    // Revoked once, at the first sign-out; the other phone untouched.
    expect(await devicesOf(dossierId)).toEqual(after);
    expect((await other.pull()).patch.length).toBeGreaterThan(1);
  });

  it('signs out a helper’s and a staff member’s device the same way', async () => {
    const dossierId = (await putDossier(server.app, aFullDossier())).id;
    const owner = await inburgeraarDevice(server.app, dossierId);
    const helper = await activateWith(server.app, await share(owner, aShare()));
    const staff = await staffDevice(server.app, aStaffId(), aStaffMember({ dossiers: [dossierId] }));
    for (const device of [helper, staff] satisfies TestDevice[]) {
      expect((await device.pullRaw()).statusCode).toBe(200);
      expectSignedOut(await signOut(device.cookie));
      expectErrorBody(await device.pullRaw(), 401, 'unauthenticated');
    }
    expect((await owner.pull(true)).patch.length).toBeGreaterThan(1);
  });

  it('refuses a body other than nothing or {} (400), and then revokes nothing', async () => {
    const dossierId = (await putDossier(server.app, aFullDossier())).id;
    const phone = await inburgeraarDevice(server.app, dossierId);
    expectErrorBody(await signOut(phone.cookie, '{"sessionId":"someone-else"}'), 400, 'invalid-body');
    expectErrorBody(await signOut(phone.cookie, '[]'), 400, 'invalid-body');
    expect((await phone.pullRaw()).statusCode).toBe(200);
  });
});
