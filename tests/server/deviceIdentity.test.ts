import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { activateResponseSchema, SCHEMA_VERSION } from '../../src/domain/sync';
import { sha256 } from '../../src/server/store/secrets';
import { backends } from './backends';
import { aFullDossier, aShare, aStaffId, aStaffMember } from '../support/builders';
import { activateWith, share, staffDevice, TestDevice } from './devices';
import { giveDeviceKey } from './deviceKeys';
import { admin, expectErrorBody, newCode, pullRaw, pushRaw, putDossier, serverFor, type TestServer } from './harness';

// Threat model, "Activation, lost cookies and device identity": the restore secret that brings
// back a lost cookie (POST /api/device/restore), the check that lets an activated device ask
// before it becomes someone else's (POST /api/activate/check), and clientIds bound to one grant.

const DAY_MS = 86_400_000;
const attend = (id: number, appointmentId = 'a1') => ({ id, name: 'appointment.setAttendance', args: { appointmentId, attendance: 'coming' } });

function restoreRaw(app: FastifyInstance, restoreSecret: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: '/api/device/restore', payload: { restoreSecret } });
}

/** A restore that works: the new cookie and the next secret. */
async function restore(app: FastifyInstance, restoreSecret: string): Promise<{ cookie: string; secret: string; answer: unknown }> {
  const response = await restoreRaw(app, restoreSecret);
  expect(response.statusCode, response.body).toBe(200);
  const cookie = response.cookies.find((c) => c.name === 'tir_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api' });
  const answer = activateResponseSchema.parse(response.json());
  if (!answer.restoreSecret || !cookie) throw new Error('no restore secret or cookie');
  return { cookie: `tir_session=${cookie.value}`, secret: answer.restoreSecret, answer };
}

const secretOf = (device: TestDevice): string => {
  const secret = device.activation?.restoreSecret;
  if (!secret) throw new Error('activated without a restore secret');
  return secret;
};

