import { describe, expect, it, vi } from 'vitest';
import { fromB64url } from './bytes';
import { ARGON2, LOCK_AFTER_MS, openVaultDb, PBKDF2_ITERATIONS, StaffVault, VaultLockedError, WrongPinError, type Argon2, type PasskeyPort } from './staffVault';

// The caseload on a begeleider's phone must be unreadable without the PIN: the test reads the raw
// IndexedDB records (fake-indexeddb), not through the vault.

let counter = 0;

/** For tests about other things than the KDF: a SHA-256 stand-in, so they do not spend 64 MiB each. */
const fastArgon2: Argon2 = async (secret, salt) =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array([...new TextEncoder().encode(secret), ...salt])));

function rawRecords(dbName: string, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onerror = () => reject(new Error('cannot open'));
    request.onsuccess = () => {
      const all = request.result.transaction(store).objectStore(store).getAll();
      all.onsuccess = () => {
        resolve(all.result as unknown[]);
        request.result.close();
      };
    };
  });
}

function text(records: unknown[]): string {
  const decoder = new TextDecoder();
  return JSON.stringify(records, (_k, v: unknown) =>
    v instanceof ArrayBuffer ? decoder.decode(v) : ArrayBuffer.isView(v) ? decoder.decode(v) : v,
  );
}

describe('staff caseload encrypted at rest', () => {
  it('stores nothing readable: names, notes and statuses are only inside AES-GCM ciphertext', async () => {
    const name = `staff-vault-${++counter}`;
    const vault = new StaffVault(openVaultDb(name), LOCK_AFTER_MS, fastArgon2);
    await vault.setPin('482913');
    await vault.put('dossiers', 'rw-1', { dossierId: 'rw-1', firstName: 'Amal', language: 'ar' });
    await vault.put('visitNotes', 'rw-1/n1', { dossierId: 'rw-1', text: 'Huisarts gebeld, afspraak dinsdag' });

    const raw = text(await rawRecords(name, 'rows'));
    expect(raw).toContain('rw-1');
    expect(raw).not.toContain('Amal');
    expect(raw).not.toContain('Huisarts');
    expect(text(await rawRecords(name, 'vault'))).not.toContain('482913');

    expect(await vault.get('dossiers', 'rw-1')).toEqual({ dossierId: 'rw-1', firstName: 'Amal', language: 'ar' });
  });

  it('needs the right PIN after locking, and drops the key after five minutes without use', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const db = openVaultDb(`staff-vault-${++counter}`);
      const vault = new StaffVault(db, LOCK_AFTER_MS, fastArgon2);
      await vault.setPin('482913');
      await vault.put('dossiers', 'rw-1', { dossierId: 'rw-1', firstName: 'Amal' });
      vi.advanceTimersByTime(5 * 60_000 + 1);
      expect(vault.unlocked).toBe(false);
      await expect(vault.get('dossiers', 'rw-1')).rejects.toThrow(VaultLockedError);

      // A fresh start of the app (key only ever in memory) with a wrong PIN, then the right one.
      const again = new StaffVault(db, LOCK_AFTER_MS, fastArgon2);
      expect(await again.hasPin()).toBe(true);
      await expect(again.unlock('000000')).rejects.toThrow(WrongPinError);
      expect(again.unlocked).toBe(false);
      await again.unlock('482913');
      expect(await again.all('dossiers')).toEqual([{ dossierId: 'rw-1', firstName: 'Amal' }]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('derives a key that cannot be exported', async () => {
    const vault = new StaffVault(openVaultDb(`staff-vault-${++counter}`), LOCK_AFTER_MS, fastArgon2);
    await vault.setPin('482913');
    const key = (vault as unknown as { key: CryptoKey }).key;
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });
});

/** A vault as the earlier version of the app left it: a 6-digit PIN through PBKDF2, rows sealed with that key. */
async function legacyVault(name: string, pin: string, rows: { table: string; key: string; value: Record<string, unknown> }[]): Promise<void> {
  const db = openVaultDb(name);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: PBKDF2_ITERATIONS }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const seal = async (value: unknown) => {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    return { iv, data: await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(JSON.stringify(value))) };
  };
  await db.vault.bulkPut([
    { key: 'salt', value: salt },
    { key: 'pin-verifier', value: await seal('pin-verifier') },
  ]);
  for (const r of rows) await db.rows.put({ key: `${r.table}:${r.key}`, table: r.table, ...(await seal(r.value)) });
  db.close();
}

/** Stands in for the phone's authenticator: a fixed secret per credential, like a PRF. */
function fakePasskeys(): PasskeyPort & { secrets: Map<string, Uint8Array> } {
  const secrets = new Map<string, Uint8Array>();
  const prf = async (id: string, salt: Uint8Array) => {
    const secret = secrets.get(id);
    if (!secret) throw new Error('no such credential');
    return new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array([...secret, ...salt])));
  };
  return {
    secrets,
    async create() {
      const credentialId = `cred-${secrets.size + 1}`;
      secrets.set(credentialId, crypto.getRandomValues(new Uint8Array(32)));
      const prfSalt = crypto.getRandomValues(new Uint8Array(32));
      return { credentialId, prfSalt, prf: await prf(credentialId, prfSalt) };
    },
    evaluate: prf,
  };
}

