import { useSyncExternalStore } from 'react';

// When a change cannot be saved on this phone, the person must know: the UI then shows one clear,
// translated message (src/app/components/ChangeProblem.tsx) instead of acting as if it worked.
// All changes go through `change()` in device.ts, which reports here; screens only learn "saved or
// not" and keep what was typed when it was not.

/**
 * Why a change was not saved, as a stable code for the UI to translate:
 * - `storage-full`: the phone (or the browser's share of it) has no room left; nothing was written.
 * - `not-saved`: any other failure to write; nothing was written.
 */
export type ChangeProblemCode = 'storage-full' | 'not-saved';

/** True for a quota error, also when IndexedDB or Dexie wrap it (an AbortError whose `inner` is the quota error). */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  return isQuotaExceeded(e.inner, depth + 1) || isQuotaExceeded(e.cause, depth + 1);
}

export function changeProblemOf(error: unknown): ChangeProblemCode {
  return isQuotaExceeded(error) ? 'storage-full' : 'not-saved';
}

let current: ChangeProblemCode | null = null;
const listeners = new Set<() => void>();

function set(code: ChangeProblemCode | null): void {
  if (code === current) return;
  current = code;
  for (const l of listeners) l();
}

export function reportChangeProblem(code: ChangeProblemCode): void {
  set(code);
}

/** A change was saved again, or the person has read the message. */
export function clearChangeProblem(): void {
  set(null);
}

export function getChangeProblem(): ChangeProblemCode | null {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The last change's problem, or null when the last change was saved (or the message was closed). */
export function useChangeProblem(): ChangeProblemCode | null {
  return useSyncExternalStore(subscribe, getChangeProblem, getChangeProblem);
}
