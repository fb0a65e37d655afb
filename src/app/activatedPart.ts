import { useEffect, useSyncExternalStore } from 'react';
import type * as ActivatedApp from './ActivatedApp';

// An activated phone's part of the app (ActivatedApp.tsx), loaded as a module of its own rather than
// with React.lazy: a screen that suspends is shown up to 300 ms late once its code is there (React
// reveals Suspense content in batches), and on an activated phone's cold start this part is on the
// way to the first screen. src/main.tsx starts loading it at once where the phone was activated
// last time; the frame (App.tsx) renders "one moment" until it is there.

type Part = typeof ActivatedApp;

let part: Part | null = null;
let failure: unknown = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

export function loadActivatedPart(): Promise<void> {
  loading ??= import('./ActivatedApp').then(
    (m) => {
      part = m;
      for (const listener of listeners) listener();
    },
    (error: unknown) => {
      // Thrown while rendering, so the ErrorBoundary reloads once for a chunk that is gone.
      failure = error;
      for (const listener of listeners) listener();
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The activated part once loaded (loading it when `wanted`: on an activated phone), else null. */
export function useActivatedPart(wanted: boolean): Part | null {
  const loaded = useSyncExternalStore(subscribe, () => part, () => null);
  const failed = useSyncExternalStore(subscribe, () => failure, () => null);
  useEffect(() => {
    if (wanted) void loadActivatedPart();
  }, [wanted]);
  if (failed) throw failed;
  return loaded;
}
