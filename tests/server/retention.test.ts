import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adminQuestionsResponseSchema } from '../../src/domain/personalApi';
import { SCHEMA_VERSION } from '../../src/domain/sync';
import { createDatabase } from '../../src/server/db/createDatabase';
import { RETENTION_INTERVAL_MS, scheduleRetention } from '../../src/server/retentionSchedule';
import { findSession } from '../../src/server/store';
import { purgeExpired, type PurgeCounts } from '../../src/server/store/retention';
import { backends } from './backends';
import { aFullDossier } from '../support/builders';
import { activateDevice, admin, expectErrorBody, newCode, pull, pullRaw, push, pushRaw, putDossier, startServer, type TestServer } from './harness';

// Storage limitation (src/server/store/retention.ts): used and expired codes go 30 days after,
// ended sessions (180 days unused, or revoked) 30 days after, with their clients, and mutation
// records after 90 days. Each limit is checked a minute on either side.

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const NOTHING: PurgeCounts = { activation_code: 0, session: 0, client: 0, mutation: 0, calendar_feed: 0, share_code: 0, feedback: 0, question_photo: 0 };

/** `days` before `now`, moved by `ms` (negative: further back, i.e. just outside a limit). */
const ago = (now: Date, days: number, ms = 0) => new Date(now.getTime() - days * DAY_MS + ms).toISOString();
const INSIDE = MINUTE_MS;
const OUTSIDE = -MINUTE_MS;

const setStatus = (id: number, status = 'done') => ({ id, name: 'checklist.setStatus', args: { itemId: 'k1', status } });

