import { useSyncExternalStore } from 'react';
import type { DeviceSession } from './db';

// The data layer's face for the app's frame and welcome screen (src/app/App.tsx): what the frame
// needs to know of the phone's data before the data layer itself (the database, the sync engine:
// a chunk of their own, src/data/index.ts) has loaded. Is this phone activated, and was it just
// signed out? The data layer writes it here once loaded (deviceWatch.ts), in memory only; the frame
// reads it without loading that code, so the welcome screen needs none of it.

export type DeviceState =
  | { status: 'loading' }
  | { status: 'not-activated' }
  | ({ status: 'activated'; dossierId: string } & ({ kind: 'inburgeraar' } | Extract<DeviceSession, { kind: 'helper' }>))
  | ({ status: 'activated'; dossierId: null } & Extract<DeviceSession, { kind: 'staff' }>);

interface ShellState {
  device: DeviceState;
  /** The server ended this phone's session (the sync engine's `signed-out`): the welcome screen says so. */
  signedOut: boolean;
}

let state: ShellState = { device: { status: 'loading' }, signedOut: false };
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The data layer's side: what it read. */
export function publishShellState(next: Partial<ShellState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export function useShellDevice(): DeviceState {
  return useSyncExternalStore(subscribe, () => state.device, () => state.device);
}

export function useSignedOut(): boolean {
  return useSyncExternalStore(subscribe, () => state.signedOut, () => state.signedOut);
}

// What the phone stores, known without the data layer (src/main.tsx on the welcome screen).
export { storedData } from './storedData';

// The welcome screen's code form and the update prompt need these without the data layer; the form's actions
// (activate, checkCode) load it on use.
export { ActivationError } from './activationCode';
export { useHasUnsavedInput, useUnsavedInput } from './unsavedInput';
