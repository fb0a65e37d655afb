import { Dexie } from 'dexie';
import type { AppDb } from './db';
import { FEEDBACK_DB_NAME, HELPER_READING_PREFIX, STAFF_DB_NAME, STORAGE_KEYS, withSyncLock } from './storageKeys';
import { appLock } from './appPin';
import { signOutPending } from './storedData';

export { signOutPending };

// "Remove my data from this phone" (issue 6): the data stays with the municipality; the phone
// forgets it. What goes: every IndexedDB database of the app (the dossier, the outbox, the PIN,
// a staff caseload), any Cache Storage entry that is not part of the app itself, and — now or at
// the next connection — the phone's session on the server. What stays: the app shell in the
// service worker's precache (so the informatiemap still opens offline), downloaded language texts,
// the chosen language and reading settings and the last list of local activities in localStorage
// (none of it is personal; the share ids a taalmaatje's phone noted there do go).

/** A sign-out the server has not had yet (the phone was offline). Not personal: just "send it". */
export const SIGN_OUT_PENDING_KEY = STORAGE_KEYS.signOutPending;
const SIGN_OUT_URL = '/api/device/signout';

/**
 * Caches that hold only the app: Workbox's precache (app shell, scripts, pictograms, Dutch texts)
 * and the runtime cache of other languages' texts (vite.config.ts). Nothing else is expected in
 * Cache Storage, and nothing under /api ever is; anything else found is deleted.
 */
const APP_CACHE = /^(workbox-precache-v2-.*|locales)$/;

export type SignOutOutcome = 'signed-out' | 'pending';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The browser's cookie jar still holds the session cookie: the server ends that session and clears it. */
async function sendSignOut(fetchFn: typeof fetch): Promise<boolean> {
  try {
    const response = await fetchFn(SIGN_OUT_URL, { method: 'POST', credentials: 'same-origin' });
    // 204, or a refusal that no retry will change; a 429 or 5xx is tried again later.
    return response.ok || (response.status >= 400 && response.status < 500 && response.status !== 429);
  } catch {
    return false;
  }
}

/** Sends a sign-out that is still waiting. Called at start, when the phone comes online, and before an activation. */
export async function flushPendingSignOut(fetchFn: typeof fetch = (...a) => fetch(...a)): Promise<void> {
  if (!signOutPending()) return;
  if (await sendSignOut(fetchFn)) storage()?.removeItem(SIGN_OUT_PENDING_KEY);
}

/** A new activation replaced the old cookie: a waiting sign-out would now end the new session. */
export function forgetPendingSignOut(): void {
  storage()?.removeItem(SIGN_OUT_PENDING_KEY);
}

export function startSignOutRetry(): void {
  if (typeof window === 'undefined') return;
  window.addEventListener('online', () => void flushPendingSignOut());
  void flushPendingSignOut();
}

/** Deletes every cache that is not the app itself, and any /api response that got into one anyway. */
export async function removePersonalCaches(): Promise<void> {
  if (typeof caches === 'undefined') return;
  for (const name of await caches.keys()) {
    if (!APP_CACHE.test(name)) {
      await caches.delete(name);
      continue;
    }
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (new URL(request.url).pathname.startsWith('/api/')) await cache.delete(request);
    }
  }
}

/** A taalmaatje's phone notes per share that it switched to the inburgeraar's language (HelperHome): a share id goes too. */
function removeShareMarks(): void {
  const store = storage();
  if (!store) return;
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter((k): k is string => k?.startsWith(HELPER_READING_PREFIX) ?? false);
  for (const key of keys) store.removeItem(key);
}

/**
 * Removes this person's data from the phone. Waiting changes are lost: the screen warns first.
 * The database `db` is deleted and opens again, empty, at its next use; other tabs close their
 * connection when asked (Dexie does so on `versionchange`) and see an empty database too.
 * Resolves with whether the server has ended the session already or will at the next connection.
 */
export async function removeMyData(db: AppDb, fetchFn: typeof fetch = (...a) => fetch(...a)): Promise<SignOutOutcome> {
  storage()?.setItem(SIGN_OUT_PENDING_KEY, '1');
  // While no sync runs in any tab of this app (the sync engine holds the same lock).
  await withSyncLock(async () => {
    await db.delete({ disableAutoOpen: false });
    await Dexie.delete(STAFF_DB_NAME);
    // Feedback not sent yet is anonymous, but its text is the person's own words: it goes too.
    await Dexie.delete(FEEDBACK_DB_NAME);
    await removePersonalCaches();
  });
  removeShareMarks();
  appLock.lock();
  await flushPendingSignOut(fetchFn);
  return signOutPending() ? 'pending' : 'signed-out';
}