describe.each(backends)('data retention on $name', (backend) => {
  let server: TestServer;
  let dossierId: string;
  beforeEach(async () => {
    server = await startServer(backend);
    dossierId = (await putDossier(server.app, aFullDossier())).id;
  });
  afterEach(() => server.close());

  async function sessionIdOf(device: string): Promise<string> {
    const session = await findSession(server.db, device.slice('tir_session='.length));
    if (!session) throw new Error('no live session');
    return session.id;
  }

  /** An activated device that has pushed one change under `clientId`; returns its cookie and session id. */
  async function deviceWithChange(clientId: string): Promise<{ cookie: string; sessionId: string }> {
    const cookie = await activateDevice(server.app, dossierId);
    await push(server.app, cookie, [setStatus(1)], clientId);
    return { cookie, sessionId: await sessionIdOf(cookie) };
  }

  const setSession = (id: string, values: { last_seen_at?: string; revoked_at?: string }) =>
    server.db.updateTable('session').set(values).where('id', '=', id).execute();

  const sessionIds = async () => (await server.db.selectFrom('session').select('id').orderBy('id').execute()).map((r) => r.id);
  const clientIds = async () => (await server.db.selectFrom('client').select('client_id').orderBy('client_id').execute()).map((r) => r.client_id);
  const mutationsOf = async (clientId: string) =>
    (await server.db.selectFrom('mutation').select('mutation_id').where('client_id', '=', clientId).orderBy('mutation_id').execute()).map((r) => r.mutation_id);

  async function insertCode(hash: string, values: { used_at: string | null; expires_at: string }, now: Date): Promise<void> {
    await server.db
      .insertInto('activation_code')
      .values({ code_hash: hash, dossier_id: dossierId, kind: 'dossier', staff_id: null, share_id: null, created_at: ago(now, 45), ...values })
      .execute();
  }

  it('removes activation codes used or expired more than 30 days ago, and keeps the rest', async () => {
    const now = new Date();
    await insertCode('used-inside', { used_at: ago(now, 30, INSIDE), expires_at: ago(now, 16) }, now);
    await insertCode('used-outside', { used_at: ago(now, 30, OUTSIDE), expires_at: ago(now, 16) }, now);
    await insertCode('expired-inside', { used_at: null, expires_at: ago(now, 30, INSIDE) }, now);
    await insertCode('expired-outside', { used_at: null, expires_at: ago(now, 30, OUTSIDE) }, now);
    await insertCode('valid', { used_at: null, expires_at: ago(now, -14) }, now);
    const valid = await newCode(server.app, dossierId);

    expect(await purgeExpired(server.db, now)).toEqual({ ...NOTHING, activation_code: 2 });
    const inserted = ['used-inside', 'used-outside', 'expired-inside', 'expired-outside', 'valid'];
    const left = await server.db.selectFrom('activation_code').select('code_hash').where('code_hash', 'in', inserted).execute();
    expect(left.map((r) => r.code_hash).sort()).toEqual(['expired-inside', 'used-inside', 'valid']);
    // A code handed out and not yet used still works.
    expect((await server.app.inject({ method: 'POST', url: '/api/activate', payload: { code: valid } })).statusCode).toBe(200);
  });

  it('removes sessions ended more than 30 days ago with their clients and their records, and keeps the audit trail', async () => {
    const now = new Date();
    const live = await deviceWithChange('client-live');
    const idleInside = await deviceWithChange('client-idle-in');
    const idleOutside = await deviceWithChange('client-idle-out');
    const revokedInside = await deviceWithChange('client-revoked-in');
    const revokedOutside = await deviceWithChange('client-revoked-out');
    // A session expires 180 days after its last use; it is kept 30 days after that.
    await setSession(idleInside.sessionId, { last_seen_at: ago(now, 210, INSIDE) });
    await setSession(idleOutside.sessionId, { last_seen_at: ago(now, 210, OUTSIDE) });
    await setSession(revokedInside.sessionId, { revoked_at: ago(now, 30, INSIDE) });
    await setSession(revokedOutside.sessionId, { revoked_at: ago(now, 30, OUTSIDE) });

    expect(await purgeExpired(server.db, now)).toEqual({ ...NOTHING, session: 2, client: 2, mutation: 2 });
    expect(await sessionIds()).toEqual([live.sessionId, idleInside.sessionId, revokedInside.sessionId].sort());
    expect(await clientIds()).toEqual(['client-idle-in', 'client-live', 'client-revoked-in']);
    expect(await mutationsOf('client-idle-out')).toEqual([]);
    expect(await mutationsOf('client-revoked-out')).toEqual([]);
    expect(await mutationsOf('client-revoked-in')).toEqual([1]);
    // The audit trail (ids and outcomes only) still tells what those devices did.
    const trail = await server.db
      .selectFrom('audit')
      .select(['session_id', 'action'])
      .where('session_id', 'in', [idleOutside.sessionId, revokedOutside.sessionId])
      .execute();
    expect(trail.filter((e) => e.action === 'device.activate')).toHaveLength(2);
    expect(trail.filter((e) => e.action === 'checklist.setStatus')).toHaveLength(2);
  });

  it('removes mutation records older than 90 days; a retried old push is still answered alreadyProcessed', async () => {
    const now = new Date();
    const phone = await activateDevice(server.app, dossierId);
    const question = (id: number, text: string) => ({ id, name: 'question.ask', args: { id: randomUUID(), contactRole: 'consulent-inburgering', text } });
    const sent = [question(1, 'Wanneer is mijn examen?'), question(2, 'Mag ik de les missen?')];
    await push(server.app, phone, sent, 'client-log');
    const setCreated = (mutationId: number, at: string) =>
      server.db.updateTable('mutation').set({ created_at: at }).where('client_id', '=', 'client-log').where('mutation_id', '=', mutationId).execute();
    await setCreated(1, ago(now, 90, OUTSIDE));
    await setCreated(2, ago(now, 90, INSIDE));

    expect(await purgeExpired(server.db, now)).toEqual({ ...NOTHING, mutation: 1 });
    expect(await mutationsOf('client-log')).toEqual([2]);

    // The phone never got the answer and sends both again: nothing is applied twice.
    const again = await push(server.app, phone, sent, 'client-log');
    expect(again.results).toEqual([
      { id: 1, status: 'alreadyProcessed' },
      { id: 2, status: 'alreadyProcessed' },
    ]);
    expect((await push(server.app, phone, [setStatus(3)], 'client-log')).results).toEqual([{ id: 3, status: 'applied' }]);
    // The questions themselves are dossier rows: they stay until the dossier is deleted.
    const response = await server.app.inject({ method: 'GET', url: `/api/admin/dossiers/${dossierId}/questions`, headers: admin });
    const { questions } = adminQuestionsResponseSchema.parse(response.json());
    expect(questions.map((q) => q.text)).toEqual(['Wanneer is mijn examen?', 'Mag ik de les missen?']);
  });

  it('keeps a live device working after a purge; a purged session’s cookie gets 401 as before', async () => {
    const now = new Date();
    const gone = await deviceWithChange('client-goes');
    await setSession(gone.sessionId, { last_seen_at: ago(now, 211) });
    const live = await deviceWithChange('client-stays');
    const before = await pull(server.app, live.cookie, null, 'client-stays');

    expect(await purgeExpired(server.db, now)).toEqual({ ...NOTHING, session: 1, client: 1, mutation: 1 });

    const after = await pull(server.app, live.cookie, before.cookie, 'client-stays');
    expect(after.lastMutationId).toBe(1);
    expect(after.patch).toEqual([]);
    expect((await push(server.app, live.cookie, [setStatus(2, 'busy')], 'client-stays')).results).toEqual([{ id: 2, status: 'applied' }]);
    expect((await pull(server.app, live.cookie, before.cookie, 'client-stays')).patch.length).toBeGreaterThan(0);

    const body = { schemaVersion: SCHEMA_VERSION, clientId: 'client-goes' };
    expectErrorBody(await pullRaw(server.app, gone.cookie, { ...body, cookie: null }), 401, 'unauthenticated');
    expectErrorBody(await pushRaw(server.app, gone.cookie, { ...body, mutations: [setStatus(2)] }), 401, 'unauthenticated');
  });

  it('lets a phone activated again after its old session was purged number its waiting changes from 1', async () => {
    const now = new Date();
    const old = await activateDevice(server.app, dossierId);
    await push(server.app, old, [setStatus(1), setStatus(2, 'busy'), setStatus(3)], 'client-found');
    const revoked = await server.app.inject({ method: 'DELETE', url: `/api/admin/devices/${await sessionIdOf(old)}`, headers: admin });
    expect(revoked.statusCode).toBe(204);
    await server.db.updateTable('session').set({ revoked_at: ago(now, 31) }).where('revoked_at', 'is not', null).execute();
    // Its records are recent, but go with the client: the numbers 1, 2, 3 are free again.
    expect(await purgeExpired(server.db, now)).toEqual({ ...NOTHING, session: 1, client: 1, mutation: 3 });

    // The same phone, with a new code and its clientId kept (src/data/device.ts), sends change 4.
    const again = await activateDevice(server.app, dossierId);
    expectErrorBody(
      await pushRaw(server.app, again, { schemaVersion: SCHEMA_VERSION, clientId: 'client-found', mutations: [setStatus(4)] }),
      409,
      'mutation-gap',
    );
    expect((await pull(server.app, again, null, 'client-found')).lastMutationId).toBe(0);
    expect((await push(server.app, again, [setStatus(1, 'todo')], 'client-found')).results).toEqual([{ id: 1, status: 'applied' }]);
  });

  it('keeps the record of a phone activated again that only pulled since: its pull moved the client to the new session', async () => {
    const now = new Date();
    const old = await activateDevice(server.app, dossierId);
    await push(server.app, old, [setStatus(1), setStatus(2, 'busy')], 'client-moved');
    // Activated again with its clientId kept; it pulls but has nothing to send yet.
    const again = await activateDevice(server.app, dossierId);
    expect((await pull(server.app, again, null, 'client-moved')).lastMutationId).toBe(2);
    await setSession(await sessionIdOf(old), { last_seen_at: ago(now, 211) });

    expect(await purgeExpired(server.db, now)).toEqual({ ...NOTHING, session: 1 });

    // Change 2 again (its answer was lost) is still known; change 3 follows without a gap.
    expect((await push(server.app, again, [setStatus(2, 'busy'), setStatus(3)], 'client-moved')).results).toEqual([
      { id: 2, status: 'alreadyProcessed' },
      { id: 3, status: 'applied' },
    ]);
  });

  it('is harmless when two runs overlap (two instances, on PostgreSQL)', async () => {
    const now = new Date();
    await insertCode('expired-long-ago', { used_at: null, expires_at: ago(now, 60) }, now);
    const ended = await deviceWithChange('client-ended');
    await setSession(ended.sessionId, { revoked_at: ago(now, 40) });
    const live = await deviceWithChange('client-live');
    await server.db.updateTable('mutation').set({ created_at: ago(now, 100) }).where('client_id', '=', 'client-live').execute();

    // On PostgreSQL a second connection pool, as a second instance has. One SQLite file is served
    // by one process, whose runs share its one connection (a second handle in this process would
    // block the thread while it waits for the first one's write lock).
    const other = backend.name === 'postgres' ? createDatabase(server.config) : null;
    const otherDb = other?.db ?? server.db;
    try {
      const runs = await Promise.all([purgeExpired(server.db, now), purgeExpired(otherDb, now)]);
      const total = (table: keyof PurgeCounts) => runs.reduce((sum, run) => sum + run[table], 0);
      expect({ activation_code: total('activation_code'), session: total('session'), client: total('client'), mutation: total('mutation') }).toEqual({
        activation_code: 1,
        session: 1,
        client: 1,
        mutation: 2,
      });
      expect(await purgeExpired(otherDb, now)).toEqual(NOTHING);
    } finally {
      await other?.close();
    }
    expect((await push(server.app, live.cookie, [setStatus(1)], 'client-live')).results).toEqual([{ id: 1, status: 'alreadyProcessed' }]);
  });

  it('removes nothing from a store where nothing has ended', async () => {
    await deviceWithChange('client-new');
    expect(await purgeExpired(server.db)).toEqual(NOTHING);
    expect(await clientIds()).toEqual(['client-new']);
  });
});

