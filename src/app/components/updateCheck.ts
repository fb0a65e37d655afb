// An installed app can stay open for days: the browser looks for a new service worker only on a
// navigation, so without a check of our own a phone never hears of a new version. Every hour
// (and when the app comes back to the front after an hour or more, as a phone pauses timers in
// the background) the app asks for one. A found version waits for the user (UpdatePrompt).

export const UPDATE_CHECK_MS = 60 * 60 * 1000;
/** While the server speaks only a newer sync schema, the app cannot sync: it asks every minute. */
export const UPDATE_REQUIRED_CHECK_MS = 60 * 1000;

export interface UpdateCheckOptions {
  intervalMs?: number;
  now?: () => number;
  online?: () => boolean;
}

type Checkable = Pick<ServiceWorkerRegistration, 'update' | 'installing'>;

const checking = new WeakSet<Checkable>();

/** Starts the hourly check for `registration` (once per registration); returns a stop function. */
export function startUpdateChecks(registration: Checkable, options: UpdateCheckOptions = {}): () => void {
  if (checking.has(registration)) return () => undefined;
  checking.add(registration);
  const intervalMs = options.intervalMs ?? UPDATE_CHECK_MS;
  const now = options.now ?? (() => Date.now());
  const online = options.online ?? (() => navigator.onLine);
  let lastCheck = now();

  const check = () => {
    // Offline, or a new version is on its way already: nothing to ask.
    if (!online() || registration.installing) return;
    lastCheck = now();
    registration.update().catch(() => undefined);
  };
  const timer = setInterval(check, intervalMs);
  const onVisible = () => {
    if (document.visibilityState === 'visible' && now() - lastCheck >= intervalMs) check();
  };
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
    checking.delete(registration);
  };
}

export type UpdateBlock = 'form' | 'sending' | null;

/** Why a new version may not reload the app right now: a form with unsaved input, or changes on their way. */
export function updateBlock(state: { unsavedInput: boolean; syncing: boolean; pending: number }): UpdateBlock {
  if (state.unsavedInput) return 'form';
  if (state.syncing && state.pending > 0) return 'sending';
  return null;
}
