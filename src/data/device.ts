import { Dexie } from 'dexie';
import type { MutatorInput, MutatorName } from '../domain/mutators';
import type { ActivateResponse } from '../domain/sync';
import { changeProblemOf, clearChangeProblem, reportChangeProblem } from './changeProblems';
import { STAFF_DB_NAME } from './db';
import { watchDevice } from './deviceWatch';
import { db, syncEngine } from './instance';
import { getMeta, getSession, mutate, resetDevice, sessionOf } from './local';
import { deviceProfile } from './profile';
import { syncSchemas } from './schemasLoader';
import type { DeviceSession } from './db';
import type * as StaffDeviceModule from './staffDevice';
import { flushPendingSignOut, forgetPendingSignOut } from './thisPhone';
import { hasPin, verifyPin } from './appPin';
import { ActivationError, codeHash, normaliseCode, postCode } from './activationCode';
import { checkActivation, waitingChanges, type SwitchCheck, type SwitchContext } from './activationCheck';

export { ActivationError, normaliseCode, type SwitchCheck };

// The actions of this device. Its one database and sync engine are in instance.ts.

export { db, syncEngine };

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
void deviceProfile(db)
  .then(async (profile) => {
    if (profile.store !== 'vault') return;
    await loadStaffDevice();
    void syncEngine.sync();
  })
  .catch(() => undefined);

/** Deletes a staff caseload (and its PIN): through the vault when loaded, else the database by name. */
async function wipeStaffCaseload(): Promise<void> {
  if (loadedStaffDevice) await loadedStaffDevice.vault.wipe();
  else await Dexie.delete(STAFF_DB_NAME);
}

/** What the activation check needs of this device (activationCheck.ts). */
const switchContext: SwitchContext = {
  staffWaiting: async () => (await loadStaffDevice()).staffStore.waitingCount(),
  hasAppPin: () => hasPin(db),
};

/** What opening this code here would do: the activation screen asks first when it is a switch. */
/**
 * Opens the phone's database now, while the app starts its texts and first render, so the first
 * screen's reads do not wait for the opening after them (a cold offline start reads it first).
 * An error shows where the reads meet it (the same open).
 */
export function openLocalData(): void {
  db.open().catch(() => undefined);
  watchDevice();
}

export const checkCode = (code: string): Promise<SwitchCheck> => checkActivation(db, code, switchContext, (...a) => fetch(...a));

/** Changes not yet sent, on any kind of device (the switch screen shows the number). */
export const countWaitingChanges = (): Promise<number> => waitingChanges(db, switchContext);

/**
 * "Send them first", before a switch: one sync, then what is still waiting. A staff device's
 * changes are sealed, so its vault is opened with the PIN first.
 */
/** How this staff device's vault opens (access code, passkey), for the switch question. */
export async function staffUnlockMethods(): Promise<{ secret: boolean; passkey: boolean }> {
  const methods = await (await loadStaffDevice()).vault.methods();
  return { secret: methods.secret || methods.legacyPin, passkey: methods.passkey };
}

export async function sendWaitingFirst(staffPin?: string): Promise<number> {
  if ((await deviceProfile(db)).store === 'vault') {
    const { vault } = await loadStaffDevice();
    if (!vault.unlocked) {
      if (staffPin === undefined) throw new ActivationError('pin-needed');
      try {
        await vault.unlock(staffPin);
      } catch {
        throw new ActivationError('wrong-pin');
      }
    }
  }
  await syncEngine.sync();
  return countWaitingChanges();
}

/**
 * A switch needs whoever holds the device now: on a staff device its access code, or the vault
 * opened just now with fingerprint or screen lock; the app PIN on an inburgeraar's phone.
 */
async function requireSwitchPin(pin: SwitchCheck & { verdict: 'switch' }, given: string | undefined): Promise<void> {
  if (pin.pin === null) return;
  if (pin.pin === 'staff') {
    const { vault } = await loadStaffDevice();
    // Opened just now with fingerprint or screen lock (SwitchConfirm's passkey button).
    if (!given && vault.unlocked) return;
    if (!given) throw new ActivationError('pin-needed');
    try {
      await vault.unlock(given);
    } catch {
      throw new ActivationError('wrong-pin');
    }
    return;
  }
  if (given === undefined) throw new ActivationError('pin-needed');
  const checked = await verifyPin(db, given);
  if (!checked.ok) throw new ActivationError(checked.waitUntil ? 'pin-wait' : 'wrong-pin');
}

export interface ActivateOptions {
  /** The person said yes to making this device someone else's (a switch). */
  switchConfirmed?: boolean;
  /** The PIN of the device as it is now, when a switch needs one. */
  pin?: string;
}

/**
 * Activates this device with a code from the consulent. Resolves null when the device was already
 * activated with this very code (nothing to do). Throws ActivationError with a stable code:
 * `invalid-code`, `rate-limited`, `offline` or `server`; and for a device that would become
 * someone else's (activationCheck.ts): `confirm-switch` without `switchConfirmed`,
 * `waiting-changes` while changes wait to be sent, `pin-needed` / `wrong-pin` / `pin-wait`.
 */
export async function activate(code: string, { switchConfirmed = false, pin }: ActivateOptions = {}): Promise<ActivateResponse | null> {
  // A sign-out still waiting from "remove my data" goes first: after this activation the cookie is the new one.
  await flushPendingSignOut();
  const check = await checkCode(code);
  if (check.verdict === 'same-code') {
    void syncEngine.sync();
    return null;
  }
  if (check.verdict === 'switch') {
    if (!switchConfirmed) throw new ActivationError('confirm-switch');
    // Never drop waiting changes silently: they are sent first, or the switch waits.
    if (check.waiting > 0) throw new ActivationError('waiting-changes');
    await requireSwitchPin(check, pin);
  }
  // No sync of the session before may be in flight while this one begins (SyncEngine.exclusive).
  const activation = await syncEngine.exclusive(() => switchSession(code));
  if (activation.kind === 'staff') await loadStaffDevice();
  void syncEngine.sync();
  return activation;
}

/** The server's half and this device's half of an activation: the new session, and a device made ready for it. */
async function switchSession(code: string): Promise<ActivateResponse> {
  const { activateResponseSchema } = await syncSchemas();
  const activation = activateResponseSchema.parse(await postCode('/api/activate', code));
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
    if (activation.restoreSecret) await db.meta.put({ key: 'restoreSecret', value: activation.restoreSecret });
    else await db.meta.delete('restoreSecret');
    // A new session: a staff device registers its key with it again (staffStore.ts).
    await db.meta.delete('deviceKeyRegistered');
  } else {
    await resetDevice(db, activation);
    // Someone else's caseload (and PIN) must not stay behind; a new staff member sets their own PIN.
    await wipeStaffCaseload();
  }
  await db.meta.put({ key: 'activationCode', value: await codeHash(code) });
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
export async function change<N extends MutatorName>(name: N, args: MutatorInput<N>): Promise<boolean> {
  try {
    // A staff device keeps its changes sealed in the vault, never in the plain database (profile.ts).
    if ((await deviceProfile(db)).store === 'vault') {
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