describe.each(backends)('the retention schedule on $name', (backend) => {
  it('purges when the server is ready and every 24 hours, logs only counts, and stops when the app closes', async () => {
    const lines: string[] = [];
    // Without the notification queue's timers (push/dispatcher.ts): this test counts the retention timer.
    const server = await startServer(backend, { app: { pushDispatch: false, logger: { level: 'info', stream: { write: (line: string) => lines.push(line) } } } });
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const now = new Date();
      const personal = 'Ik kan niet komen, mijn kind is ziek';
      const oldRecord = {
        client_id: 'client-old',
        name: 'appointment.setAttendance',
        args: JSON.stringify({ appointmentId: 'a1', attendance: 'not-coming', reason: personal }),
        status: 'applied' as const,
        error: null,
        dossier_id: null,
        created_at: ago(now, 91),
      };
      await server.db.insertInto('mutation').values({ ...oldRecord, mutation_id: 1 }).execute();

      const schedule = scheduleRetention(server.app, server.db);
      await server.app.ready();
      await schedule.settled();
      expect(await server.db.selectFrom('mutation').select('mutation_id').execute()).toEqual([]);
      expect(vi.getTimerCount()).toBe(1);

      await server.db.insertInto('mutation').values({ ...oldRecord, mutation_id: 2 }).execute();
      vi.advanceTimersByTime(RETENTION_INTERVAL_MS - MINUTE_MS);
      await schedule.settled();
      expect(await server.db.selectFrom('mutation').select('mutation_id').execute()).toEqual([{ mutation_id: 2 }]);
      vi.advanceTimersByTime(MINUTE_MS);
      await schedule.settled();
      expect(await server.db.selectFrom('mutation').select('mutation_id').execute()).toEqual([]);

      const reports = lines.map((line) => JSON.parse(line) as { msg: string; retention?: PurgeCounts }).filter((l) => l.retention);
      expect(reports.map((r) => r.retention)).toEqual([
        { ...NOTHING, mutation: 1 },
        { ...NOTHING, mutation: 1 },
      ]);
      expect(lines.join('\n')).not.toContain(personal);
    } finally {
      await server.close();
      expect(vi.getTimerCount()).toBe(0);
      vi.useRealTimers();
    }
  });
});
