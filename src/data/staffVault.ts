import { Dexie, type EntityTable } from 'dexie';
import { STAFF_DB_NAME } from './db';

// Encryption at rest for a staff member's caseload (DESIGN.md, "Privacy and security"): a
// begeleider's phone holds many households, so a lost phone must not give them away. The key is
// derived from a PIN the staff member sets (PBKDF2, SHA-256, 310,000 iterations as OWASP advises
// for PBKDF2-HMAC-SHA256) into a non-extractable AES-GCM 256 key that lives in memory only. After
// five minutes without use the key is dropped and the PIN is asked again.
//
// Rows are stored as `{ key, table, dossierId, iv, data }`: the sync key, table and dossier stay
// readable (the sync engine and the outbox need them to route and replace rows), everything a
// person wrote or is called is inside `data`.

export const PBKDF2_ITERATIONS = 310_000;
export const LOCK_AFTER_MS = 5 * 60_000;
const VERIFIER = 'pin-verifier';

export interface SealedRow {
  key: string;
  table: string;
  dossierId?: string;
  iv: Uint8Array;
  data: ArrayBuffer;
}

interface VaultMeta {
  key: 'salt' | typeof VERIFIER;
  value: Uint8Array | { iv: Uint8Array; data: ArrayBuffer };
}

export type VaultDb = Dexie & {
  rows: EntityTable<SealedRow, 'key'>;
  vault: EntityTable<VaultMeta, 'key'>;
};

export { STAFF_DB_NAME };

export function openVaultDb(name = STAFF_DB_NAME): VaultDb {
  // No live-query cache: it would hand back structural copies of the IVs and ciphertexts (which
  // WebCrypto refuses across realms, e.g. in jsdom) and keep extra copies of them in memory.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict', cache: 'disabled' }) as VaultDb;
  db.version(1).stores({ rows: 'key, table, dossierId', vault: 'key' });
  return db;
}

export class VaultLockedError extends Error {
  constructor() {
    super('The caseload is locked: enter the PIN.');
  }
}

export class WrongPinError extends Error {
  constructor() {
    super('Wrong PIN.');
  }
}

async function deriveKey(pin: string, salt: Uint8Array): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations: PBKDF2_ITERATIONS },
    material,
    { name: 'AES-GCM', length: 256 },
    // Non-extractable: not even this app's own code can read the key back out.
    false,
    ['encrypt', 'decrypt'],
  );
}

async function seal(key: CryptoKey, value: unknown): Promise<{ iv: Uint8Array; data: ArrayBuffer }> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, new TextEncoder().encode(JSON.stringify(value)));
  return { iv, data };
}

async function open<T>(key: CryptoKey, sealed: { iv: Uint8Array; data: ArrayBuffer }): Promise<T> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv as BufferSource }, key, sealed.data);
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}

/** The staff caseload store: locked until the PIN is given, locked again after inactivity. */
export class StaffVault {
  private key: CryptoKey | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<() => void>();

  constructor(
    readonly db: VaultDb = openVaultDb(),
    private readonly lockAfterMs = LOCK_AFTER_MS,
  ) {}

  get unlocked(): boolean {
    return this.key !== null;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether a PIN was set on this device (else the staff member chooses one first). */
  async hasPin(): Promise<boolean> {
    return (await this.db.vault.get(VERIFIER)) !== undefined;
  }

  /** Sets the PIN on a fresh staff device. Anything stored before is dropped (it had no key). */
  async setPin(pin: string): Promise<void> {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const key = await deriveKey(pin, salt);
    const verifier = await seal(key, VERIFIER);
    await this.db.transaction('rw', [this.db.rows, this.db.vault], async () => {
      await this.db.rows.clear();
      await this.db.vault.bulkPut([
        { key: 'salt', value: salt },
        { key: VERIFIER, value: verifier },
      ]);
    });
    this.useKey(key);
  }

  /** Unlocks with the PIN; throws WrongPinError (nothing is unlocked then). */
  async unlock(pin: string): Promise<void> {
    const salt = (await this.db.vault.get('salt'))?.value as Uint8Array | undefined;
    const verifier = (await this.db.vault.get(VERIFIER))?.value as { iv: Uint8Array; data: ArrayBuffer } | undefined;
    if (!salt || !verifier) throw new WrongPinError();
    const key = await deriveKey(pin, salt);
    try {
      if ((await open<string>(key, verifier)) !== VERIFIER) throw new WrongPinError();
    } catch {
      throw new WrongPinError();
    }
    this.useKey(key);
  }

  /** Drops the key from memory: the caseload is unreadable until the PIN is given again. */
  lock(): void {
    clearTimeout(this.timer);
    this.key = null;
    for (const l of this.listeners) l();
  }

  /** Call on every use (a tap, a sync): keeps the vault open for another `lockAfterMs`. */
  touch(): void {
    if (!this.key) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.lock(), this.lockAfterMs);
  }

  async put(table: string, key: string, value: Record<string, unknown>): Promise<void> {
    const sealed = await seal(this.requireKey(), value);
    const dossierId = typeof value.dossierId === 'string' ? value.dossierId : undefined;
    await this.db.rows.put({ key: `${table}:${key}`, table, ...(dossierId ? { dossierId } : {}), ...sealed });
  }

  async get<T>(table: string, key: string): Promise<T | undefined> {
    const row = await this.db.rows.get(`${table}:${key}`);
    return row ? open<T>(this.requireKey(), row) : undefined;
  }

  async all<T>(table: string): Promise<T[]> {
    const key = this.requireKey();
    const rows = await this.db.rows.where('table').equals(table).toArray();
    return Promise.all(rows.map((r) => open<T>(key, r)));
  }

  /**
   * Seals one row for a caller that writes several in one transaction (the staff store). Reading
   * and writing for a sync or a live screen does not count as use: only the person's taps do
   * (touch()), or a phone left on the table would never lock.
   */
  async sealRow(table: string, key: string, value: Record<string, unknown>): Promise<SealedRow> {
    const sealed = await seal(this.currentKey(), value);
    const dossierId = typeof value.dossierId === 'string' ? value.dossierId : undefined;
    return { key: `${table}:${key}`, table, ...(dossierId ? { dossierId } : {}), ...sealed };
  }

  /** Opens a row read straight from `db.rows` (no touch, see sealRow). */
  async openRow<T>(row: SealedRow): Promise<T> {
    return open<T>(this.currentKey(), row);
  }

  /** Forgets everything: rows, PIN and key (a revoked device, or another activation). */
  async wipe(): Promise<void> {
    await this.db.transaction('rw', [this.db.rows, this.db.vault], async () => {
      await this.db.rows.clear();
      await this.db.vault.clear();
    });
    this.lock();
  }

  private currentKey(): CryptoKey {
    if (!this.key) throw new VaultLockedError();
    return this.key;
  }

  private requireKey(): CryptoKey {
    if (!this.key) throw new VaultLockedError();
    this.touch();
    return this.key;
  }

  private useKey(key: CryptoKey): void {
    this.key = key;
    this.touch();
    for (const l of this.listeners) l();
  }
}
