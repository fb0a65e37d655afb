import { Dexie, type EntityTable } from 'dexie';
import { STAFF_DB_NAME } from './db';
import { b64url } from './bytes';

// Encryption at rest for a staff member's caseload (docs/architecture.md, "Who uses it: device kinds"): a
// begeleider's phone holds many households, so a lost phone, or a copy of its disk, must not give
// them away (README, "Security": "A staff phone's disk image costs more than a GPU-year to open").
//
// The caseload is sealed with a random AES-GCM 256 vault key. That key is stored only wrapped
// (AES-GCM) by one or both of:
// - the phone's platform authenticator (WebAuthn with the PRF extension): fingerprint or screen
//   lock gives a secret that never leaves the authenticator's hardware; HKDF-SHA-256 over it is
//   the wrapping key. Nothing on the disk lets anyone try guesses.
// - a secret of at least 12 characters, through Argon2id (m = 64 MiB, t = 3, p = 1; hash-wasm):
//   about 1,700 guesses a second on an RTX 4090 (hashcat mode 34000), so a random 12-digit code
//   takes years of GPU time on average, where a 6-digit PIN under PBKDF2 took minutes.
// In memory the vault key is non-extractable and is dropped after five minutes without use.
//
// The vault also holds the device key (an ECDSA P-256 key pair, made at set-up) that signs every
// staff request (src/domain/deviceProof.ts): its private half is sealed like a row, so a copied
// cookie without the secret opens nothing on the server either.
//
// A vault of the earlier scheme (PBKDF2 from a 6-digit PIN) still opens with its PIN, once: the
// staff member then chooses a new way to open (passkey or secret), and every row is sealed again
// under a fresh vault key; waiting changes stay.
//
// Rows are stored as `{ key, table, dossierId, iv, data }`: the sync key, table and dossier stay
// readable (the sync engine and the outbox need them to route and replace rows), everything a
// person wrote or is called is inside `data`.

export const ARGON2 = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } as const;
export const MIN_SECRET_LENGTH = 12;
/** The earlier scheme, kept to open (and then upgrade) vaults made before. */
export const PBKDF2_ITERATIONS = 310_000;
export const LOCK_AFTER_MS = 5 * 60_000;

const LEGACY_VERIFIER = 'pin-verifier';
const LEGACY_SALT = 'salt';
const WRAP_SECRET = 'wrap-secret';
const WRAP_PASSKEY = 'wrap-passkey';
const DEVICE_KEY = 'device-key';

export interface SealedRow {
  key: string;
  table: string;
  dossierId?: string;
  iv: Uint8Array;
  data: ArrayBuffer;
}

interface Sealed {
  iv: Uint8Array;
  data: ArrayBuffer;
}

interface SecretWrap extends Sealed {
  kdf: 'argon2id';
  salt: Uint8Array;
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

interface PasskeyWrap extends Sealed {
  credentialId: string;
  prfSalt: Uint8Array;
}

interface DeviceKeyRecord extends Sealed {
  /** SPKI, base64url: what the server knows. Not secret. */
  publicKey: string;
}

interface VaultMeta {
  key: string;
  value: unknown;
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
    super('The caseload is locked: open it first.');
  }
}

export class WrongPinError extends Error {
  constructor() {
    super('Wrong secret.');
  }
}

/** The phone's platform authenticator, behind a port so tests can stand in for it (passkey.ts). */
export interface PasskeyPort {
  /** Makes a credential and evaluates its PRF once; throws when the phone cannot. */
  create(): Promise<{ credentialId: string; prfSalt: Uint8Array; prf: Uint8Array }>;
  /** Evaluates the PRF of that credential (fingerprint or screen lock asked). */
  evaluate(credentialId: string, prfSalt: Uint8Array): Promise<Uint8Array>;
}

export type Argon2 = (secret: string, salt: Uint8Array, params: typeof ARGON2) => Promise<Uint8Array>;

/** hash-wasm's Argon2id, loaded on first use (only when a secret is set or given). */
export const hashWasmArgon2: Argon2 = async (secret, salt, params) => {
  const { argon2id } = await import('hash-wasm');
  return argon2id({
    password: secret,
    salt,
    memorySize: params.memoryKiB,
    iterations: params.iterations,
    parallelism: params.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
};

/** How this vault can be opened. */
export interface VaultMethods {
  secret: boolean;
  passkey: boolean;
  /** A vault of the earlier PIN scheme: opens with the PIN, then must be upgraded. */
  legacyPin: boolean;
}

const bytes = (value: Uint8Array): BufferSource => value as BufferSource;

async function aesKey(raw: Uint8Array, usages: KeyUsage[]): Promise<CryptoKey> {
  // Non-extractable: not even this app's own code can read the key back out.
  return crypto.subtle.importKey('raw', bytes(raw), 'AES-GCM', false, usages);
}

async function encryptBytes(key: CryptoKey, plain: Uint8Array): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: bytes(iv) }, key, bytes(plain));
  return { iv, data };
}

