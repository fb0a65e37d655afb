import { beforeEach, describe, expect, it } from 'vitest';
import { aDossier, aLesson } from '../../tests/support/builders';
import { FakeSyncServer } from '../../tests/support/fakeSyncServer';
import { rowKey } from '../domain/tables';
import { openDb, type AppDb } from './db';
import { applyPull, getMeta, mutate, resetDevice } from './local';
import { INTERVAL_MS, INTERVAL_WITH_PUSH_MS, SyncEngine } from './sync';
import { SCHEMA_VERSION } from '../domain/sync';

const DOSSIER = 'rw-test-0001';
const LESSON_KEY = rowKey(DOSSIER, 'a1');
let dbCounter = 0;

describe('sync engine', () => {
  let db: AppDb;
  let server: FakeSyncServer;
  let engine: SyncEngine;

  beforeEach(async () => {
    db = openDb(`sync-test-${++dbCounter}`);
    await resetDevice(db, DOSSIER);
    server = new FakeSyncServer(DOSSIER);
    server.load(aDossier({ id: DOSSIER }));
    engine = new SyncEngine(db, server.fetch);
  });

  it('looks for changes every minute, and only every half hour once notifications are on (issue 13, item 5)', () => {
    expect(engine.idleInterval()).toBe(INTERVAL_MS);
    engine.setNotifications(true);
    expect(engine.idleInterval()).toBe(INTERVAL_WITH_PUSH_MS);
    expect(INTERVAL_WITH_PUSH_MS).toBe(30 * INTERVAL_MS);
    engine.setNotifications(false);
    expect(engine.idleInterval()).toBe(INTERVAL_MS);
  });

  it('fills an empty device with the whole dossier on the first sync', async () => {
    expect(await engine.sync()).toBe('synced');
    expect(await db.appointments.get(LESSON_KEY)).toMatchObject({ title: 'Nederlandse les', dossierId: DOSSIER });
    expect(await db.dossiers.get(DOSSIER)).toMatchObject({ firstName: 'Amal' });
    expect(await getMeta(db, 'lastSyncedAt')).toEqual(expect.any(String));
  });

  it('applies a change offline at once, keeps it in the outbox and delivers it exactly once', async () => {
    await engine.sync();
    server.failWith = 'network';
    await mutate(db, 'appointment.setAttendance', { appointmentId: 'a1', attendance: 'not-coming', reason: 'ziek' });
    expect(await db.attendance.get(LESSON_KEY)).toMatchObject({ attendance: 'not-coming', reason: 'ziek' });
    expect(await engine.sync()).toBe('offline');
    expect(engine.getState()).toMatchObject({ phase: 'offline' });
    expect(await db.outbox.count()).toBe(1);

    server.failWith = null;
    expect(await engine.sync()).toBe('synced');
    expect(await engine.sync()).toBe('synced');
    expect(server.applied).toEqual([expect.objectContaining({ id: 1, name: 'appointment.setAttendance', status: 'applied' })]);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.attendance.get(LESSON_KEY)).toMatchObject({ attendance: 'not-coming' });
  });

  it('numbers changes consecutively and survives reopening the database', async () => {
    await engine.sync();
    server.failWith = 'network';
    await mutate(db, 'appointment.setAttendance', { appointmentId: 'a1', attendance: 'coming' });
    await mutate(db, 'appointment.setAttendance', { appointmentId: 'a1', attendance: 'not-coming' });
    db.close();
    const reopened = openDb(db.name);
    expect((await reopened.outbox.toArray()).map((m) => m.id)).toEqual([1, 2]);
    server.failWith = null;
    expect(await new SyncEngine(reopened, server.fetch).sync()).toBe('synced');
    expect(server.applied.map((a) => a.id)).toEqual([1, 2]);
    expect(await reopened.attendance.get(LESSON_KEY)).toMatchObject({ attendance: 'not-coming' });
  });

  it('replays waiting changes on top of newer server data (rebase)', async () => {
    await engine.sync();
    // The push fails, but the pull (below) brings a server-side change of the same appointment.
    await mutate(db, 'appointment.setAttendance', { appointmentId: 'a1', attendance: 'coming' });
    server.update('appointments', LESSON_KEY, { title: 'Les in lokaal 2' });
    const pending = await db.outbox.toArray();
    const value = { ...server.rows.get(`appointments:${LESSON_KEY}`)?.value };
    await applyPull(db, { cookie: server.version, lastMutationId: 0, patch: [{ op: 'put', table: 'appointments', id: LESSON_KEY, value }] });
    expect(await db.outbox.toArray()).toEqual(pending);
    expect(await db.appointments.get(LESSON_KEY)).toMatchObject({ title: 'Les in lokaal 2' });
    expect(await db.attendance.get(LESSON_KEY)).toMatchObject({ attendance: 'coming' });
  });

  it('removes rows the server deleted', async () => {
    await engine.sync();
    server.update('appointments', LESSON_KEY, null);
    await engine.sync();
    expect(await db.appointments.get(LESSON_KEY)).toBeUndefined();
  });

  it('keeps a refused change visible and undoes its optimistic effect', async () => {
    server.load(aDossier({ id: DOSSIER, appointments: [aLesson('a1', new Date(Date.now() + 86_400_000).toISOString())] }));
    await engine.sync();
    await mutate(db, 'appointment.setAttendance', { appointmentId: 'a1', attendance: 'coming' });
    // Meanwhile the municipality cancelled the lesson: the server refuses "coming".
    server.update('appointments', LESSON_KEY, { status: 'cancelled' });
    expect(await engine.sync()).toBe('synced');
    expect(await db.rejected.toArray()).toEqual([
      expect.objectContaining({ id: 1, name: 'appointment.setAttendance', error: expect.objectContaining({ code: 'appointment-cancelled' }) }),
    ]);
    expect(await db.outbox.count()).toBe(0);
    await engine.sync();
    expect(await db.attendance.get(LESSON_KEY)).toBeUndefined();
    expect(await db.appointments.get(LESSON_KEY)).toMatchObject({ status: 'cancelled' });
  });

  it('wipes the device when the session is no longer valid', async () => {
    await engine.sync();
    server.failWith = 401;
    expect(await engine.sync()).toBe('signed-out');
    expect(await engine.sync()).toBe('not-activated');
    expect(engine.getState()).toEqual({ phase: 'idle', errorCode: 'signed-out' });
    expect(await db.appointments.count()).toBe(0);
    expect(await getMeta(db, 'dossierId')).toBeUndefined();
  });

  describe('a 401 with its code', () => {
    /** The fake server behind a door that answers 401 with the given code while `code` is set. */
    let code: string | null = null;
    const door: typeof fetch = (input, init) =>
      code
        ? Promise.resolve(new Response(JSON.stringify({ error: { code, message: code } }), { status: 401, headers: { 'content-type': 'application/json' } }))
        : server.fetch(input, init);

    beforeEach(() => {
      code = null;
      engine = new SyncEngine(db, door);
    });

    it("'no-session' (the browser lost its cookie) keeps the rows and the waiting changes, which are delivered once activated again", async () => {
      await engine.sync();
      await mutate(db, 'appointment.setAttendance', { appointmentId: 'a1', attendance: 'not-coming', reason: 'ziek' });
      code = 'no-session';
      expect(await engine.sync()).toBe('no-session');
      expect(engine.getState()).toEqual({ phase: 'error', errorCode: 'no-session' });
      expect(await engine.sync()).toBe('no-session');
      expect(await db.outbox.count()).toBe(1);
      expect(await db.appointments.get(LESSON_KEY)).toMatchObject({ title: 'Nederlandse les' });
      expect(await db.attendance.get(LESSON_KEY)).toMatchObject({ attendance: 'not-coming' });
      expect(await getMeta(db, 'dossierId')).toBe(DOSSIER);
      expect(server.applied).toEqual([]);

      code = null; // a new cookie from a new activation
      expect(await engine.sync()).toBe('synced');
      expect(engine.getState()).toEqual({ phase: 'idle' });
      expect(server.applied).toEqual([expect.objectContaining({ id: 1, name: 'appointment.setAttendance', status: 'applied' })]);
      expect(await db.outbox.count()).toBe(0);
    });

    it("'unauthenticated' (revoked, expired, deleted) wipes the device, waiting changes included", async () => {
      await engine.sync();
      await mutate(db, 'appointment.setAttendance', { appointmentId: 'a1', attendance: 'coming' });
      code = 'unauthenticated';
      expect(await engine.sync()).toBe('signed-out');
      expect(engine.getState()).toEqual({ phase: 'idle', errorCode: 'signed-out' });
      expect(await db.outbox.count()).toBe(0);
      expect(await db.appointments.count()).toBe(0);
      expect(await getMeta(db, 'dossierId')).toBeUndefined();
    });
  });

  it('keeps its waiting changes when the server speaks only a newer sync schema, and delivers them once it speaks this one', async () => {
    await engine.sync();
    server.speaks = [SCHEMA_VERSION + 1];
    await mutate(db, 'appointment.setAttendance', { appointmentId: 'a1', attendance: 'coming' });
    expect(await engine.sync()).toBe('update-required');
    expect(engine.getState()).toEqual({ phase: 'error', errorCode: 'update-required' });
    expect((await db.outbox.toArray()).map((m) => m.id)).toEqual([1]);
    expect(server.applied).toEqual([]);
    // A retry keeps saying "update first" while it runs (no flicker of the update prompt).
    const seen: (string | undefined)[] = [];
    const unsubscribe = engine.subscribe((state) => seen.push(state.errorCode));
    expect(await engine.sync()).toBe('update-required');
    unsubscribe();
    expect(seen).toEqual(['update-required', 'update-required']);
    // The updated app (here: a server that speaks this version again) sends it once, under its id.
    server.speaks = [SCHEMA_VERSION + 1, SCHEMA_VERSION];
    expect(await engine.sync()).toBe('synced');
    expect(await engine.sync()).toBe('synced');
    expect(server.applied).toEqual([expect.objectContaining({ id: 1, status: 'applied' })]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('waits (does not ask for an update) when the server speaks only older sync schemas', async () => {
    await engine.sync();
    server.speaks = [SCHEMA_VERSION - 1];
    await mutate(db, 'appointment.setAttendance', { appointmentId: 'a1', attendance: 'coming' });
    expect(await engine.sync()).toBe('error');
    expect(engine.getState()).toEqual({ phase: 'error', errorCode: 'schema-version' });
    expect(await db.outbox.count()).toBe(1);
    engine.stop();
  });

  it('renumbers waiting changes when the server knows fewer than expected', async () => {
    await engine.sync();
    server.failWith = 'network';
    await mutate(db, 'appointment.setAttendance', { appointmentId: 'a1', attendance: 'coming' });
    // Pretend ids 1..4 were acknowledged and forgotten by a server restored from a backup.
    await db.outbox.clear();
    await db.outbox.add({ id: 5, name: 'appointment.setAttendance', args: { appointmentId: 'a1', attendance: 'not-coming' }, createdAt: new Date().toISOString() });
    server.failWith = null;
    expect(await engine.sync()).toBe('synced');
    expect(server.applied).toEqual([expect.objectContaining({ id: 1, status: 'applied' })]);
    expect(await getMeta(db, 'nextMutationId')).toBe(2);
  });

  it('folds a burst of sync requests into few round trips', async () => {
    await Promise.all([engine.sync(), engine.sync(), engine.sync(), engine.sync()]);
    const pulls = server.requests.filter((r) => r === '/api/sync/pull').length;
    expect(pulls).toBeLessThanOrEqual(2);
  });

  it('lets a session switch wait until no answer for the old session can still arrive', async () => {
    // The old session's pull is answered late; an activation must not begin before that answer.
    let answer: () => void = () => undefined;
    const late = new Promise<void>((resolve) => (answer = resolve));
    const events: string[] = [];
    const slow = new SyncEngine(db, async (input, init) => {
      if (String(input).endsWith('/pull')) await late;
      const response = await server.fetch(input, init);
      events.push(`answer ${String(input)}`);
      return response;
    });
    const syncing = slow.sync();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const switched = slow.exclusive(async () => void events.push('switch'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual([]);
    answer();
    await Promise.all([syncing, switched]);
    expect(events).toEqual(['answer /api/sync/pull', 'switch']);
  });

  it('refuses a change that cannot apply without writing anything', async () => {
    await engine.sync();
    await expect(mutate(db, 'appointment.setAttendance', { appointmentId: 'nope', attendance: 'coming' })).rejects.toThrow(/does not exist/);
    // @ts-expect-error -- an unknown name does not compile; at run time it is refused too
    await expect(mutate(db, 'no.such', {})).rejects.toThrow(/Unknown mutation/);
    expect(await db.outbox.count()).toBe(0);
    expect(await getMeta(db, 'nextMutationId')).toBe(1);
  });
});
