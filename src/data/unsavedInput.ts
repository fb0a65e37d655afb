import { useEffect, useSyncExternalStore } from 'react';

// "The update prompt never costs work" (issue "Upgrades lose nothing", item 4): a new version
// reloads the page, and a reload loses what is typed in a form but not yet saved. Every form says
// here, in one place, while it holds such input; the update prompt waits as long as one does.

const open = new Set<symbol>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether any form on the screen holds input that is not sent or saved yet. */
export function hasUnsavedInput(): boolean {
  return open.size > 0;
}

/** Marks the calling form as holding unsaved input while `dirty` is true (and until it unmounts). */
export function useUnsavedInput(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const token = Symbol('unsaved-input');
    open.add(token);
    notify();
    return () => {
      open.delete(token);
      notify();
    };
  }, [dirty]);
}

export function useHasUnsavedInput(): boolean {
  return useSyncExternalStore(subscribe, hasUnsavedInput, hasUnsavedInput);
}
