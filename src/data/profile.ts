import type { AppDb, DeviceSession } from './db';

// What a device of each kind does, decided in this one place from its session: where its rows and
// waiting changes live and whether it may change anything. The sync engine (sync.ts), the change
// path (device.ts `change`, local.ts `mutate`) and the activation check ask this; none of them
// branches on the device kind itself.
//
// The session is read from the device database at each use, not kept in memory: another tab of
// the app can activate the device for someone else at any time, and every tab must follow.

export type DeviceKind = DeviceSession['kind'];

export interface DeviceProfile {
  /** The device's kind; null while it is not activated. */
  readonly kind: DeviceKind | null;
  /**
   * Where the rows, waiting changes and refused changes live: the plain device database, or the
   * staff vault (staffStore.ts), sealed. A staff caseload must never land in the plain database.
   */
  readonly store: 'device' | 'vault';
  /** A taalmaatje only reads along: the server would refuse a change anyway, so none is queued. */
  readonly readOnly: boolean;
}

const PROFILES: Record<DeviceKind | 'none', DeviceProfile> = {
  none: { kind: null, store: 'device', readOnly: false },
  inburgeraar: { kind: 'inburgeraar', store: 'device', readOnly: false },
  helper: { kind: 'helper', store: 'device', readOnly: true },
  staff: { kind: 'staff', store: 'vault', readOnly: false },
};

/** The profile of a device with this session (none: not activated). */
export function profileOf(session: DeviceSession | undefined): DeviceProfile {
  return PROFILES[session?.kind ?? 'none'];
}

/** This device's kind, or undefined when it is not activated. */
export async function getSession(db: AppDb): Promise<DeviceSession | undefined> {
  const session = (await db.meta.get('session'))?.value as DeviceSession | undefined;
  if (session) return session;
  // Activated before device kinds were stored: only inburgeraars could activate then.
  return (await db.meta.get('dossierId'))?.value ? { kind: 'inburgeraar' } : undefined;
}

/** This device's profile as its session stands now. */
export async function deviceProfile(db: AppDb): Promise<DeviceProfile> {
  return profileOf(await getSession(db));
}