describe.each(backends)('device identity on $name', (backend) => {
  let server: TestServer;
  serverFor(backend, (s) => {
    server = s;
  });

  const newPhone = async () => {
    const dossierId = (await putDossier(server.app, aFullDossier())).id;
    return { dossierId, phone: await activateWith(server.app, await newCode(server.app, dossierId)) };
  };
  const sessionRow = (id: string) => server.db.selectFrom('session').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const sessionIdOf = async (secret: string) =>
    (await server.db.selectFrom('session').select('id').where('restore_hash', '=', sha256(secret)).executeTakeFirstOrThrow()).id;

  describe('restore secret', () => {
    it('is given at activation to an inburgeraar’s and a helper’s phone, stored only as its hash, and never to a staff device', async () => {
      const { dossierId, phone } = await newPhone();
      const secret = secretOf(phone);
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
      const rows = await server.db.selectFrom('session').selectAll().where('dossier_id', '=', dossierId).execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]?.restore_hash).toBe(sha256(secret));
      expect(JSON.stringify(rows)).not.toContain(secret);

      const helper = await activateWith(server.app, await share(phone, aShare()));
      expect(helper.activation?.restoreSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);

      const staff = await staffDevice(server.app, aStaffId(), aStaffMember({ dossiers: [dossierId] }));
      expect(staff.activation?.kind).toBe('staff');
      expect(staff.activation?.restoreSecret).toBeUndefined();
      const staffRows = await server.db.selectFrom('session').select(['restore_hash']).where('kind', '=', 'staff').execute();
      expect(staffRows.every((r) => r.restore_hash === null)).toBe(true);
    });

    it('brings back a lost cookie for the same session: same clientId numbering, changes delivered once, audited', async () => {
      const { dossierId, phone } = await newPhone();
      expect((await phone.send('appointment.setAttendance', { appointmentId: 'a1', attendance: 'coming' })).status).toBe('applied');
      const sessionId = await sessionIdOf(secretOf(phone));

      const restored = await restore(server.app, secretOf(phone));
      expect(restored.answer).toMatchObject({ kind: 'inburgeraar', dossierId });
      expect(restored.secret).not.toBe(secretOf(phone));
      // The same session row: a new token hash, nothing else of the device changes.
      const row = await sessionRow(sessionId);
      expect(row.token_hash).toBe(sha256(restored.cookie.slice('tir_session='.length)));
      expect(await server.db.selectFrom('session').select('id').where('dossier_id', '=', dossierId).execute()).toHaveLength(1);

      // The waiting changes arrive exactly once: #1 was already processed, #2 is new.
      const again = new TestDevice(server.app, restored.cookie);
      const pushed = await pushRaw(server.app, restored.cookie, { schemaVersion: SCHEMA_VERSION, clientId: phone.clientId, mutations: [attend(1), attend(2, 'a2')] });
      expect(pushed.json()).toEqual({ results: [{ id: 1, status: 'alreadyProcessed' }, { id: 2, status: 'applied' }] });
      expect(again.cookie).toBe(restored.cookie);
      const records = await server.db.selectFrom('mutation').select('mutation_id').where('client_id', '=', phone.clientId).execute();
      expect(records.map((r) => r.mutation_id).sort()).toEqual([1, 2]);

      // The lost cookie (if anyone still has it) no longer works.
      expectErrorBody(await phone.pullRaw(), 401, 'unauthenticated');

      const audit = await server.app.inject({ method: 'GET', url: `/api/admin/dossiers/${dossierId}/audit`, headers: admin });
      expect(audit.json<{ entries: { action: string; sessionId?: string }[] }>().entries).toContainEqual(
        expect.objectContaining({ action: 'device.restore', sessionId, actor: 'inburgeraar' }),
      );
    });

    it('rotates on use, keeping the previous secret valid until the newest has been used once', async () => {
      const { phone } = await newPhone();
      const first = secretOf(phone);
      // The answer with the second secret is lost: the phone still has the first, which still works.
      const second = await restore(server.app, first);
      const third = await restore(server.app, first);
      // Now the phone uses the newest it received: the first one ends.
      const fourth = await restore(server.app, third.secret);
      expectErrorBody(await restoreRaw(server.app, first), 401, 'unauthenticated');
      expectErrorBody(await restoreRaw(server.app, second.secret), 401, 'unauthenticated');
      // Its own answer lost again: the third (now the previous one) still works, and only the newest cookie does.
      const fifth = await restore(server.app, third.secret);
      expect(fourth.secret).not.toBe(fifth.secret);
      expectErrorBody(await new TestDevice(server.app, fourth.cookie).pullRaw(), 401, 'unauthenticated');
      expect((await new TestDevice(server.app, fifth.cookie).pullRaw()).statusCode).toBe(200);
    });

    it('ends with the session: revoked, dossier deleted, share revoked, unused 180 days, or unknown', async () => {
      const revoked = await newPhone();
      const revokedId = await sessionIdOf(secretOf(revoked.phone));
      expect((await server.app.inject({ method: 'DELETE', url: `/api/admin/devices/${revokedId}`, headers: admin })).statusCode).toBe(204);
      expectErrorBody(await restoreRaw(server.app, secretOf(revoked.phone)), 401, 'unauthenticated');

      const deleted = await newPhone();
      expect((await server.app.inject({ method: 'DELETE', url: `/api/admin/dossiers/${deleted.dossierId}`, headers: admin })).statusCode).toBe(204);
      expectErrorBody(await restoreRaw(server.app, secretOf(deleted.phone)), 401, 'unauthenticated');

      const owner = await newPhone();
      const shareArgs = aShare();
      const helper = await activateWith(server.app, await share(owner.phone, shareArgs));
      expect((await owner.phone.send('share.revoke', { id: shareArgs.id })).status).toBe('applied');
      expectErrorBody(await restoreRaw(server.app, secretOf(helper)), 401, 'unauthenticated');

      const idle = await newPhone();
      const idleId = await sessionIdOf(secretOf(idle.phone));
      const longAgo = new Date(Date.now() - 181 * DAY_MS).toISOString();
      await server.db.updateTable('session').set({ last_seen_at: longAgo }).where('id', '=', idleId).execute();
      expectErrorBody(await restoreRaw(server.app, secretOf(idle.phone)), 401, 'unauthenticated');

      expectErrorBody(await restoreRaw(server.app, 'x'.repeat(43)), 401, 'unauthenticated');
      expectErrorBody(await restoreRaw(server.app, 'short'), 400, 'invalid-body');
    });

    it('after a restore, revoking the device ends the new cookie and the new secret too', async () => {
      const { phone } = await newPhone();
      const restored = await restore(server.app, secretOf(phone));
      const id = await sessionIdOf(restored.secret);
      expect((await server.app.inject({ method: 'DELETE', url: `/api/admin/devices/${id}`, headers: admin })).statusCode).toBe(204);
      expectErrorBody(await new TestDevice(server.app, restored.cookie).pullRaw(), 401, 'unauthenticated');
      expectErrorBody(await restoreRaw(server.app, restored.secret), 401, 'unauthenticated');
      expectErrorBody(await restoreRaw(server.app, secretOf(phone)), 401, 'unauthenticated');
    });
  });

  describe('activation check', () => {
    it('says whom a code is for without using it, and refuses an unknown or used code like activation', async () => {
      const { dossierId, phone } = await newPhone();
      const code = await newCode(server.app, dossierId);
      const check = () => server.app.inject({ method: 'POST', url: '/api/activate/check', payload: { code } });
      const checked = await check();
      expect(checked.statusCode, checked.body).toBe(200);
      expect(checked.json()).toEqual({ kind: 'inburgeraar', dossierId });
      expect(checked.cookies).toEqual([]);
      // Still usable afterwards.
      await activateWith(server.app, code);
      expectErrorBody(await check(), 400, 'invalid-code');

      const shareArgs = aShare();
      const shareCode = await share(phone, shareArgs);
      const helperCheck = await server.app.inject({ method: 'POST', url: '/api/activate/check', payload: { code: shareCode } });
      expect(helperCheck.json()).toEqual({ kind: 'helper', dossierId, shareId: shareArgs.id });

      const staffId = aStaffId();
      expect((await server.app.inject({ method: 'PUT', url: `/api/admin/staff/${staffId}`, headers: admin, payload: aStaffMember({ dossiers: [dossierId] }) })).statusCode).toBe(201);
      const staffCode = (await server.app.inject({ method: 'POST', url: `/api/admin/staff/${staffId}/activation-codes`, headers: admin })).json<{ code: string }>().code;
      const staffCheck = await server.app.inject({ method: 'POST', url: '/api/activate/check', payload: { code: staffCode } });
      // Who, never what: no caseload.
      expect(staffCheck.json()).toEqual({ kind: 'staff', staffId });

      expectErrorBody(await server.app.inject({ method: 'POST', url: '/api/activate/check', payload: { code: 'AAAA-BBBB-CC' } }), 400, 'invalid-code');
    });
  });

  describe('clientIds bound to one grant', () => {
    const pullWith = (cookie: string, clientId: string) => pullRaw(server.app, cookie, { schemaVersion: SCHEMA_VERSION, clientId, cookie: null });
    const pushWith = (cookie: string, clientId: string) => pushRaw(server.app, cookie, { schemaVersion: SCHEMA_VERSION, clientId, mutations: [attend(2)] });

    it('refuses a clientId of a live device of another dossier, another share or another staff member with 409 client-id-taken', async () => {
      const a = await newPhone();
      expect((await a.phone.send('appointment.setAttendance', { appointmentId: 'a1', attendance: 'coming' })).status).toBe('applied');
      const b = await newPhone();
      expectErrorBody(await pushWith(b.phone.cookie, a.phone.clientId), 409, 'client-id-taken');
      expectErrorBody(await pullWith(b.phone.cookie, a.phone.clientId), 409, 'client-id-taken');

      // Two helpers of the same dossier, through different shares.
      const helper1 = await activateWith(server.app, await share(a.phone, aShare()));
      const helper2 = await activateWith(server.app, await share(a.phone, aShare()));
      // A helper's client row comes with its first push (refused: a helper only reads).
      expect((await helper1.send('appointment.setAttendance', { appointmentId: 'a1', attendance: 'coming' })).status).toBe('rejected');
      expectErrorBody(await pullWith(helper2.cookie, helper1.clientId), 409, 'client-id-taken');
      // Nor may the inburgeraar's phone take the helper's (another kind).
      expectErrorBody(await pullWith(a.phone.cookie, helper1.clientId), 409, 'client-id-taken');

      const staff1 = await staffDevice(server.app, aStaffId(), aStaffMember({ dossiers: [a.dossierId] }));
      const staff2 = await staffDevice(server.app, aStaffId(), aStaffMember({ dossiers: [a.dossierId] }));
      expect((await staff1.send('visit.addNote', { id: randomUUID(), dossierId: a.dossierId, text: 'Bezoek' })).status).toBe('applied');
      expectErrorBody(await pullWith(staff2.cookie, staff1.clientId), 409, 'client-id-taken');
      expectErrorBody(await pushWith(staff2.cookie, staff1.clientId), 409, 'client-id-taken');

      // The owner keeps its client as it was: its answer and its two shares.
      const owned = await a.phone.pull(true);
      expect(owned.lastMutationId).toBe(3);
    });

    it('lets a new session of the same grant take over the clientId (activated again), so waiting changes arrive once', async () => {
      const { dossierId, phone } = await newPhone();
      expect((await phone.send('appointment.setAttendance', { appointmentId: 'a1', attendance: 'coming' })).status).toBe('applied');
      const again = await activateWith(server.app, await newCode(server.app, dossierId));
      const pulled = await pullWith(again.cookie, phone.clientId);
      expect(pulled.json<{ lastMutationId: number }>().lastMutationId).toBe(1);
      expect((await pushWith(again.cookie, phone.clientId)).json()).toEqual({ results: [{ id: 2, status: 'applied' }] });

      // A staff member's second work device with the first one's clientId: the same grant.
      const staffId = aStaffId();
      const staff1 = await staffDevice(server.app, staffId, aStaffMember({ dossiers: [dossierId] }));
      expect((await staff1.send('visit.addNote', { id: randomUUID(), dossierId, text: 'Bezoek' })).status).toBe('applied');
      const code = (await server.app.inject({ method: 'POST', url: `/api/admin/staff/${staffId}/activation-codes`, headers: admin })).json<{ code: string }>().code;
      const staff1Again = await activateWith(server.app, code);
      await giveDeviceKey(server.app, staff1Again.cookie);
      expect((await pullWith(staff1Again.cookie, staff1.clientId)).json<{ lastMutationId: number }>().lastMutationId).toBe(1);
    });
  });
});

