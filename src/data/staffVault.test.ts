import { describe, expect, it, vi } from 'vitest';
import { openVaultDb, StaffVault, VaultLockedError, WrongPinError } from './staffVault';

// The caseload on a begeleider's phone must be unreadable without the PIN: the test reads the raw
// IndexedDB records (fake-indexeddb), not through the vault.

let counter = 0;

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
    const vault = new StaffVault(openVaultDb(name));
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
      const vault = new StaffVault(db);
      await vault.setPin('482913');
      await vault.put('dossiers', 'rw-1', { dossierId: 'rw-1', firstName: 'Amal' });
      vi.advanceTimersByTime(5 * 60_000 + 1);
      expect(vault.unlocked).toBe(false);
      await expect(vault.get('dossiers', 'rw-1')).rejects.toThrow(VaultLockedError);

      // A fresh start of the app (key only ever in memory) with a wrong PIN, then the right one.
      const again = new StaffVault(db);
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
    const vault = new StaffVault(openVaultDb(`staff-vault-${++counter}`));
    await vault.setPin('482913');
    const key = (vault as unknown as { key: CryptoKey }).key;
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });
});