describe('staff vault: passkey, Argon2id secret, device key, and the upgrade from the 6-digit PIN', () => {
  const SECRET = 'fiets regen koffie dinsdag';

  it('wraps the vault key with Argon2id (64 MiB, t=3, p=1): the right secret opens it, another does not', { timeout: 30_000 }, async () => {
    const name = `staff-vault-${++counter}`;
    const vault = new StaffVault(openVaultDb(name));
    await vault.setUp({ secret: SECRET });
    await vault.put('visitNotes', 'rw-1/n1', { dossierId: 'rw-1', text: 'Huisarts gebeld' });
    const wrap = (await vault.db.vault.get('wrap-secret'))?.value;
    expect(wrap).toMatchObject({ kdf: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 1 });
    expect(ARGON2).toEqual({ memoryKiB: 65536, iterations: 3, parallelism: 1 });
    expect(text(await rawRecords(name, 'vault'))).not.toContain(SECRET);
    expect(await vault.methods()).toEqual({ secret: true, passkey: false, legacyPin: false });

    const again = new StaffVault(openVaultDb(name));
    await expect(again.unlock('fiets regen koffie woensdag')).rejects.toThrow(WrongPinError);
    expect(again.unlocked).toBe(false);
    await again.unlock(SECRET);
    expect(await again.get('visitNotes', 'rw-1/n1')).toMatchObject({ text: 'Huisarts gebeld' });
  });

  it('opens with the authenticator’s PRF output (fingerprint or screen lock), and not with another credential’s', async () => {
    const passkeys = fakePasskeys();
    const name = `staff-vault-${++counter}`;
    const vault = new StaffVault(openVaultDb(name));
    await vault.setUp({ passkey: await passkeys.create() });
    await vault.put('dossiers', 'rw-1', { dossierId: 'rw-1', firstName: 'Amal' });
    expect(await vault.methods()).toEqual({ secret: false, passkey: true, legacyPin: false });
    vault.lock();

    const again = new StaffVault(openVaultDb(name));
    await expect(again.unlock('anything at all here')).rejects.toThrow(WrongPinError);
    // The same credential id with another authenticator's secret (another phone): refused.
    const other = fakePasskeys();
    other.secrets.set('cred-1', crypto.getRandomValues(new Uint8Array(32)));
    await expect(again.unlockWithPasskey(other)).rejects.toThrow(WrongPinError);
    await again.unlockWithPasskey(passkeys);
    expect(await again.get('dossiers', 'rw-1')).toMatchObject({ firstName: 'Amal' });
    expect(text(await rawRecords(name, 'rows'))).not.toContain('Amal');
  });

  it('signs with its device key only while open; the signature verifies with the public key it registers', async () => {
    const vault = new StaffVault(openVaultDb(`staff-vault-${++counter}`), LOCK_AFTER_MS, fastArgon2);
    await vault.setUp({ secret: SECRET });
    const publicKey = vault.publicKey;
    if (!publicKey) throw new Error('no public key');
    const data = new TextEncoder().encode('tir-proof-v1\nPOST\n/api/sync/pull');
    const signature = await vault.sign(data);
    const verifier = await crypto.subtle.importKey('spki', fromB64url(publicKey), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, verifier, signature, data)).toBe(true);
    // The private half is only stored sealed.
    expect(text(await rawRecords(vault.db.name, 'vault'))).not.toContain('PRIVATE');
    vault.lock();
    expect(vault.publicKey).toBeNull();
    await expect(vault.sign(data)).rejects.toThrow(VaultLockedError);
    await vault.unlock(SECRET);
    expect(vault.publicKey).toBe(publicKey);
  });

  it('opens a vault of the old 6-digit PIN scheme once, then seals every row (waiting changes too) under the new secret', async () => {
    const name = `staff-vault-${++counter}`;
    const outbox = { id: 1, name: 'visit.addNote', args: { id: 'n1', dossierId: 'rw-1', text: 'Nog niet verstuurd' }, createdAt: '2026-12-01T10:00:00.000Z' };
    await legacyVault(name, '482913', [
      { table: 'dossiers', key: 'rw-1', value: { dossierId: 'rw-1', firstName: 'Amal' } },
      { table: 'outbox', key: '000000000001', value: outbox },
    ]);
    const vault = new StaffVault(openVaultDb(name), LOCK_AFTER_MS, fastArgon2);
    expect(await vault.methods()).toEqual({ secret: false, passkey: false, legacyPin: true });
    await expect(vault.unlock('000000')).rejects.toThrow(WrongPinError);
    await vault.unlock('482913');
    // Open for the upgrade only: nothing can be read or synced until a new way to open is chosen.
    expect(vault.needsUpgrade).toBe(true);
    expect(vault.unlocked).toBe(false);
    await expect(vault.get('dossiers', 'rw-1')).rejects.toThrow(VaultLockedError);

    await vault.setUp({ secret: SECRET });
    expect(vault.needsUpgrade).toBe(false);
    expect(await vault.methods()).toEqual({ secret: true, passkey: false, legacyPin: false });
    const keys = (await vault.db.vault.toCollection().primaryKeys()).map(String).sort();
    expect(keys).toEqual(['device-key', 'wrap-secret']);

    const again = new StaffVault(openVaultDb(name), LOCK_AFTER_MS, fastArgon2);
    await expect(again.unlock('482913')).rejects.toThrow(WrongPinError);
    await again.unlock(SECRET);
    expect(await again.get('dossiers', 'rw-1')).toMatchObject({ firstName: 'Amal' });
    expect(await again.get('outbox', '000000000001')).toEqual(outbox);
  });
});
