import type { Db } from './rows';

// The public key of a staff device, one per session (src/domain/deviceProof.ts).

/** The registered key of a session, or null while it has none. */
export async function deviceKeyOf(db: Db, sessionId: string): Promise<string | null> {
  const row = await db.selectFrom('session').select('device_key').where('id', '=', sessionId).executeTakeFirst();
  return row?.device_key ?? null;
}

export type KeyRegistration = 'registered' | 'same' | 'exists' | 'too-late';

/**
 * Registers the key if the session has none yet and was activated since `activatedSince` (the
 * window between activation and set-up, deviceProof.ts). Only once: a second, other key is refused
 * ('exists'), so whoever registers first owns the session from then on; the same key again is
 * fine ('same': the device's first answer got lost). Atomic: two racing registrations cannot both win.
 */
export async function registerDeviceKey(db: Db, sessionId: string, publicKey: string, activatedSince: Date): Promise<KeyRegistration> {
  const result = await db
    .updateTable('session')
    .set({ device_key: publicKey })
    .where('id', '=', sessionId)
    .where('device_key', 'is', null)
    .where('created_at', '>=', activatedSince.toISOString())
    .executeTakeFirst();
  if (result.numUpdatedRows > 0n) return 'registered';
  const stored = await deviceKeyOf(db, sessionId);
  if (stored === null) return 'too-late';
  return stored === publicKey ? 'same' : 'exists';
}
