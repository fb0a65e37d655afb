import { afterEach, describe, expect, it, vi } from 'vitest';
import { aDossier } from '../../tests/support/builders';
import { FakeSyncServer } from '../../tests/support/fakeSyncServer';
import { openDb } from './db';
import { resetDevice } from './local';
import { SyncEngine } from './sync';

// A phone whose storage is full cannot store what it pulls: the sync says it could not update,
// not that there is no internet. (Changes made by the person: see ChangeProblem.test.tsx.)

describe('sync on a full phone', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reports storage-full, not offline, and syncs again once there is room', async () => {
    const db = openDb('sync-storage-full');
    await resetDevice(db, 'rw-test-0001');
    const server = new FakeSyncServer('rw-test-0001');
    server.load(aDossier({ id: 'rw-test-0001' }));
    const engine = new SyncEngine(db, server.fetch);
    const quota = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('full', 'QuotaExceededError') });
    const transaction = db.transaction.bind(db);
    const spy = vi.spyOn(db, 'transaction').mockImplementation(((...args: Parameters<typeof transaction>) => {
      // Reads still work on a full phone; writes (rw) are refused.
      return args[0] === 'rw' ? Promise.reject(quota) : transaction(...args);
    }) as typeof db.transaction);

    expect(await engine.sync()).toBe('error');
    expect(engine.getState()).toEqual({ phase: 'error', errorCode: 'storage-full' });
    expect(await db.dossiers.count()).toBe(0);

    spy.mockRestore();
    expect(await engine.sync()).toBe('synced');
    expect(await db.dossiers.count()).toBe(1);
    engine.stop();
  });
});