async function decryptBytes(key: CryptoKey, sealed: Sealed): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(sealed.iv) }, key, sealed.data));
}

async function seal(key: CryptoKey, value: unknown): Promise<Sealed> {
  return encryptBytes(key, new TextEncoder().encode(JSON.stringify(value)));
}

async function open<T>(key: CryptoKey, sealed: Sealed): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await decryptBytes(key, sealed))) as T;
}

async function legacyPinKey(pin: string, salt: Uint8Array): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: bytes(salt), iterations: PBKDF2_ITERATIONS },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** HKDF-SHA-256 over the authenticator's PRF output: the key that wraps the vault key. */
async function passkeyWrappingKey(prf: Uint8Array): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', bytes(prf), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: new TextEncoder().encode('thuis-in-rijswijk staff vault v2') },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** What a staff member sets up: a passkey (its PRF already evaluated), a secret, or both. */
export interface Unlockers {
  secret?: string;
  passkey?: { credentialId: string; prfSalt: Uint8Array; prf: Uint8Array };
}

/** The staff caseload store: locked until opened, locked again after inactivity. */
export class StaffVault {
  private key: CryptoKey | null = null;
  /** The key of a vault of the earlier PIN scheme, opened and waiting for its upgrade. */
  private legacyKey: CryptoKey | null = null;
  private signingKey: CryptoKey | null = null;
  private publicKeyText: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<() => void>();

  constructor(
    readonly db: VaultDb = openVaultDb(),
    private readonly lockAfterMs = LOCK_AFTER_MS,
    private readonly argon2: Argon2 = hashWasmArgon2,
  ) {}

  get unlocked(): boolean {
    return this.key !== null;
  }

  /** A vault of the earlier PIN scheme is open and must get a new way to open before anything else. */
  get needsUpgrade(): boolean {
    return this.legacyKey !== null;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async methods(): Promise<VaultMethods> {
    const keys = new Set((await this.db.vault.toCollection().primaryKeys()).map(String));
    return { secret: keys.has(WRAP_SECRET), passkey: keys.has(WRAP_PASSKEY), legacyPin: keys.has(LEGACY_VERIFIER) && !keys.has(DEVICE_KEY) };
  }

  /** Whether this device was set up (else the staff member chooses how to open it first). */
  async hasPin(): Promise<boolean> {
    const m = await this.methods();
    return m.secret || m.passkey || m.legacyPin;
  }

  /**
   * Sets up a fresh vault key, wrapped by each given unlocker, and a new device key. On a fresh
   * device anything stored before is dropped (it had no key); right after opening a vault of the
   * earlier scheme every row is sealed again under the new key instead, so nothing is lost.
   */
  async setUp(unlockers: Unlockers): Promise<void> {
    if (!unlockers.secret && !unlockers.passkey) throw new Error('Set up needs a passkey or a secret.');
    const raw = crypto.getRandomValues(new Uint8Array(32));
    const key = await aesKey(raw, ['encrypt', 'decrypt']);
    const meta: VaultMeta[] = [];
    if (unlockers.secret !== undefined) {
      const salt = crypto.getRandomValues(new Uint8Array(16));
      const wrapping = await aesKey(await this.argon2(unlockers.secret, salt, ARGON2), ['encrypt', 'decrypt']);
      meta.push({ key: WRAP_SECRET, value: { kdf: 'argon2id', salt, ...ARGON2, ...(await encryptBytes(wrapping, raw)) } satisfies SecretWrap });
    }
    if (unlockers.passkey) {
      const { credentialId, prfSalt, prf } = unlockers.passkey;
      const wrapping = await passkeyWrappingKey(prf);
      meta.push({ key: WRAP_PASSKEY, value: { credentialId, prfSalt, ...(await encryptBytes(wrapping, raw)) } satisfies PasskeyWrap });
    }
    raw.fill(0);
    const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const publicKey = b64url(new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey)));
    const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
    meta.push({ key: DEVICE_KEY, value: { publicKey, ...(await encryptBytes(key, pkcs8)) } satisfies DeviceKeyRecord });
    pkcs8.fill(0);

