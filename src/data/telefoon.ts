import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { appLock, hasPin, pinWaitUntil, removePin, setPin, verifyPin, type PinCheck } from './appPin';
import { db, syncEngine } from './device';
import { removeMyData as removeFrom, type SignOutOutcome } from './thisPhone';
import type { SyncOutcome } from './sync';

// The "Deze telefoon" screen's actions and hooks, bound to this app's database (device.ts).

export type AppLockState = 'loading' | 'locked' | 'open';

/** 'locked' while a PIN is set and has not been given since the app opened (or since 5 minutes in the background). */
export function useAppLock(): AppLockState {
  const pinSet = useLiveQuery(() => hasPin(db), [], null);
  const open = useSyncExternalStore(appLock.subscribe, appLock.isOpen, appLock.isOpen);
  if (pinSet === null) return 'loading';
  return pinSet && !open ? 'locked' : 'open';
}

export function usePinSet(): boolean | undefined {
  return useLiveQuery(() => hasPin(db), [], undefined);
}

export const setAppPin = (pin: string): Promise<void> => setPin(db, pin);
export const removeAppPin = (): Promise<void> => removePin(db);
export const checkAppPin = (pin: string): Promise<PinCheck> => verifyPin(db, pin);
export const appPinWaitUntil = (): Promise<number | null> => pinWaitUntil(db);

/** "Try to send now": one sync; the number of waiting changes updates by itself. */
export const sendWaitingChanges = (): Promise<SyncOutcome> => syncEngine.sync();

export const removeMyData = async (): Promise<SignOutOutcome> => {
  // The browser's push subscription goes too; the server's copy ends with the session (sign-out).
  // Loaded here, not at start: notifications are not part of the first screen's download.
  await import('./webPush').then((m) => m.forgetNotifications()).catch(() => undefined);
  return removeFrom(db);
};
export type { PinCheck, SignOutOutcome };
