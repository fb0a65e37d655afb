import { beforeEach, describe, expect, it } from 'vitest';
import { appLock, FIRST_WAIT_MS, hasPin, InvalidPinError, LOCK_AFTER_MS, pinWaitUntil, removePin, setPin, verifyPin, waitAfter, type StoredPin } from './appPin';
import { openDb, type AppDb } from './db';

// The optional app PIN of a shared family phone: a salted PBKDF2 hash only, and waits after
// five wrong tries that grow and survive a reload. Each check is a real PBKDF2 of 310,000
// iterations, so the tests have more time than the default.

let counter = 0;
const T0 = Date.parse('2026-11-22T10:00:00Z');

describe('app PIN', { timeout: 60_000 }, () => {
  let db: AppDb;
  beforeEach(() => {
    db = openDb(`pin-${++counter}`);
    appLock.lock();
  });

  it('stores a salted hash, never the PIN, and accepts only the right PIN', async () => {
    expect(await hasPin(db)).toBe(false);
    await setPin(db, '2580');
    const stored = (await db.meta.get('appPin'))?.value as StoredPin;
    expect(stored.salt).toHaveLength(16);
    expect(stored.hash).toHaveLength(32);
    expect(stored.iterations).toBeGreaterThanOrEqual(310_000);
    expect(JSON.stringify(await db.meta.toArray())).not.toContain('2580');

    appLock.lock();
    expect(await verifyPin(db, '2581', T0)).toEqual({ ok: false, waitUntil: null });
    expect(appLock.isOpen()).toBe(false);
    expect(await verifyPin(db, '2580', T0)).toEqual({ ok: true });
    expect(appLock.isOpen()).toBe(true);
  });

  it('gives the same PIN a different hash each time it is set (a fresh salt)', async () => {
    await setPin(db, '123456');
    const first = (await db.meta.get('appPin'))?.value as StoredPin;
    await setPin(db, '123456');
    const second = (await db.meta.get('appPin'))?.value as StoredPin;
    expect(Array.from(second.salt)).not.toEqual(Array.from(first.salt));
    expect(Array.from(second.hash)).not.toEqual(Array.from(first.hash));
  });

  it('refuses a PIN that is not 4 to 8 digits', async () => {
    for (const pin of ['123', '123456789', '12a4', ' 1234', '١٢٣٤']) await expect(setPin(db, pin), pin).rejects.toBeInstanceOf(InvalidPinError);
    expect(await hasPin(db)).toBe(false);
    await setPin(db, '12345678');
    expect(await hasPin(db)).toBe(true);
  });

  it('waits 30 s after five wrong tries, longer after each next one, and checks nothing while waiting', async () => {
    await setPin(db, '2580');
    for (let i = 1; i <= 4; i++) expect(await verifyPin(db, '0000', T0)).toEqual({ ok: false, waitUntil: null });
    expect(await verifyPin(db, '0000', T0)).toEqual({ ok: false, waitUntil: T0 + FIRST_WAIT_MS });
    // Even the right PIN is not checked during the wait.
    expect(await verifyPin(db, '2580', T0 + FIRST_WAIT_MS - 1)).toEqual({ ok: false, waitUntil: T0 + FIRST_WAIT_MS });
    expect(await pinWaitUntil(db, T0 + 1)).toBe(T0 + FIRST_WAIT_MS);
    const t1 = T0 + FIRST_WAIT_MS;
    expect(await verifyPin(db, '1111', t1)).toEqual({ ok: false, waitUntil: t1 + 2 * FIRST_WAIT_MS });
    const t2 = t1 + 2 * FIRST_WAIT_MS;
    expect(await verifyPin(db, '1111', t2)).toEqual({ ok: false, waitUntil: t2 + 4 * FIRST_WAIT_MS });
    // The wait is stored: a reload (another connection to the database) still waits.
    const reopened = openDb(db.name);
    expect(await pinWaitUntil(reopened, t2 + 1)).toBe(t2 + 4 * FIRST_WAIT_MS);
    const t3 = t2 + 4 * FIRST_WAIT_MS;
    expect(await verifyPin(reopened, '2580', t3)).toEqual({ ok: true });
    // The right PIN forgets the wrong tries.
    expect(await verifyPin(reopened, '0000', t3)).toEqual({ ok: false, waitUntil: null });
  });

  it('grows the wait up to an hour', () => {
    expect([4, 5, 6, 7].map(waitAfter)).toEqual([0, 30_000, 60_000, 120_000]);
    expect(waitAfter(40)).toBe(60 * 60_000);
  });

  it('closes after five minutes in the background, not after a shorter look away', async () => {
    await setPin(db, '2580');
    expect(appLock.isOpen()).toBe(true);
    appLock.hidden(T0);
    appLock.visible(T0 + LOCK_AFTER_MS - 1);
    expect(appLock.isOpen()).toBe(true);
    appLock.hidden(T0);
    appLock.visible(T0 + LOCK_AFTER_MS);
    expect(appLock.isOpen()).toBe(false);
  });

  it('removing the PIN removes the hash and the wrong tries', async () => {
    await setPin(db, '2580');
    await verifyPin(db, '0000', T0);
    await removePin(db);
    expect(await db.meta.get('appPin')).toBeUndefined();
    expect(await db.meta.get('appPinTries')).toBeUndefined();
    expect(await verifyPin(db, 'anything', T0)).toEqual({ ok: true });
  });
});