    const resealed = this.legacyKey ? await this.resealAll(this.legacyKey, key) : null;
    await this.db.transaction('rw', [this.db.rows, this.db.vault], async () => {
      await this.db.rows.clear();
      if (resealed) await this.db.rows.bulkPut(resealed);
      await this.db.vault.clear();
      await this.db.vault.bulkPut(meta);
    });
    this.legacyKey = null;
    await this.useKey(key);
  }

  /** Sets up with a secret only (tests, and the set-up screen's secret form). */
  setPin(secret: string): Promise<void> {
    return this.setUp({ secret });
  }

  /**
   * Opens with the secret (or, on a vault of the earlier scheme, its PIN: then `needsUpgrade`).
   * Throws WrongPinError; nothing is opened then.
   */
  async unlock(secret: string): Promise<void> {
    const wrap = (await this.db.vault.get(WRAP_SECRET))?.value as SecretWrap | undefined;
    if (wrap) {
      const { memoryKiB, iterations, parallelism } = wrap;
      const wrapping = await aesKey(await this.argon2(secret, wrap.salt, { memoryKiB, iterations, parallelism } as typeof ARGON2), ['decrypt']);
      return this.unwrapWith(wrapping, wrap);
    }
    if ((await this.methods()).legacyPin) return this.unlockLegacy(secret);
    throw new WrongPinError();
  }

  /** Opens with the phone's fingerprint or screen lock. Throws WrongPinError when that fails. */
  async unlockWithPasskey(passkeys: PasskeyPort): Promise<void> {
    const wrap = (await this.db.vault.get(WRAP_PASSKEY))?.value as PasskeyWrap | undefined;
    if (!wrap) throw new WrongPinError();
    let prf: Uint8Array;
    try {
      prf = await passkeys.evaluate(wrap.credentialId, wrap.prfSalt);
    } catch {
      throw new WrongPinError();
    }
    return this.unwrapWith(await passkeyWrappingKey(prf), wrap);
  }

  /** This device's public key (SPKI, base64url) while open; null when locked. */
  get publicKey(): string | null {
    return this.publicKeyText;
  }

  /** Signs with the device key (ECDSA P-256, SHA-256, r‖s); only while open. */
  async sign(data: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
    if (!this.key || !this.signingKey) throw new VaultLockedError();
    return new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, this.signingKey, bytes(data)));
  }

  /** Drops the keys from memory: the caseload is unreadable until it is opened again. */
  lock(): void {
    clearTimeout(this.timer);
    this.key = null;
    this.legacyKey = null;
    this.signingKey = null;
    this.publicKeyText = null;
    for (const l of this.listeners) l();
  }

  /** Call on every use (a tap, a sync): keeps the vault open for another `lockAfterMs`. */
  touch(): void {
    if (!this.key && !this.legacyKey) return;
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

  /** Forgets everything: rows, wrapped keys, device key (a revoked device, or another activation). */
  async wipe(): Promise<void> {
    await this.db.transaction('rw', [this.db.rows, this.db.vault], async () => {
      await this.db.rows.clear();
      await this.db.vault.clear();
    });
    this.lock();
  }

  private async unwrapWith(wrapping: CryptoKey, wrap: Sealed): Promise<void> {
    let raw: Uint8Array;
    try {
      // AES-GCM's tag is the check: another secret or passkey gives a failed decryption.
      raw = await decryptBytes(wrapping, wrap);
    } catch {
      throw new WrongPinError();
    }
    const key = await aesKey(raw, ['encrypt', 'decrypt']);
    raw.fill(0);
    await this.useKey(key);
  }

  private async unlockLegacy(pin: string): Promise<void> {
    const salt = (await this.db.vault.get(LEGACY_SALT))?.value as Uint8Array | undefined;
    const verifier = (await this.db.vault.get(LEGACY_VERIFIER))?.value as Sealed | undefined;
    if (!salt || !verifier) throw new WrongPinError();
    const key = await legacyPinKey(pin, salt);
    try {
      if ((await open<string>(key, verifier)) !== LEGACY_VERIFIER) throw new WrongPinError();
    } catch {
      throw new WrongPinError();
    }
    this.legacyKey = key;
    this.touch();
    for (const l of this.listeners) l();
  }

  /** Every row opened with the old key and sealed with the new one (outbox and refused changes too). */
  private async resealAll(from: CryptoKey, to: CryptoKey): Promise<SealedRow[]> {
    const rows = await this.db.rows.toArray();
    return Promise.all(rows.map(async (row) => ({ ...row, ...(await seal(to, await open<unknown>(from, row))) })));
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

  private async useKey(key: CryptoKey): Promise<void> {
    const record = (await this.db.vault.get(DEVICE_KEY))?.value as DeviceKeyRecord | undefined;
    if (record) {
      const pkcs8 = await decryptBytes(key, record);
      this.signingKey = await crypto.subtle.importKey('pkcs8', bytes(pkcs8), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
      pkcs8.fill(0);
      this.publicKeyText = record.publicKey;
    }
    this.key = key;
    this.touch();
    for (const l of this.listeners) l();
  }
}