describe.each(backends)('restore and check limits on $name', (backend) => {
  let server: TestServer;
  serverFor(
    backend,
    (s) => {
      server = s;
    },
    {
      app: {
        activateRateLimit: { max: 3, timeWindow: 60_000 },
        abuseLimits: { authFailures: { max: 2, windowMs: 60_000 }, activationAll: { max: 100_000, windowMs: 60_000 }, activationPerCode: { max: 2, windowMs: 60_000 } },
      },
    },
  );

  it('limits restores per address like activation, and counts refused secrets as failed attempts', async () => {
    const wrong = (ip: string) => server.app.inject({ method: 'POST', url: '/api/device/restore', payload: { restoreSecret: 'y'.repeat(43) }, remoteAddress: ip });
    expectErrorBody(await wrong('203.0.113.7'), 401, 'unauthenticated');
    expectErrorBody(await wrong('203.0.113.7'), 401, 'unauthenticated');
    // Two refused secrets lock the address out, before the per-route rate is reached.
    expectErrorBody(await wrong('203.0.113.7'), 429, 'rate-limited');
    // The per-route rate: the fourth request from one address in a minute.
    const other = '203.0.113.8';
    const { phone } = await (async () => {
      const dossierId = (await putDossier(server.app, aFullDossier())).id;
      return { phone: await activateWith(server.app, await newCode(server.app, dossierId)) };
    })();
    let secret = secretOf(phone);
    for (let i = 0; i < 3; i++) {
      const ok = await server.app.inject({ method: 'POST', url: '/api/device/restore', payload: { restoreSecret: secret }, remoteAddress: other });
      expect(ok.statusCode, ok.body).toBe(200);
      secret = activateResponseSchema.parse(ok.json()).restoreSecret ?? '';
    }
    const limited = await server.app.inject({ method: 'POST', url: '/api/device/restore', payload: { restoreSecret: secret }, remoteAddress: other });
    expectErrorBody(limited, 429, 'rate-limited');
  });

  it('counts a refused code check as a failed activation of that code prefix', async () => {
    const check = (code: string) => server.app.inject({ method: 'POST', url: '/api/activate/check', payload: { code }, remoteAddress: '198.51.100.9' });
    expectErrorBody(await check('QQQQ-QQ22-22'), 400, 'invalid-code');
    expectErrorBody(await check('QQQQ-QQ33-33'), 400, 'invalid-code');
    expectErrorBody(await check('QQQQ-QQ44-44'), 429, 'rate-limited');
  });
});
