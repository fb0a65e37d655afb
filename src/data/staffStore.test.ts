import { beforeEach, describe, expect, it } from 'vitest';
import { aDossier } from '../../tests/support/builders';
import { FakeSyncServer } from '../../tests/support/fakeSyncServer';
import { MutationError } from '../domain/mutators';
import { openDb, type AppDb } from './db';
import { getMeta, mutate, resetDevice } from './local';
import { StaffStore } from './staffStore';
import { parseProof, proofMessage } from '../domain/deviceProof';
import { fromB64url, hex } from './bytes';
import { noteServerDate } from './serverClock';
import { LOCK_AFTER_MS, openVaultDb, StaffVault, VaultLockedError, type Argon2 } from './staffVault';
import { SyncEngine } from './sync';

// A begeleider's phone: the caseload and the waiting changes are only ever stored sealed. The
// raw checks read IndexedDB directly (fake-indexeddb), not through the store.

const AMAL = 'rw-test-0001';
const YONAS = 'rw-test-0002';
const PIN = '482913';
const NOTE = 'Huisarts gebeld, afspraak dinsdag om tien uur';
let counter = 0;

/** The KDF has its own tests (staffVault.test.ts); here a SHA-256 stand-in keeps each test quick. */
const fastArgon2: Argon2 = async (secret, salt) =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array([...new TextEncoder().encode(secret), ...salt])));

function rawDump(dbName: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onerror = () => reject(new Error('cannot open'));
    request.onsuccess = () => {
      const idb = request.result;
      const names = [...idb.objectStoreNames];
      const tx = idb.transaction(names);
      const out: Record<string, unknown> = {};
      for (const name of names) {
        const all = tx.objectStore(name).getAll();
        all.onsuccess = () => (out[name] = all.result);
      }
      tx.oncomplete = () => {
        idb.close();
        const decoder = new TextDecoder();
        resolve(JSON.stringify(out, (_k, v: unknown) => (v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? decoder.decode(v as ArrayBuffer) : v)));
      };
    };
  });
}

