import type { AppDb } from './db';

// An optional app PIN for a phone shared in a family (issue 6): with a PIN set, the personal
// screens stay closed until it is given, when the app opens and when it comes back after five
// minutes in the background. The informatiemap stays open to everyone.
//
// What it is not: encryption. The dossier in IndexedDB is readable to anyone who can read the
// phone's storage (the phone's own screen lock protects that); this PIN keeps family members out
// of the screens. Staff caseloads are different: they are encrypted (staffVault.ts).
//
// Only a PBKDF2 hash of the PIN is stored (meta `appPin`), with its own random salt. With 10^4 to
// 10^8 possible PINs that would not stop someone who copies the database; it keeps the PIN itself
// from being read back. The waits after wrong tries (meta `appPinTries`) survive a reload.

export const PIN_ITERATIONS = 310_000;
export const LOCK_AFTER_MS = 5 * 60_000;
/** Wrong tries before the first wait. */
export const FREE_TRIES = 5;
export const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 60 * 60_000;

export interface StoredPin {
  salt: Uint8Array;
  hash: Uint8Array;
  iterations: number;
}

interface PinTries {
  failures: number;
  lockedUntil: number;
}

export type PinCheck = { ok: true } | { ok: false; waitUntil: number | null };

export class InvalidPinError extends Error {
  constructor() {
    super('A PIN is 4 to 8 digits.');
  }
}

export const isValidPin = (pin: string): boolean => /^[0-9]{4,8}$/.test(pin);

async function hashPin(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, material, 256);
  return new Uint8Array(bits);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

export async function hasPin(db: AppDb): Promise<boolean> {
  return (await db.meta.get('appPin')) !== undefined;
}

/** Sets or replaces the PIN; the phone stays open for the person who just set it. */
export async function setPin(db: AppDb, pin: string): Promise<void> {
  if (!isValidPin(pin)) throw new InvalidPinError();
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const value: StoredPin = { salt, hash: await hashPin(pin, salt, PIN_ITERATIONS), iterations: PIN_ITERATIONS };
  await db.meta.bulkPut([
    { key: 'appPin', value },
    { key: 'appPinTries', value: { failures: 0, lockedUntil: 0 } satisfies PinTries },
  ]);
  appLock.unlock();
}

export async function removePin(db: AppDb): Promise<void> {
  await db.meta.bulkDelete(['appPin', 'appPinTries']);
  appLock.unlock();
}

/** How long the phone waits after `failures` wrong tries: nothing for the first four, then 30 s, 60 s, 2 min … at most an hour. */
export function waitAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES));
}

/**
 * Checks a PIN. A right one opens the phone and forgets the wrong tries; a wrong one counts, and
 * from the fifth on the phone waits (waitUntil, ms since the epoch). While it waits, no PIN is
 * checked at all, right or wrong. With no PIN set, the phone is open.
 */
export async function verifyPin(db: AppDb, pin: string, now = Date.now()): Promise<PinCheck> {
  const stored = (await db.meta.get('appPin'))?.value as StoredPin | undefined;
  if (!stored) {
    appLock.unlock();
    return { ok: true };
  }
  const tries = ((await db.meta.get('appPinTries'))?.value as PinTries | undefined) ?? { failures: 0, lockedUntil: 0 };
  if (tries.lockedUntil > now) return { ok: false, waitUntil: tries.lockedUntil };
  if (isValidPin(pin) && sameBytes(await hashPin(pin, stored.salt, stored.iterations), stored.hash)) {
    await db.meta.put({ key: 'appPinTries', value: { failures: 0, lockedUntil: 0 } satisfies PinTries });
    appLock.unlock();
    return { ok: true };
  }
  const failures = tries.failures + 1;
  const wait = waitAfter(failures);
  await db.meta.put({ key: 'appPinTries', value: { failures, lockedUntil: wait ? now + wait : 0 } satisfies PinTries });
  return { ok: false, waitUntil: wait ? now + wait : null };
}

/** When the phone may try again (ms since the epoch), or null when it need not wait. */
export async function pinWaitUntil(db: AppDb, now = Date.now()): Promise<number | null> {
  const tries = (await db.meta.get('appPinTries'))?.value as PinTries | undefined;
  return tries && tries.lockedUntil > now ? tries.lockedUntil : null;
}

/**
 * Whether this app instance has been opened with the PIN: in memory only, so every start of the
 * app asks again. Five minutes in the background close it.
 */
class AppLock {
  private open = false;
  private hiddenAt: number | null = null;
  private listeners = new Set<() => void>();

  isOpen = (): boolean => this.open;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  unlock(): void {
    this.set(true);
  }

  lock(): void {
    this.set(false);
  }

  hidden(now = Date.now()): void {
    this.hiddenAt = now;
  }

  visible(now = Date.now()): void {
    if (this.hiddenAt !== null && now - this.hiddenAt >= LOCK_AFTER_MS) this.lock();
    this.hiddenAt = null;
  }

  private set(open: boolean): void {
    if (this.open === open) return;
    this.open = open;
    for (const l of this.listeners) l();
  }
}

export const appLock = new AppLock();

if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => (document.visibilityState === 'hidden' ? appLock.hidden() : appLock.visible()));
}
