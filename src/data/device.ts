import { Dexie } from 'dexie';
import { activateResponseSchema, type ActivateResponse } from '../domain/sync';
import { changeProblemOf, clearChangeProblem, reportChangeProblem } from './changeProblems';
import { openDb, STAFF_DB_NAME, type AppDb } from './db';
import { getMeta, getSession, mutate, resetDevice, sessionOf } from './local';
import type { DeviceSession } from './db';
import type * as StaffDeviceModule from './staffDevice';
import { SyncEngine } from './sync';
import { flushPendingSignOut, forgetPendingSignOut } from './thisPhone';

// The one database and sync engine of this app instance. UI code reaches them through the hooks
// and actions of src/data, never directly.

export const db: AppDb = openDb();
export const syncEngine = new SyncEngine(db);

/** The vault and sealed store of a staff device (staffDevice.ts), once loaded. */
export type StaffDevice = typeof StaffDeviceModule;

let staffDevice: Promise<StaffDevice> | null = null;
let loadedStaffDevice: StaffDevice | null = null;
const staffListeners = new Set<() => void>();

/**
 * Loads the staff device's vault code (a separate script: other phones never fetch it) and
 * registers its store with the sync engine. Until then a staff device does not sync.
 */
export function loadStaffDevice(): Promise<StaffDevice> {
  staffDevice ??= import('./staffDevice').then((loaded) => {
    loadedStaffDevice = loaded;
    for (const listener of staffListeners) listener();
    return loaded;
  });
  return staffDevice;
}

/** The staff device's module if it has been loaded, else null (for hooks: see subscribeStaffDevice). */
export const staffDeviceIfLoaded = (): StaffDevice | null => loadedStaffDevice;

export function subscribeStaffDevice(listener: () => void): () => void {
  staffListeners.add(listener);
  return () => staffListeners.delete(listener);
}

// A staff device loads its vault at start, then syncs: a revoked (and locked) device still hears
// it must wipe its caseload.
void getSession(db)
  .then(async (session) => {
    if (session?.kind !== 'staff') return;
    await loadStaffDevice();
    void syncEngine.sync();
  })
  .catch(() => undefined);

/** Deletes a staff caseload (and its PIN): through the vault when loaded, else the database by name. */
async function wipeStaffCaseload(): Promise<void> {
  if (loadedStaffDevice) await loadedStaffDevice.vault.wipe();
  else await Dexie.delete(STAFF_DB_NAME);
}

export class ActivationError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** Normalises what a person types or scans: `abcd efgh jk` → `ABCD-EFGH-JK`. */
export function normaliseCode(input: string): string {
  const raw = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return [raw.slice(0, 4), raw.slice(4, 8), raw.slice(8)].filter(Boolean).join('-');
}

/**
 * Activates this device with a code from the consulent. Throws ActivationError with a stable code:
 * `invalid-code`, `rate-limited`, `offline` or `server`.
 */
export async function activate(code: string): Promise<ActivateResponse> {
  // A sign-out still waiting from "remove my data" goes first: after this activation the cookie is the new one.
  await flushPendingSignOut();
  let response: Response;
  try {
    response = await fetch('/api/activate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ code: normaliseCode(code) }),
    });
  } catch {
    throw new ActivationError('offline');
  }
  if (!response.ok) {
    if (response.status === 429) throw new ActivationError('rate-limited');
    if (response.status >= 500) throw new ActivationError('server');
    throw new ActivationError('invalid-code');
  }
  const activation = activateResponseSchema.parse(await response.json());
  forgetPendingSignOut();
  // The same person again (same dossier, same kind, same staff member) keeps the waiting changes;
  // anyone else starts clean.
  const before = await getSession(db);
  const same =
    before !== undefined &&
    (await getMeta<string>(db, 'dossierId')) === (activation.dossierId ?? undefined) &&
    identity(before) === identity(sessionOf(activation));
  if (same) {
    await db.meta.put({ key: 'session', value: sessionOf(activation) });
    // A new session: a staff device registers its key with it again (staffStore.ts).
    await db.meta.delete('deviceKeyRegistered');
  }
  else {
    await resetDevice(db, activation);
    // Someone else's caseload (and PIN) must not stay behind; a new staff member sets their own PIN.
    await wipeStaffCaseload();
  }
  if (activation.kind === 'staff') await loadStaffDevice();
  void syncEngine.sync();
  return activation;
}

function identity(session: DeviceSession): string {
  if (session.kind === 'staff') return `staff:${session.staffId}`;
  if (session.kind === 'helper') return `helper:${session.shareId}`;
  return 'inburgeraar';
}

/**
 * Applies a change now and sends it when there is a connection. Resolves to false when the change
 * could not be saved on this phone (nothing was written then): the reason goes to the one message
 * the app shows for it (changeProblems.ts), so screens only keep what the person typed.
 */
export async function change(name: string, args: unknown): Promise<boolean> {
  try {
    // A staff device keeps its changes sealed in the vault, never in the plain database.
    if ((await getSession(db))?.kind === 'staff') {
      const { staffStore, vault } = await loadStaffDevice();
      await staffStore.change(name, args);
      vault.touch();
    } else await mutate(db, name, args);
  } catch (error) {
    reportChangeProblem(changeProblemOf(error));
    return false;
  }
  clearChangeProblem();
  void syncEngine.sync();
  return true;
}

export async function dismissRejected(id: number): Promise<void> {
  await db.rejected.delete(id);
}