describe('staff store: the caseload sealed in the PIN vault', () => {
  let db: AppDb;
  let vaultName: string;
  let vault: StaffVault;
  let store: StaffStore;
  let server: FakeSyncServer;
  let engine: SyncEngine;

  beforeEach(async () => {
    counter += 1;
    db = openDb(`staff-store-${counter}`);
    vaultName = `staff-store-vault-${counter}`;
    vault = new StaffVault(openVaultDb(vaultName), LOCK_AFTER_MS, fastArgon2);
    await resetDevice(db, { kind: 'staff', dossierId: null, staffId: 'st-1', role: 'begeleider', dossiers: [AMAL, YONAS] });
    server = new FakeSyncServer(AMAL);
    server.load(aDossier({ id: AMAL, firstName: 'Amal' }));
    server.load(aDossier({ id: YONAS, firstName: 'Yonas', language: 'ti', contacts: [] }));
    store = new StaffStore(db, vault, server.fetch);
    engine = new SyncEngine(db, server.fetch);
    engine.useStaffStore(store);
  });

  it('never syncs a staff caseload into the plain database, not even before a store is registered', async () => {
    const bare = new SyncEngine(db, server.fetch);
    expect(await bare.sync()).toBe('locked');
    expect(server.requests).toEqual([]);
    // With a vault that is still locked, it only asks whether it may stay (see the revoked test).
    expect(await engine.sync()).toBe('locked');
    expect(server.requests).toEqual(['/api/sync/pull']);
    expect(await vault.db.rows.count()).toBe(0);
    expect(await db.dossiers.count()).toBe(0);
    await expect(mutate(db, 'visit.addNote', { id: crypto.randomUUID(), dossierId: AMAL, text: NOTE })).rejects.toThrow(MutationError);
  });

  it('stores no name, phone number or note text readably, in either database', async () => {
    await vault.setPin(PIN);
    expect(await engine.sync()).toBe('synced');
    server.failWith = 'network';
    await store.change('visit.addNote', { id: crypto.randomUUID(), dossierId: AMAL, text: NOTE });
    await store.change('checklist.setStatus', { dossierId: AMAL, itemId: 'k1', status: 'done' });

    const sealed = await rawDump(vaultName);
    const plain = await rawDump(db.name);
    for (const secret of ['Amal', 'Yonas', '+31701234567', 'Mark de Vries', 'Huisarts gebeld', 'Nederlandse les', PIN]) {
      expect(sealed).not.toContain(secret);
      expect(plain).not.toContain(secret);
    }
    expect(sealed).toContain(AMAL);
    // deviceKeyRegistered holds the public key only (the server has it too).
    expect((await db.meta.toArray()).map((m) => m.key).sort()).toEqual(['clientId', 'cookie', 'deviceKeyRegistered', 'lastSyncedAt', 'nextMutationId', 'session']);
    for (const table of ['dossiers', 'checklist', 'appointments', 'contacts', 'visitNotes', 'outbox'] as const) {
      expect(await db.table(table).count()).toBe(0);
    }
    // Through the vault, with the key, it is all there.
    expect(await vault.get('dossiers', AMAL)).toMatchObject({ firstName: 'Amal' });
    expect(await store.outbox(10)).toEqual([
      expect.objectContaining({ id: 1, name: 'visit.addNote', args: expect.objectContaining({ text: NOTE }) }),
      expect.objectContaining({ id: 2, name: 'checklist.setStatus' }),
    ]);
  });

  it('refuses reads, changes and syncs while locked', async () => {
    await vault.setPin(PIN);
    await engine.sync();
    vault.lock();
    await expect(vault.get('dossiers', AMAL)).rejects.toThrow(VaultLockedError);
    await expect(store.change('checklist.setStatus', { dossierId: AMAL, itemId: 'k1', status: 'done' })).rejects.toThrow(VaultLockedError);
    server.update('checklist', `${AMAL}/k1`, { status: 'busy' });
    const before = server.requests.length;
    expect(await engine.sync()).toBe('locked');
    // Nothing pushed, nothing stored: the pull only asked whether the device may stay.
    expect(server.requests.slice(before)).toEqual(['/api/sync/pull']);
    await vault.unlock(PIN);
    expect(await vault.get('checklist', `${AMAL}/k1`)).toMatchObject({ status: 'todo' });
  });

  it('keeps waiting changes through a lock and a restart, and delivers them once unlocked', async () => {
    await vault.setPin(PIN);
    await engine.sync();
    server.failWith = 'network';
    const noteId = crypto.randomUUID();
    await store.change('visit.addNote', { id: noteId, dossierId: YONAS, text: NOTE });
    await store.change('checklist.setStatus', { dossierId: YONAS, itemId: 'k1', status: 'busy' });
    expect(await engine.sync()).toBe('offline');
    vault.lock();

    // The app starts again: a new vault object on the same database, the key only from the PIN.
    const again = new StaffVault(openVaultDb(vaultName), LOCK_AFTER_MS, fastArgon2);
    const store2 = new StaffStore(db, again, server.fetch);
    const engine2 = new SyncEngine(db, server.fetch);
    engine2.useStaffStore(store2);
    await again.unlock(PIN);
    expect((await store2.outbox(10)).map((m) => m.id)).toEqual([1, 2]);
    server.failWith = null;
    expect(await engine2.sync()).toBe('synced');
    expect(server.applied).toEqual([
      expect.objectContaining({ id: 1, name: 'visit.addNote', status: 'applied' }),
      expect.objectContaining({ id: 2, name: 'checklist.setStatus', status: 'applied' }),
    ]);
    expect(server.rows.get(`visitNotes:${YONAS}/${noteId}`)?.value).toMatchObject({ text: NOTE });
    expect(await store2.outbox(10)).toEqual([]);
    // The next change continues the numbering the server knows.
    await store2.change('checklist.setStatus', { dossierId: YONAS, itemId: 'k1', status: 'done' });
    expect((await store2.outbox(10)).map((m) => m.id)).toEqual([3]);
  });

  it('applies a pull and replays the waiting change on top of it', async () => {
    await vault.setPin(PIN);
    await engine.sync();
    server.failWith = 'network';
    await store.change('checklist.setStatus', { dossierId: AMAL, itemId: 'k1', status: 'done' });
    // Meanwhile the consulent renamed the lesson and the inburgeraar set the item to busy.
    server.update('appointments', `${AMAL}/a1`, { title: 'Taalles verplaatst' });
    server.update('checklist', `${AMAL}/k1`, { status: 'busy' });

    // Pulled, but the push has not gone through yet: the local change stays on top.
    server.failWith = null;
    await store.applyPull(await (await server.fetch('/api/sync/pull', { body: JSON.stringify({ clientId: await getMeta(db, 'clientId'), cookie: await getMeta(db, 'cookie') }) })).json());
    expect(await vault.get('appointments', `${AMAL}/a1`)).toMatchObject({ title: 'Taalles verplaatst' });
    expect(await vault.get('checklist', `${AMAL}/k1`)).toMatchObject({ status: 'done' });
    expect((await store.outbox(10)).map((m) => m.id)).toEqual([1]);

    expect(await engine.sync()).toBe('synced');
    expect(await store.outbox(10)).toEqual([]);
    expect(await vault.get('checklist', `${AMAL}/k1`)).toMatchObject({ status: 'done' });
  });

  it('refuses a change for a household outside the caseload, and keeps a refused change sealed', async () => {
    await vault.setPin(PIN);
    await engine.sync();
    await expect(store.change('visit.addNote', { id: crypto.randomUUID(), dossierId: 'rw-other', text: NOTE })).rejects.toThrow(
      expect.objectContaining({ code: 'not-in-caseload' }),
    );
    // The item is gone on the server before the change arrives: refused, undone at the next pull.
    server.failWith = 'network';
    await store.change('checklist.setStatus', { dossierId: AMAL, itemId: 'k1', status: 'done' });
    server.update('checklist', `${AMAL}/k1`, null);
    server.failWith = null;
    expect(await engine.sync()).toBe('synced');
    expect(await store.rejected()).toEqual([expect.objectContaining({ id: 1, error: expect.objectContaining({ code: 'not-found' }) })]);
    expect(await vault.get('checklist', `${AMAL}/k1`)).toBeUndefined();
  });

  it('wipes a locked device that was revoked at its next contact, without the PIN', async () => {
    await vault.setPin(PIN);
    await engine.sync();
    await store.change('visit.addNote', { id: crypto.randomUUID(), dossierId: AMAL, text: NOTE });
    vault.lock();
    server.failWith = 403;
    expect(await engine.sync()).toBe('signed-out');
    expect(await vault.db.rows.count()).toBe(0);
    expect(await vault.db.vault.count()).toBe(0);
    expect(await db.meta.count()).toBe(0);
  });

  it('wipes the vault and the device meta when the device was revoked', async () => {
    await vault.setPin(PIN);
    await engine.sync();
    await store.change('visit.addNote', { id: crypto.randomUUID(), dossierId: AMAL, text: NOTE });
    server.failWith = 401;
    expect(await engine.sync()).toBe('signed-out');
    expect(await vault.db.rows.count()).toBe(0);
    expect(await vault.db.vault.count()).toBe(0);
    expect(vault.unlocked).toBe(false);
    expect(await db.meta.count()).toBe(0);
  });

  it("keeps the sealed vault and its waiting change when the browser lost the cookie (401 'no-session'), locked or not", async () => {
    await vault.setPin(PIN);
    await engine.sync();
    await store.change('visit.addNote', { id: crypto.randomUUID(), dossierId: AMAL, text: NOTE });
    const lostCookie: typeof fetch = () =>
      Promise.resolve(new Response(JSON.stringify({ error: { code: 'no-session', message: '' } }), { status: 401, headers: { 'content-type': 'application/json' } }));
    const cookieless = new SyncEngine(db, lostCookie);
    cookieless.useStaffStore(store);
    expect(await cookieless.sync()).toBe('no-session');
    vault.lock();
    expect(await cookieless.sync()).toBe('locked');
    const rows = await vault.db.rows.count();
    expect(rows).toBeGreaterThan(0);
    expect(await db.meta.get('session')).toBeDefined();
    expect(await rawDump(vaultName)).not.toContain(NOTE);

    // Activated again as the same staff member: the PIN opens the same vault and the note goes out.
    await vault.unlock(PIN);
    expect((await store.outbox(10)).map((m) => m.name)).toEqual(['visit.addNote']);
    expect(await engine.sync()).toBe('synced');
    expect(server.applied).toEqual([expect.objectContaining({ id: 1, name: 'visit.addNote', status: 'applied' })]);
  });
  it('signs every sync request with the device key it registered once; a locked device sends no proof', async () => {
    await vault.setPin(PIN);
    expect(await engine.sync()).toBe('synced');
    await store.change('visit.addNote', { id: crypto.randomUUID(), dossierId: AMAL, text: NOTE });
    expect(await engine.sync()).toBe('synced');
    expect(server.deviceKeys).toEqual([vault.publicKey]);
    expect(server.proofs.map((p) => p.path)).toEqual(['/api/sync/pull', '/api/sync/push', '/api/sync/pull']);
    const verifier = await crypto.subtle.importKey('spki', fromB64url(server.deviceKeys[0] ?? ''), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    for (const { path, proof, body } of server.proofs) {
      const parsed = parseProof(proof);
      if (!parsed) throw new Error(`no proof: ${proof}`);
      expect(Math.abs(Date.now() - parsed.timestamp)).toBeLessThan(60_000);
      const digest = hex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body))));
      const message = new TextEncoder().encode(proofMessage('POST', path, parsed.timestamp, digest));
      expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, verifier, fromB64url(parsed.signature), message)).toBe(true);
    }

    // Locked: only the question "may I stay?", unsigned; a live session's answer (proof-required) keeps the vault.
    vault.lock();
    const proofRequired: typeof fetch = (input, init) => {
      server.proofs.push({ path: String(input), proof: new Headers(init?.headers).get('x-tir-proof') ?? '', body: '' });
      return Promise.resolve(new Response(JSON.stringify({ error: { code: 'proof-required', message: '' } }), { status: 428, headers: { 'content-type': 'application/json' } }));
    };
    const locked = new SyncEngine(db, proofRequired);
    locked.useStaffStore(store);
    expect(await locked.sync()).toBe('locked');
    expect(server.proofs.at(-1)).toEqual({ path: '/api/sync/pull', proof: '', body: '' });
    expect(await vault.db.rows.count()).toBeGreaterThan(0);
    expect(await db.meta.get('session')).toBeDefined();
  });
  it('signs with the server’s time once an answer showed that the phone’s clock is wrong', async () => {
    await vault.setPin(PIN);
    const ahead = 2 * 3_600_000;
    const serverDate = () => new Date(Date.now() + ahead).toUTCString();
    const dated: typeof fetch = async (input, init) => {
      const response = await server.fetch(input, init);
      const headers = new Headers(response.headers);
      headers.set('date', serverDate());
      return new Response(response.status === 204 ? null : await response.text(), { status: response.status, headers });
    };
    const skewed = new SyncEngine(db, dated);
    skewed.useStaffStore(store);
    try {
      expect(await skewed.sync()).toBe('synced');
      const first = parseProof(server.proofs[0]?.proof);
      expect(Math.abs((first?.timestamp ?? 0) - Date.now())).toBeLessThan(60_000);
      expect(await skewed.sync()).toBe('synced');
      const later = parseProof(server.proofs.at(-1)?.proof);
      expect(Math.abs((later?.timestamp ?? 0) - (Date.now() + ahead))).toBeLessThan(60_000);
    } finally {
      noteServerDate(new Date().toUTCString());
    }
  });
});
