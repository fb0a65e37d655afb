import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type AppDb } from './db';
import { getMeta, getSession, mutate, resetDevice } from './local';
import { deviceProfile } from './profile';
import { SyncEngine } from './sync';

// Device kinds: the activation answer decides what a device is and may do (docs/architecture.md, "Who uses it: device kinds").

let counter = 0;
const SHARE = '7f0c8f9e-1d55-4c51-9a51-0b7d2f1f8a10';

function pullOnlyServer(requests: string[]): typeof fetch {
  return (input) => {
    const path = typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
    requests.push(path);
    return Promise.resolve(new Response(JSON.stringify({ cookie: 1, lastMutationId: 0, patch: [] }), { status: 200 }));
  };
}

describe('device kinds', () => {
  let db: AppDb;
  beforeEach(() => {
    db = openDb(`kinds-${++counter}`);
  });

  it('keeps an inburgeraar activated by dossier id alone as an inburgeraar', async () => {
    await resetDevice(db, 'rw-1');
    expect(await getSession(db)).toEqual({ kind: 'inburgeraar' });
    expect(await getMeta(db, 'dossierId')).toBe('rw-1');
  });

  it('decides each kind\'s profile in one place: a staff caseload in the vault, a helper read-only', async () => {
    expect(await deviceProfile(db)).toEqual({ kind: null, store: 'device', readOnly: false });
    await resetDevice(db, 'rw-1');
    expect(await deviceProfile(db)).toEqual({ kind: 'inburgeraar', store: 'device', readOnly: false });
    await resetDevice(db, { kind: 'helper', dossierId: 'rw-1', shareId: SHARE, sections: ['agenda'], expiresAt: '2030-01-01T00:00:00.000Z' });
    expect(await deviceProfile(db)).toEqual({ kind: 'helper', store: 'device', readOnly: true });
    await resetDevice(db, { kind: 'staff', dossierId: null, staffId: 'mw-1', role: 'consulent', dossiers: ['rw-1'] });
    expect(await deviceProfile(db)).toEqual({ kind: 'staff', store: 'vault', readOnly: false });
  });

  it('treats a device activated before kinds were stored as an inburgeraar', async () => {
    await db.meta.put({ key: 'dossierId', value: 'rw-1' });
    expect(await getSession(db)).toEqual({ kind: 'inburgeraar' });
  });

  it('never queues a change on a helper device', async () => {
    await resetDevice(db, { kind: 'helper', dossierId: 'rw-1', shareId: SHARE, sections: ['agenda'], expiresAt: '2030-01-01T00:00:00.000Z' });
    expect(await getSession(db)).toMatchObject({ kind: 'helper', sections: ['agenda'] });
    await expect(mutate(db, 'appointment.setAttendance', { appointmentId: 'a1', attendance: 'coming' })).rejects.toThrow(/only read/);
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps a staff device, which has no dossier of its own, out of the plain database: it syncs only through its vault', async () => {
    await resetDevice(db, { kind: 'staff', dossierId: null, staffId: 'mw-1', role: 'begeleider', dossiers: ['rw-1'] });
    expect(await getMeta(db, 'dossierId')).toBeUndefined();
    expect(await getSession(db)).toMatchObject({ kind: 'staff', role: 'begeleider' });
    const requests: string[] = [];
    // No vault registered (or a locked one): no request, nothing stored (staffStore.test.ts syncs it).
    expect(await new SyncEngine(db, pullOnlyServer(requests)).sync()).toBe('locked');
    expect(requests).toEqual([]);
    await expect(mutate(db, 'visit.addNote', { id: SHARE, dossierId: 'rw-1', text: 'Bezoek' })).rejects.toThrow(/vault/);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.visitNotes.count()).toBe(0);
  });
});
