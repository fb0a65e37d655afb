import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type AppDb } from './db';
import { mutate, resetDevice } from './local';
import { openVaultDb, STAFF_DB_NAME } from './staffVault';
import { openFeedbackDb } from './feedback';
import { FEEDBACK_DB_NAME } from './storageKeys';
import { flushPendingSignOut, removeMyData, SIGN_OUT_PENDING_KEY, signOutPending } from './thisPhone';

// "Remove my data from this phone": every database emptied, no cache but the app's own, and the
// session ended on the server — now, or at the next connection.

/** A small Cache Storage: jsdom has none. */
class FakeCaches {
  readonly stores = new Map<string, Map<string, Response>>();
  keys = () => Promise.resolve([...this.stores.keys()]);
  delete = (name: string) => Promise.resolve(this.stores.delete(name));
  open = (name: string) => {
    const entries = this.stores.get(name) ?? new Map<string, Response>();
    this.stores.set(name, entries);
    return Promise.resolve({
      keys: () => Promise.resolve([...entries.keys()].map((url) => new Request(url))),
      delete: (request: Request) => Promise.resolve(entries.delete(request.url)),
    });
  };
  put(name: string, url: string) {
    const entries = this.stores.get(name) ?? new Map<string, Response>();
    entries.set(url, new Response('x'));
    this.stores.set(name, entries);
  }
}

const PRECACHE = 'workbox-precache-v2-http://localhost/';
let counter = 0;

/** Records in every store of the database; a database that is gone holds none. */
async function recordsIn(name: string): Promise<number> {
  if (!(await indexedDB.databases()).some((d) => d.name === name)) return 0;
  const probe = new Dexie(name);
  await probe.open();
  let total = 0;
  for (const table of probe.tables) total += await table.count();
  probe.close();
  return total;
}

function server(status: number | 'offline', calls: string[]): typeof fetch {
  return (input, init) => {
    calls.push(`${init?.method ?? 'GET'} ${String(input)}`);
    return status === 'offline' ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(new Response(null, { status }));
  };
}

describe('remove my data from this phone', () => {
  let db: AppDb;
  let fakeCaches: FakeCaches;
  beforeEach(async () => {
    localStorage.clear();
    localStorage.setItem('thuis.language', 'ar');
    localStorage.setItem('thuis.helperReading.7f0c8f9e-1d55-4c51-9a51-0b7d2f1f8a10', '1');
    fakeCaches = new FakeCaches();
    vi.stubGlobal('caches', fakeCaches);
    db = openDb(`wipe-${++counter}`);
    await resetDevice(db, 'rw-1');
    await db.dossiers.put({ key: 'rw-1', id: 'rw-1', firstName: 'Amal' } as never);
    await db.appointments.put({ key: 'a1', id: 'a1', dossierId: 'rw-1', start: '2026-11-24T09:00:00+01:00' } as never);
    await mutate(db, 'appointment.setAttendance', { appointmentId: 'a1', attendance: 'not-coming' }).catch(() => undefined);
    await db.outbox.put({ id: 7, name: 'question.ask', args: { text: 'Waar is de les?' }, createdAt: new Date().toISOString() });
    await db.meta.put({ key: 'appPin', value: { salt: new Uint8Array(16), hash: new Uint8Array(32), iterations: 1 } });
    const vault = openVaultDb();
    await vault.rows.put({ key: 'r1', table: 'dossiers', iv: new Uint8Array(12), data: new ArrayBuffer(8) });
    vault.close();
    const feedback = openFeedbackDb();
    await feedback.queue.put({ clientId: '00000000-0000-4000-8000-000000000001', page: 'geld', language: 'ar', choice: 'wrong-language', text: 'Mijn eigen woorden', createdAt: new Date().toISOString() });
    feedback.close();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('empties the app’s database, the staff database and waiting feedback, and keeps the app’s caches but nothing else', async () => {
    expect(await recordsIn(db.name)).toBeGreaterThan(5);
    expect(await recordsIn(STAFF_DB_NAME)).toBe(1);
    expect(await recordsIn(FEEDBACK_DB_NAME)).toBe(1);
    fakeCaches.put(PRECACHE, 'http://localhost/index.html');
    fakeCaches.put(PRECACHE, 'http://localhost/api/sync/pull');
    fakeCaches.put('locales', 'http://localhost/assets/locale-ar-home-abc.js');
    fakeCaches.put('api-responses', 'http://localhost/api/calendar/abc.ics');
    const calls: string[] = [];

    expect(await removeMyData(db, server(204, calls))).toBe('signed-out');

    expect(await recordsIn(db.name)).toBe(0);
    expect(await recordsIn(STAFF_DB_NAME)).toBe(0);
    expect(await recordsIn(FEEDBACK_DB_NAME)).toBe(0);
    expect([...fakeCaches.stores.keys()].sort()).toEqual([PRECACHE, 'locales'].sort());
    expect([...(fakeCaches.stores.get(PRECACHE)?.keys() ?? [])]).toEqual(['http://localhost/index.html']);
    expect(calls).toEqual(['POST /api/device/signout']);
    expect(signOutPending()).toBe(false);
    // The language is not personal: the welcome screen opens in it.
    expect(localStorage.getItem('thuis.language')).toBe('ar');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('thuis.helperReading.'))).toEqual([]);
  });

  it('opens the same database again, empty and usable, for the next activation', async () => {
    await removeMyData(db, server(204, []));
    expect(await db.meta.count()).toBe(0);
    await resetDevice(db, 'rw-2');
    expect((await db.meta.get('dossierId'))?.value).toBe('rw-2');
  });

  it('offline: wipes all the same and signs out at the next connection', async () => {
    const calls: string[] = [];
    expect(await removeMyData(db, server('offline', calls))).toBe('pending');
    expect(await recordsIn(db.name)).toBe(0);
    expect(localStorage.getItem(SIGN_OUT_PENDING_KEY)).toBe('1');

    await flushPendingSignOut(server('offline', calls));
    expect(signOutPending()).toBe(true);
    await flushPendingSignOut(server(429, calls));
    expect(signOutPending()).toBe(true);
    await flushPendingSignOut(server(204, calls));
    expect(signOutPending()).toBe(false);
    expect(calls).toHaveLength(4);
    // Nothing waiting: nothing sent.
    await flushPendingSignOut(server(204, calls));
    expect(calls).toHaveLength(4);
  });
});
