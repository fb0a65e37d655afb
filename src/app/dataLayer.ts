import i18next from 'i18next';
import type * as DataLayer from '../data';

// The data layer (the database, the sync engine) is a chunk of its own: an activated phone starts it
// at once (src/main.tsx), the welcome screen only once there is something to read or send, or when
// its code form sends a code. Started once per page, whoever asks first.

/** After the first screen is up and the browser has a moment: work the first screen does not need. */
export function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 3000 });
  else setTimeout(work, 1000);
}

let started: Promise<typeof DataLayer> | null = null;

/** Loads and starts the data layer (once), and resolves with it. */
export function startDataLayer(): Promise<typeof DataLayer> {
  started ??= import('../data').then((data) => {
    data.openLocalData();
    data.syncEngine.start();
    // A phone whose data was removed offline still ends its session on the server when it can.
    data.startSignOutRetry();
    // Opt-in only: this never asks for permission; it only notices a subscription made earlier.
    whenIdle(() => void import('../data/webPush').then((m) => m.startNotifications(i18next.language)));
    return data;
  });
  return started;
}
